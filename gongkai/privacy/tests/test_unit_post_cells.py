"""A name after its post or department inside a cell under a unit's contact column is the
unit's contact, not a private person; the trainees of the same rows stay names, and a plain
联系人 column keeps its persons (unitpostcells, privfix24a)."""

from .spans import at, found

_ROWS = (
    "| 1 | 某县中医院 | 人事科 覃美玲 0774-5213386 | 韦俊杰 | 452402200003151234 |\n"
    "| 2 | 某县某电子商务有限公司 | 负责人 黎志强 手机 13978412256 | 莫小燕 | 452402200107242345 |\n"
)


def _table(head):
    return f"| 序号 | 见习单位 | {head} | 姓名 | 身份证号码 |\n|---|---|---|---|---|\n" + _ROWS


def test_posts_in_a_unit_contact_column_are_the_units():
    text = _table("单位联系人及电话")
    got = found(text, {"name"})
    assert at(text, "name", "覃美玲") not in got
    assert at(text, "name", "黎志强") not in got
    assert at(text, "name", "韦俊杰") in got
    assert at(text, "name", "莫小燕") in got


def test_base_contact_header_with_a_slash():
    text = _table("基地负责人/电话")
    got = found(text, {"name"})
    assert at(text, "name", "覃美玲") not in got


def test_a_persons_own_contact_column_keeps_the_name():
    text = _table("紧急联系人及电话")
    got = found(text, {"name"})
    assert at(text, "name", "韦俊杰") in got
