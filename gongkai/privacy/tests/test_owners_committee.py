"""The owners' committee's members, qualified labels and a caller's salutation (issue 16, MM).

- The owners' committee (业委会, 业主委员会) is a body of owners elected by owners: its
  主任, 副主任 and 委员 named in prose are private persons, not cadres of an office as a
  居委会主任 is.
- A label narrowed by a qualifier of two clauses ("申请人（业委会委员，受主任委托）：X") or by
  persons of a kind ("监票人（业主代表）：X") reads as the bare label.
- An export's record holding a salutation (先生, 女士) or a sex is a person's: its contact
  (lxr) is the person addressed, whatever a free-text field says of a company.
"""

import json

import pytest

from .spans import found, names


@pytest.mark.parametrize(
    "text, persons",
    [
        ("约谈了小区业主委员会主任欧阳建国，要求限期整改。", ("欧阳建国",)),
        ("群众反映业委会副主任柏春生长期不召开会议。", ("柏春生",)),
        ("询问了业委会委员钱立群、邵秋菊及物业服务中心工作人员。", ("钱立群", "邵秋菊")),
        ("申请人（业委会委员，受主任委托）：麦天佑\n联系电话：13912345678", ("麦天佑",)),
        ("监票人（业主代表）：杜月珍\n联系电话：13912345678", ("杜月珍",)),
    ],
)
def test_owners_committee(text, persons):
    assert names(text, *persons) == found(text, ["name"])


def test_residents_committee_head_stays_an_official():
    assert found("约谈了社区居委会主任欧阳建国。", ["name"]) == []


def _line(name, salutation, note):
    record = {"gdbh": "ZL2026010001", "ldhm": "13912345678", "lxr": name}
    record |= {"ch": salutation, "nr": note, "clbm": "抢修班"}
    return json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize("salutation", ["先生", "女士"])
def test_a_callers_record(salutation):
    text = _line("宋立刚", salutation, "用户来电核实上门人员是否为燃气公司员工") + "\n"
    assert names(text, "宋立刚") == found(text, ["name"])


def test_a_units_record_keeps_its_contact_out():
    text = json.dumps(
        {"dwmc": "临川县宏泰燃气有限公司", "lxr": "宋立刚", "nr": "公司安检员上门"},
        ensure_ascii=False,
    )
    assert found(text, ["name"]) == []
