"""An organisation's word that only notes a person's employer and job in brackets, or one
followed by a person's village home before the number, makes no office's line
(context.office_phone; issue 16)."""

import pytest

from .spans import at, found

PRIVATE = [
    (
        "| 序号 | 拾得人 | 拾得物品 | 失主 | 失主联系方式 |\n|---|---|---|---|---|\n"
        "| 1 | 韦国强（县公交公司司机） | 钱包 | 覃秀兰 | 0771 5523318 |\n",
        "0771 5523318",
    ),
    (
        "见义勇为人员：黄德明（县自来水厂职工），联系电话0773-2216661。\n",
        "0773-2216661",
    ),
    (
        "经查，城关镇人民政府于2026年5月3日受理了您父亲黎福生的低保申请，申请表登记的"
        "联系地址为某县城关镇河西村五组7号，联系电话为（0736）7021150。",
        "（0736）7021150",
    ),
    (
        "经核实，县住建局已登记该户信息：户主蓝春梅，住某乡新安村3组21号，电话0816 2265521。",
        "0816 2265521",
    ),
]


@pytest.mark.parametrize(("text", "number"), PRIVATE)
def test_a_persons_number_after_an_employer_note_or_a_village_home_is_a_finding(text, number):
    assert at(text, "landline", number) in found(text, ["landline"])


def test_a_local_number_after_an_employer_note_in_a_row_is_a_finding():
    text = (
        "登记号\t拾得人\t拾得人联系电话\t拾得物品\n"
        "SJ-01\t韦国强（县客运公司驾驶员）\t5523324\t手机一部\n"
        "SJ-02\t覃秀兰\t5523325\t钱包\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "5523324") in got
    assert at(text, "landline", "5523325") in got


def test_a_village_home_under_a_units_column_gives_no_home():
    # the home stands in a cell of its own with no address label: the column decides
    text = (
        "序号 经营户 住所 站点 单位电话\n"
        "1 县老李回收站 某县桃源村5组48号 县工业区54号 0574-88736703\n"
    )
    assert found(text, ["landline"]) == []


UNITS = [
    # a unit's own address (a street, a building) after its name leaves the line the unit's
    "申请人可到县民政局社会救助股办理，地址为城关镇人民路18号，联系电话0736-7021151。",
    # the unit named in brackets with no job is the unit
    "联系人：王科长（县交通运输局）　电话：0773-2216662\n",
    # a unit in a village: its committee's address names no household
    "请到新安村村委会办理，电话：0816-2265522。",
]


@pytest.mark.parametrize("text", UNITS)
def test_units_lines_stay_no_findings(text):
    assert found(text, ["landline"]) == []
