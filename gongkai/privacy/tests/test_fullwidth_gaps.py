"""Issue 16: a table aligned with full-width spaces (a Word table typed with 　, a PDF's
text layer), where a cell wider than its column leaves one full-width space before the
next cell. That single space parts the cells as a wider gap does, except where it
spreads a pair of lone characters (the header 姓　名, a two-character name 王　芳 padded
to the width of three). Near misses: the unit's phone and address, categories, places.
"""

from __future__ import annotations

from .spans import at, found, names, rid

W = "\u3000"


def _roster(first_head="序号", gap=W):
    lines = [
        "2024年高考加分考生名单",
        W.join(
            [first_head, "考生号" + W * 5, "姓名" + W * 3, "性别", "民族" + W, "毕业中学" + W * 5]
        ),
        f"1{W * 2}24150521110012{gap}乌日娜{W * 3}女{W * 3}蒙古族{W * 2}科尔沁第一中学",
        f"2{W * 2}24150521110037{gap}巴雅尔{W * 3}男{W * 3}蒙古族{W * 2}科尔沁第一中学",
        f"3{W * 2}24150521110105{gap}哈斯巴根{W * 2}男{W * 3}蒙古族{W * 2}科尔沁蒙古族中学",
        "咨询电话：0475-8212345（旗招生考试中心，科尔沁大街12号）",
    ]
    return "\n".join(lines) + "\n"


def test_one_full_width_space_parts_the_cells():
    for first_head in ("序号", "编号", "序"):
        for gap in (W, W * 2):
            text = _roster(first_head, gap)
            assert found(text, ("name",)) == names(text, "乌日娜", "巴雅尔", "哈斯巴根"), (
                first_head,
                len(gap),
            )


def test_a_unit_code_before_the_name_with_one_space():
    one, two = rid("37020319780901554"), rid("37021219690222536")
    text = (
        f"犬只登记证号{W * 3}犬主姓名{W * 2}证件类型{W * 2}证件号码\n"
        f"QD-SN-2022-78825{W}杜长林{W * 3}居民身份证{W}{one}\n"
        f"QD-SN-2023-86983{W}潘国平{W * 3}居民身份证{W}{two}\n"
        f"QD-SN-2020-70868{W}龙勇{W * 4}居民身份证{W}{rid('37020319671114599')}\n"
    )
    got = found(text, ("name", "id_card"))
    assert [f for f in got if f[0] == "name"] == names(text, "杜长林", "潘国平", "龙勇")
    assert at(text, "id_card", two) in got


def test_spread_pairs_stay_one_cell():
    text = (
        f"序号{W * 2}姓{W}名{W * 2}性{W}别{W * 2}村{W}组\n"
        f"1{W * 3}韦秀英{W * 2}女{W * 3}龙潭村\n"
        f"2{W * 3}王{W}芳{W * 2}女{W * 3}石桥村\n"
        f"3{W * 3}覃振华{W * 2}男{W * 3}枫树村\n"
    )
    got = found(text, ("name",))
    assert at(text, "name", "韦秀英") in got and at(text, "name", "覃振华") in got
    assert not [f for f in got if text[f[1] : f[2]] in ("女", "男", "王", "芳", "龙潭村", "石桥村")]
