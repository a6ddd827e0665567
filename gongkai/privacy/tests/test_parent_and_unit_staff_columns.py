"""A column headed by a kind of parent (陪同家长, 学生家长) holds persons (``tables``); a
column of the unit's own people named by the unit (学校陪餐人员, 院方代表, 社区工作人员) holds
its staff acting in office, even on a row with a parent's mobile (``headerroles``,
``anchoredcells``)."""

from .spans import found, names


def test_a_csv_export_with_parents_and_the_schools_staff():
    text = (
        "日期,学校,陪同家长,学生姓名,联系电话,学校陪同人员\n"
        "2024-03-04,某某镇第二小学,邵建平,邵梓涵,13912340001,甘立群\n"
        "2024-03-05,某某镇第二小学,骆秀珍,骆一鸣,13912340002,甘立群\n"
        "2024-03-06,某某镇中学,翟敏,翟子墨,13912340003,隋海波\n"
    )
    assert found(text, ["name"]) == names(
        text, "邵建平", "邵梓涵", "骆秀珍", "骆一鸣", "翟敏", "翟子墨"
    )


def test_a_tab_table_with_the_hospitals_representative():
    text = (
        "序号\t患者姓名\t学生家长\t联系电话\t院方代表\n"
        "1\t滕可欣\t滕建国\t13712340004\t闵立新\n"
        "2\t卞雨桐\t卞秋萍\t13712340005\t闵立新\n"
    )
    assert found(text, ["name"]) == names(text, "滕可欣", "滕建国", "卞雨桐", "卞秋萍")


def test_a_staff_column_not_named_by_a_unit_is_left_to_the_other_rules():
    # near miss: 陪同人员 alone (no 学校, 院方 …) is no unit's staff; its names stay
    text = (
        "日期,学生姓名,联系电话,陪同人员\n"
        "2024-03-04,邵梓涵,13912340001,邵建平\n"
        "2024-03-05,骆一鸣,13912340002,骆秀珍\n"
    )
    assert found(text, ["name"]) == names(text, "邵梓涵", "邵建平", "骆一鸣", "骆秀珍")
