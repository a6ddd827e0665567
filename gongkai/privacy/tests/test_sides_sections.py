"""Names by a deal's side, not by a verdict or an office's section (issue 16, MM).

- A land contract's and a land transfer's sides (发包方, 承包方, 流出方, 流入方, 转出方,
  转入方) head persons or units as 出租方 and 承租方 do: name-shaped cells are names, a
  note of persons (流出方（承包户）) makes the column one of names.
- A run a note in brackets would make a person (… （系承租人）) is none when a negation
  opens it: 不符合, 未通过 are a verdict's words.
- An office's section after a contact's label (计财股股长X, 法规科科长X, 计财股　X) is no
  name, whatever surname its first character is.
"""

import pytest

from .spans import at, found, names

PERSONS = ("廖志强", "郗玉兰", "公孙冬梅")
FARMS = ("颍河家庭农场", "丰源种植专业合作社", "韩跃进")


def _rows(sep, head=("序号", "流出方（承包户）", "流转面积（亩）", "流入方（经营主体）")):
    lines = [sep.join(head)]
    lines += [
        sep.join((str(k), p, f"{k + 3}.5", f))
        for k, (p, f) in enumerate(zip(PERSONS, FARMS, strict=True), 1)
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        _rows("\t"),
        _rows(","),
        "| " + _rows(" | ").replace("\n", " |\n| ").rstrip("| "),
        _rows("\t", ("序号", "转出方", "面积", "转入方")),
        _rows("\t", ("序号", "承包方", "面积", "受让方")),
    ],
)
def test_sides_of_a_land_deal(text):
    got = found(text, ["name"])
    for piece in (*PERSONS, "韩跃进"):
        assert at(text, "name", piece) in got
    assert not [s for s in got if "农场" in text[s[1] : s[2]] or "合作社" in text[s[1] : s[2]]]


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "序号\n姓名\n审查结论\n1\n曹玉珍\n符合\n2\n周守仁\n不符合（非本小区业主，系承租人）\n",
            ("曹玉珍", "周守仁"),
        ),
        ("审查结论：未通过（申请人系承租人）。", ()),
        ("经审查，孟凡磊（本小区业主）符合条件，另一人不合格（系承租人）。", ("孟凡磊",)),
    ],
)
def test_negation_before_a_note(text, persons):
    got = found(text, ["name"])
    assert not [s for s in got if text[s[1]] in "不未非"]
    for p in persons:
        assert at(text, "name", p) in got


@pytest.mark.parametrize(
    "text",
    [
        "联系人：计财股股长丛德胜",
        "联系人：法规科科长　电话：0394-7261550",
        "县农业农村局计财股　0394-7261550\n联系人：计财股　电话：0394-7261551",
    ],
)
def test_sections_after_a_label(text):
    got = found(text, ["name"])
    assert not [s for s in got if text[s[1] : s[2]] in ("计财", "计财股", "法规")]


def test_names_after_a_label_stay():
    text = "联系人：计晓峰，电话：13912345678\n联系人：科长孙立平"
    assert names(text, "计晓峰") == [s for s in found(text, ["name"]) if s[1] < 10]
