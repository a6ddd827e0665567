"""The clerk of a receipt book: the same 收款人 on every stub while the payers change
acts for the unit; the payers stay persons, and a list of payees stays persons."""

import pytest

from .spans import found, missing_names

PAYERS = ["焦德明", "苗桂香", "樊立军", "辛秀珍"]


def _stubs(layout: str, clerk: str = "祁文华") -> str:
    parts = []
    for i, p in enumerate(PAYERS, 1):
        if layout == "one line":
            body = f"收款人：{clerk}　　交款人：{p}\n"
        elif layout == "two lines":
            body = f"缴款人：{p}\n金额：30.00元\n收款员：{clerk}\n"
        else:  # a bar table's row
            body = f"| {i} | 付款人：{p} | 开票人：{clerk} |\n"
        parts.append(f"No.{1000 + i}\n{body}- - - - - - - -\n")
    return "".join(parts)


@pytest.mark.parametrize("layout", ["one line", "two lines", "bar row"])
def test_the_clerk_on_every_stub_is_no_private_person(layout):
    text = _stubs(layout)
    got = {text[s:e] for _, s, e in found(text, ["name"])}
    assert "祁文华" not in got
    assert missing_names(text, *PAYERS[:1]) == []


def test_different_receivers_are_persons():
    text = "".join(f"收款人：{r}　　付款人：县林业站\n" for r in ("焦德明", "苗桂香", "樊立军"))
    assert missing_names(text, "焦德明", "苗桂香", "樊立军") == []


def test_two_stubs_are_not_a_book():
    text = "收款人：祁文华　　交款人：焦德明\n收款人：祁文华　　交款人：苗桂香\n"
    assert missing_names(text, "祁文华") == []
