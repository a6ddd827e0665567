"""A table flattened to one cell a line: the name closing a record under a service
header (接待人, 经办人员) stands alone on its line and is the unit's staff (issue 16,
privfix16ic, ``servicestaff``: a name ending its line was taken for a paragraph's)."""

import pytest

from .spans import at, found

_RECORDS = [
    ("XF-2023-117", "2023-05-08", "巫丽萍", "13577082314", "临湘市长安路38号锦绣华庭6栋2单元702室"),
    ("XF-2023-118", "2023-05-11", "蔺国庆", "15873041266", "临湘市桃林镇新塘村4组21号"),
]


@pytest.mark.parametrize("header", ["接待人", "受理人", "经办人员"])
@pytest.mark.parametrize("staff", [("龚志远", "龚志远"), ("龚志远", "沈慧芳")])
def test_the_staff_closing_each_record_is_left_alone(header, staff):
    head = f"信访登记簿\n\n登记号\n来访日期\n来访人\n联系方式\n住址\n反映内容\n{header}\n\n"
    body = "".join(
        f"{no}\n{day}\n{name}\n{phone}\n{home}\n反映邻里纠纷\n{clerk}\n\n"
        for (no, day, name, phone, home), clerk in zip(_RECORDS, staff, strict=True)
    )
    text = head + body
    assert found(text, ["name"]) == [at(text, "name", "巫丽萍"), at(text, "name", "蔺国庆")]


def test_a_person_column_closing_each_record_keeps_its_names():
    head = "信访登记簿\n\n登记号\n来访日期\n来访人\n联系方式\n住址\n反映内容\n陪同人\n\n"
    body = "".join(
        f"{no}\n{day}\n{name}\n{phone}\n{home}\n反映邻里纠纷\n{kin}\n\n"
        for (no, day, name, phone, home), kin in zip(_RECORDS, ["巫德华", "蔺春兰"], strict=True)
    )
    text = head + body
    assert [text[s:e] for _k, s, e in found(text, ["name"])] == [
        "巫丽萍",
        "巫德华",
        "蔺国庆",
        "蔺春兰",
    ]


@pytest.mark.parametrize("leader", ["帮教小组组长", "核查组组长", "帮扶组长"])
def test_the_leader_of_a_team_named_by_its_act_is_left_alone(leader):
    text = (
        "备案表\n\n序号\n帮扶对象\n身份证号码\n"
        f"{leader}\n组长电话\n家属成员\n家属电话\n"
        "1\n裘海生\n430621198302157315\n邵建平\n13974012288\n裘小英\n13574096671\n"
        "2\n聂桂香\n430621197711040023\n邵建平\n13974012288\n聂志刚\n18673024415\n"
    )
    assert [text[s:e] for _k, s, e in found(text, ["name"])] == [
        "裘海生",
        "裘小英",
        "聂桂香",
        "聂志刚",
    ]


@pytest.mark.parametrize("leader", ["村民小组组长", "组长"])
def test_a_village_groups_leader_keeps_the_name(leader):
    text = (
        "花名册\n\n序号\n户主\n身份证号码\n"
        f"{leader}\n家庭人口\n"
        "1\n裘海生\n430621198302157315\n邵建平\n4\n"
        "2\n聂桂香\n430621197711040023\n邵建平\n3\n"
    )
    assert at(text, "name", "邵建平") in found(text, ["name"])
