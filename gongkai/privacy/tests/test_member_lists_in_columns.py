"""A column of project members or other lists of persons, read whole (issue 16, the 45th
held-out batch): cells listing several persons, names that are also words or carry rare
surnames, under a header on two rows (人员 over 项目负责人 / 主要参加人员)."""

import pytest

from .spans import at, found

_ROWS = [
    ("某某技术研究", "王建国", "李明、张伟"),
    ("某某示范推广", "刘洋", "陈静、杨帆、赵磊"),
    ("某某装备研制", "周强", "矫健、车英、于海洋"),
    ("某某系统开发", "吴敏", "黄丽、孙涛"),
    ("某某监测技术", "郑华", "鹿鸣、逯晨"),
]


def _table(sep, head):
    lines = [sep.join(head)]
    lines += [sep.join((str(k), *row)) for k, row in enumerate(_ROWS, 1)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("sep", ["\t", "|", ","])
def test_every_member_of_a_list_cell_is_a_name(sep):
    text = _table(sep, ("序号", "项目名称", "项目负责人", "主要参加人员"))
    got = found(text, ["name"])
    for piece in ("矫健", "车英", "于海洋", "鹿鸣", "逯晨", "陈静"):
        assert at(text, "name", piece) in got


def test_a_header_on_two_rows_names_the_members_column():
    text = (
        "\t序号\t项目名称\t承担单位\t人员\t\t资助（万元）\n"
        "\t\t\t\t项目负责人\t主要参加人员\t\n"
        "\t1\t某某技术研究\t某某农业科学院\t王建国\t李明、张伟\t30\n"
        "\t2\t某某示范推广\t某某中心\t刘洋\t陈静、杨帆、赵磊\t25\n"
        "\t3\t某某装备研制\t某某有限公司\t周强\t矫健、车英、于海洋\t40\n"
        "\t4\t某某监测技术\t某某中心站\t郑华\t合作单位人员：鹿鸣（某某学院）、逯晨\t15\n"
    )
    got = found(text, ["name"])
    for piece in ("矫健", "车英", "于海洋", "鹿鸣", "逯晨"):
        assert at(text, "name", piece) in got


def test_a_column_of_units_or_categories_stays_clean():
    text = (
        "序号\t项目名称\t参与单位\n"
        "1\t某某技术研究\t县农业局、县林业局\n"
        "2\t某某示范推广\t镇政府、村委会\n"
        "3\t某某装备研制\t合作社、家庭农场\n"
        "4\t某某系统开发\t县科技局、县财政局\n"
    )
    assert found(text, ["name"]) == []


def test_a_list_cell_with_a_sentence_does_not_pass_the_vote():
    text = _table("\t", ("序号", "项目名称", "项目负责人", "参加人员")).replace(
        "鹿鸣、逯晨", "待定，另行通知"
    )
    got = found(text, ["name"])
    assert at(text, "name", "矫健") not in got
