"""A flat's number written with dashes after its building, in every layout (issue 16, MM).

"12幢4-1702" (building, staircase and flat), "3栋2-602" and "9幢2单元11-2号" (building,
staircase, floor and door) are one household's door, as "12幢1702室" is: under a column
of doors (房号, 户号, 门牌) as a whole cell — tab, comma, quoted CSV, pipe, one cell a line —
and after an estate or a street's house number. Near misses: a range of floors ("2-5层"),
a flat-like run under a column that holds no doors (备注, 车位号), and a floor-and-door
pair with no 号 or 室 after it in prose.
"""

import pytest

from .spans import at, found

ROWS = (("12幢4-1702", "甲某"), ("3栋2-602", "乙某"), ("9幢2单元11-2号", "丙某"))


def _table(sep, quote=""):
    q = quote
    lines = [sep.join(f"{q}{c}{q}" for c in ("序号", "房号", "业主姓名"))]
    lines += [
        sep.join(f"{q}{c}{q}" for c in (str(k), flat, name))
        for k, (flat, name) in enumerate(ROWS, 1)
    ]
    return "\n".join(lines) + "\n"


LAYOUTS = {
    "tab": _table("\t"),
    "csv": _table(","),
    "quoted_csv": _table(",", '"'),
    "pipe": _table(" | "),
    "one_cell_a_line": "房号\n业主姓名\n" + "".join(f"{f}\n{n}\n" for f, n in ROWS),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_flats_under_a_door_column(layout):
    text = LAYOUTS[layout]
    got = found(text, ["address"])
    assert got == [at(text, "address", flat) for flat, _name in ROWS]


@pytest.mark.parametrize(
    "text, piece",
    [
        ("住址：锦绣花园小区7幢1单元16-3号", "锦绣花园小区7幢1单元16-3号"),
        ("现住人民路88号5栋1-501，系业主本人。", "人民路88号5栋1-501"),
        ("家住滨河路12号3幢2单元8-4室，电话另告。", "滨河路12号3幢2单元8-4室"),
    ],
)
def test_flats_after_an_estate_or_a_house_number(text, piece):
    assert found(text, ["address"]) == [at(text, "address", piece)]


@pytest.mark.parametrize(
    "text",
    [
        # a column that holds no doors
        '"序号","车位号","备注"\n"1","A区-1021","12幢4-1702"\n"2","B区-1033","3栋2-602"\n',
        "序号\t备注\n1\t12幢4-1702\n2\t3栋2-602\n",
        # floors, and a floor-and-door pair with no sign in prose
        "该楼3幢2-5层为商铺，6幢1-3层为车库。",
    ],
)
def test_near_misses(text):
    assert found(text, ["address"]) == []
