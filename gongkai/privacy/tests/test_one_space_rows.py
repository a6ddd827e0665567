"""A header spread with wide gaps over rows whose cells are separated by one space (a
list typed in a word processor: "序号　姓名　　性别　出生年月　住址　　　　备注" over
"4　禚子轩　女　1966.08　…"): the rows are read by their single separators, so a name
of a rare surname in the 姓名 column is found (issue 16, the sixteenth held-out batch's
class, with fixtures of its own)."""

from .spans import found

ROWS = [
    ("1", "鄚德贵", "男", "1951.03", "团结村二组7号"),
    ("2", "虢玉兰", "女", "1956.11", "团结村二组7号"),
    ("3", "眭子涵", "女", "2007.02", "团结村二组9号"),
    ("4", "员立新", "男", "1979.06", "团结村二组12号"),
]


def _text(gap):
    head = f"序号{gap}姓名{gap}{gap}性别{gap}出生年月{gap}住址{gap * 6}备注"
    rows = [gap.join(r) for r in ROWS]
    rows[2] += f"{gap}新增（年满18周岁）"
    return "第二村民小组（4人）\n" + head + "\n" + "\n".join(rows) + "\n"


def test_names_in_rows_of_one_space_under_a_wide_header():
    for gap in ("\u3000", " "):
        text = _text(gap)
        got = [text[s:e] for _k, s, e in found(text, ["name"])]
        assert got == [r[1] for r in ROWS], gap


def test_the_remark_and_the_heading_are_no_names():
    text = _text("\u3000")
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "新增" not in got and "第二村民小组" not in got
