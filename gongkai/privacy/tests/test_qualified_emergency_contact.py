"""A column of emergency contacts qualified by whose they are ("船员紧急联系人",
"随队学生紧急联系人", ``tables._column_kind``): read as the bare 紧急联系人 is — a kin's
name where the cell has a name's shape. A unit's emergency contact (单位紧急联系人, an
office's duty officer) is no such column."""

from __future__ import annotations

from gongkai.privacy.tables import _column_kind

from .spans import found, names

TSV = (
    "序号\t学生姓名\t班级\t随队学生紧急联系人\t联系电话\n"
    "1\t和雨萱\t七（2）班\t和建明（父亲）\t13908871254\n"
    "2\t普志强\t七（3）班\t李秀芝（母亲）\t15912467730\n"
)

STACKED = """某镇2025年外出务工人员返乡登记

序号
姓名
务工地
务工人员紧急联系人
联系人电话
1
陶国富
浙江义乌
陶金凤（妹）
13577014462
2
龙正刚
广东东莞
吴桂英（妻）
18213390571
"""


def test_a_qualified_emergency_contact_header():
    assert _column_kind("随队学生紧急联系人") == "maybe_name"
    assert _column_kind("务工人员紧急联系人") == "maybe_name"
    assert _column_kind("单位紧急联系人") is None
    assert _column_kind("企业紧急联系人") is None


def test_kin_under_the_qualified_header_in_a_tsv():
    got = found(TSV, ["name"])
    for span in names(TSV, "和建明", "李秀芝"):
        assert span in got


def test_kin_under_the_qualified_header_one_cell_a_line():
    got = found(STACKED, ["name"])
    for span in names(STACKED, "陶国富", "陶金凤", "龙正刚", "吴桂英"):
        assert span in got
