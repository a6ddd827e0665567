"""Issue 16: a table aligned with spaces by display width (a PDF's text layer: a Han
character two columns, a letter or digit one), with rows whose empty cells leave fewer
cells than the header (a rowspan's continuation lines holding only the co-residents).
Such a row's cells go under the header whose display columns they overlap; counted in
characters, a row of codes and digits under a header of Han words puts them a column
off. Near misses: the employers, the relations, the flats.
"""

from __future__ import annotations

from unicodedata import east_asian_width

from .spans import found, names


def _w(s):
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)


def _row(cells, widths):
    return "".join(c + " " * (w - _w(c)) for c, w in zip(cells, widths, strict=True)).rstrip()


HEADER = ["编号", "用人单位", "承租人", "同住人员", "关系", "配租房源", "租金"]
ROWS = [
    ["RC2026-001", "临江智能装备有限公司", "俞嘉豪", "—", "—", "A2幢1506室", "860"],
    ["RC2026-002", "县人民医院", "诸葛晓峰", "楼佳", "配偶", "B1幢802室", "1680"],
    ["", "", "", "诸葛一诺", "子女", "", ""],
    ["", "", "", "楼国强", "配偶父亲", "", ""],
    ["RC2026-003", "县第一中学", "张可欣", "", "", "A2幢1507室", "860"],
]


def _table(gap=2, head_words=HEADER):
    rows = [head_words, *ROWS]
    widths = [max(_w(r[k]) for r in rows) + gap for k in range(len(head_words))]
    return "人才公寓配租结果\n" + "\n".join(_row(r, widths) for r in rows) + "\n"


def test_rows_with_empty_cells_go_under_their_headers_by_display_column():
    for gap in (2, 3, 5):
        text = _table(gap)
        got = found(text, ("name",))
        assert got == names(text, "俞嘉豪", "诸葛晓峰", "楼佳", "诸葛一诺", "楼国强", "张可欣"), gap


def test_other_person_headers_the_same():
    for main, others in (("申请人", "家庭成员"), ("户主", "共同居住人"), ("承租人", "同住人")):
        words = list(HEADER)
        words[2], words[3] = main, others
        text = _table(2, words)
        got = found(text, ("name",))
        assert got == names(text, "俞嘉豪", "诸葛晓峰", "楼佳", "诸葛一诺", "楼国强", "张可欣")
        assert not [
            f for f in got if text[f[1] : f[2]] in ("配偶", "子女", "配偶父亲", "县人民医院")
        ]
