"""A mobile after a unit's cell in a person's row is the named contact's own."""

import pytest

from .spans import at, found


@pytest.mark.parametrize("sep", ["\t", "|", ","])
def test_contact_mobile_in_a_row_holding_a_resident_id(sep):
    head = sep.join(["序号", "姓名", "身份证号", "紧急联系人", "关系", "联系电话"])
    row = sep.join(["1", "张某某", "430723195101145571", "王某", "居委会", "18961313767"])
    other = sep.join(["2", "李某", "430723194109136245", "赵某", "儿子", "13838803441"])
    text = f"{head}\n{row}\n{other}\n"
    got = found(text, ["mobile"])
    assert at(text, "mobile", "18961313767") in got
    assert at(text, "mobile", "13838803441") in got


def test_a_units_landline_after_its_cell_stays_the_units():
    text = (
        "序号\t户主\t身份证号\t联系单位\t单位电话\n"
        "1\t张某某\t430723195101145571\t某镇人民政府\t0736-4755987\n"
    )
    assert found(text, ["landline"]) == []


def test_a_mobile_after_a_unit_cell_in_a_staff_list_is_left_alone():
    text = "姓名\t单位\t电话\n王某\t某镇村委会\t13912345678\n"
    assert found(text, ["mobile"]) == []


@pytest.mark.parametrize("sep", ["\t", "|"])
def test_a_units_landline_in_a_register_of_callers_is_the_units(sep):
    head = sep.join(["工单号", "来电人", "电话", "地址", "诉求"])
    unit = sep.join(["GR001", "某县第二中学", "0312-8623750", "某镇学府路6号", "供热不足"])
    firm = sep.join(["GR002", "某某纸品有限公司", "0312-8623751", "工业路40号", "停气"])
    own = sep.join(["GR003", "张某某", "0312-8759216", "某村2组18号", "预约检查"])
    text = f"{head}\n{unit}\n{firm}\n{own}\n"
    assert found(text, ["landline"]) == [at(text, "landline", "0312-8759216")]


def test_a_persons_landline_after_his_employers_cell_in_an_id_row_is_kept():
    text = "序号\t姓名\t身份证号\t工作单位\t联系电话\n1\t张某某\t371122197006228576\t某县植保专业合作社\t0633-6281904\n"
    assert at(text, "landline", "0633-6281904") in found(text, ["landline"])
