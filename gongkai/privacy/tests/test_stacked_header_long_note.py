"""A table flattened to one cell a line whose header cells carry a long note in brackets
(``stacked._is_header_cell``: "家庭住址（用于邮寄证书）", "现工作单位及职务（职称）"): the
header is the words before the note, as a short note's is ("村（社区）"); the block of
header cells is found and its person's column read. A record's cell with a long note
after a unit's name (a data line) is no header cell."""

from __future__ import annotations

from gongkai.privacy.stacked import _is_header_cell

from .spans import found, names

ROSTER = """某县2024年银龄讲学教师登记表

序号
教师姓名
性别
原任教学校及职务（职称）
讲学学校（学科）
手机
家庭住址（用于寄送聘书）
1
颜秋生
男
宣威市第一中学教研组长（高级教师）
来宾镇中学（数学）
13987412230
宣威市双龙街道建设路27号
2
卯小芬
女
沾益区第二中学（一级教师）
西平镇中学（语文）
15808741156
曲靖市麒麟区南宁街道文昌路8号3幢2单元402室
"""

STAFF_LIST = """某镇2025年网格员名单（按网格编号排列，不含专职网格员）

序号
网格员姓名
所在村组（按村民小组划分）
手机
1
蒲建华
新街村一组至三组
13577410023
2
饶丽萍
新街村四组至六组
13887420317
"""


def test_header_cells_with_long_notes():
    assert _is_header_cell("家庭住址（用于寄送聘书）")
    assert _is_header_cell("原任教学校及职务（职称）")
    assert _is_header_cell("所在村组（按村民小组划分）")


def test_a_units_cell_with_a_long_note_is_no_header():
    assert not _is_header_cell("宣威市第一中学教研组长（高级教师）")
    assert not _is_header_cell("来宾镇中心学校（九年一贯制学校）")


def test_the_roster_under_long_noted_headers():
    got = found(ROSTER, ["name", "address"])
    for span in names(ROSTER, "颜秋生", "卯小芬"):
        assert span in got
    home = "曲靖市麒麟区南宁街道文昌路8号3幢2单元402室"
    start = ROSTER.index(home)
    assert ("address", start, start + len(home)) in got


def test_a_second_layout_with_a_noted_place_column():
    got = found(STAFF_LIST, ["name"])
    for span in names(STAFF_LIST, "蒲建华", "饶丽萍"):
        assert span in got
