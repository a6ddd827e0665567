"""Issue 16: neighbours named by the side of a plot after a label of neighbours
(相邻权利人：东 X，南 Y …; 四至：东：X；西：Y), persons' names found, the land after a
name left out (自留山, 承包地, 家), notes in brackets read past.
Near misses: roads, ditches, fields, ponds, collectives and units on a side; sides
without a label of neighbours (a direction in prose).
"""

from __future__ import annotations

from .spans import found, names


def test_sides_after_the_label_of_right_holders():
    text = (
        "1. 宗地编号441521JC00031，权利人：殷德厚；相邻权利人：东 柏秀兰（胞妹，现居外省，"
        "电话另告），南 村道，西 欧阳春生，北 池塘。\n"
        "2. 相邻宗地权利人：东 水渠，南 努尔兰·别克，西 集体山林，北 甘小妹自留山。\n"
    )
    got = [g for g in found(text, ("name",)) if g[1] > text.index("相邻")]
    assert got == names(text, "柏秀兰", "欧阳春生", "努尔兰·别克", "甘小妹")


def test_sides_with_signs_and_semicolons():
    text = (
        "四至：东：雷家明；南：公路；西：河沟；北：谭有福家。\n四至情况：东至空地，西至学校围墙。\n"
    )
    assert found(text, ("name",)) == names(text, "雷家明", "谭有福")


def test_sides_that_name_no_person():
    text = (
        "相邻权利人：东 村委会（集体建设用地），南 农田，西 田埂，北 林场。\n"
        "会议由东区主任主持，南北两侧设置围挡。\n"
    )
    assert found(text, ("name",)) == []
