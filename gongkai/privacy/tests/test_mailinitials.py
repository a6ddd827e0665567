"""A mailbox spelled from a unit's name's pinyin initials is the unit's (issue 16,
privfix16zd, mailinitials), in a JSON-lines export, a CSV row and prose; a person's box in
full pinyin, with digits, or labelled their own stays."""

from gongkai.privacy.tests.spans import at, found

MAIL = ("email",)


def test_county_and_office_initials_in_a_json_lines_row_are_the_offices():
    text = (
        '{"xm": "钱雨涵", "dwmc": "县教体局代表队", "sjhm": "13857112360", "yx": "qlxjtj@163.com"}\n'
        '{"xm": "葛晓峰", "dwmc": "东林镇代表队", "sjhm": "13857112361", "yx": "gexf88@163.com"}\n'
        '{"xm": "孔令辉", "dwmc": "东林镇代表队", "sjhm": "13857112362", "yx": "konglinghui@126.com"}\n'
        "（清林县教育和体育局 制）\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "qlxjtj@163.com") not in got
    assert at(text, "email", "gexf88@163.com") in got
    assert at(text, "email", "konglinghui@126.com") in got


def test_an_offices_initials_in_a_csv_row_and_in_prose():
    csv = (
        "姓名,单位,邮箱\n"
        "龚丽,临江县卫生健康局,ljxwsjkj@126.com\n"
        "丁伟,临江县城东小学,dingwei@126.com\n"
    )
    got = found(csv, MAIL)
    assert at(csv, "email", "ljxwsjkj@126.com") not in got
    assert at(csv, "email", "dingwei@126.com") in got
    prose = "申请人胡志坚称，材料已发送至东林镇司法所邮箱dlsfs@163.com，请核实。"
    assert found(prose, MAIL) == []


def test_a_persons_initials_or_own_label_stays():
    # initials of a person's name are no unit's; a box labelled the person's own stays
    text = "申请人：胡志坚，个人邮箱：hzjsfs@163.com，工作单位：东林镇司法所。\n"
    assert found(text, MAIL) == [at(text, "email", "hzjsfs@163.com")]
    record = "姓名：胡志坚\n身份证号：110101199003071234\n工作单位：东林镇中心小学\n电子邮箱：hzjxx@163.com\n"
    assert at(record, "email", "hzjxx@163.com") in found(record, MAIL)
