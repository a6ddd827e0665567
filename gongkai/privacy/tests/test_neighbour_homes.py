"""A household named by its head after a neighbour's place or an act done there
("楼下X家", "同单元X家", "扑救X家"): the head is a private person; 家 without such a cue
(专家, 国家, 农家乐, 李家庄) is left alone (privfix16je)."""

from .spans import found, names

ONECELL = (
    "举报人\n联系方式\n被举报对象\n隐患内容\n"
    "蓝素琴\n13706770000\n同单元伍建业家\n楼道内充电\n"
    "桑立群\n13706771111\n楼下焦进家\n堆放杂物\n"
)

PROSE = (
    "经查，该队于2025年8月3日扑救卞翠英家（龙溪村4组）火灾时，队员受伤。"
    "隔壁邵春生家的住户协助疏散。国家专家到农家乐调研，李家庄、张家湾无隐患。"
)


def test_reported_households_one_cell_a_line():
    expected = names(ONECELL, "蓝素琴", "伍建业", "桑立群", "焦进")
    assert found(ONECELL, ["name"]) == expected


def test_households_in_prose_and_words_with_jia_left_alone():
    assert found(PROSE, ["name"]) == names(PROSE, "卞翠英", "邵春生")
