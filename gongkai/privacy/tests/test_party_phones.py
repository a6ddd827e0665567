"""Whose party a contact is attached to (issue 16, privfix16da): a unit the reader is told to
turn to, then its line; a staff member acting in office on the number's line; a cell under
an office's post holding the holder and the number; a contact line over a unit's signature
with staff's lines between; a unit's line's mailbox; a legal person's record past its code;
an account's holder past its bank; a hotline export's caller by the key's initials.
Domains: water permits, land registration, school aid, pensions, farm machinery, courts.
Near misses: what the writer did (no offer), a person after 与, a relative as the contact,
a private party on the staff's line, a guardian's column, an applicant's letter, a person's line's
mailbox, a natural person's record, a person as the account's holder."""

from .spans import found


def _kinds(text, kind):
    return [text[s:e] for k, s, e in found(text, [kind]) if k == kind]


def test_unit_turned_to_in_prose():
    # a unit whose name holds a home's or a person's word (家庭, 人口) is still the unit
    for text in (
        "对登记结果有异议的，可向县民政局婚姻与家庭服务股反映，电话：0736-5517788。\n",
        "本决定已短信发送至您预留的手机号码13907215561。如有疑问，请与县卫生健康委员会老龄健康与"
        "家庭发展科联系，联系电话：0736-5519876，办公地址：某县人民路8号。\n",
        "屈振林先生：来信收悉。补助按省有关规定执行，具体可咨询县住房保障中心居民家庭核查股，"
        "电话：(0736)5512345。\n",
    ):
        assert _kinds(text, "landline") == [], text


def test_unit_turned_to_near_misses():
    # what the writer did is no offer; a person after the unit is whom the number reaches
    did = "我于3月5日向县民政局家庭救助股反映，我的电话：0736-5512345，至今无人答复。\n"
    assert _kinds(did, "landline") == ["0736-5512345"]
    person = "请与申请人家属屈振林联系，电话：0736-5512345。\n"
    assert _kinds(person, "landline") == ["0736-5512345"]


def test_officer_labelled_with_a_colon():
    text = "执行员：甘小燕　联系电话：(0736)5512345\n某县人民法院（印）\n二〇二四年二月八日\n"
    assert _kinds(text, "landline") == []


def test_staff_line_contact_after_number():
    text = (
        "异议受理单位：某县不动产登记中心\n"
        "权利人：屈振林　坐落：东坪镇柳湾村3组12号\n"
        "联系电话：0736-5518765　联系人：甘小燕\n"
    )
    assert _kinds(text, "landline") == []
    assert _kinds(text, "name") == ["屈振林"]


def test_staff_line_near_misses():
    kin = "联系人：屈海燕（其女）　电话：0736-5512345\n"
    assert _kinds(kin, "landline") == ["0736-5512345"]
    party = "承办人：甘小燕　当事人：屈振林　住址：某县东坪镇柳湾村3组12号　电话：0736-5512345\n"
    assert _kinds(party, "landline") == ["0736-5512345"]


ONECELL = (
    "某县法院司法救助对象名单\n"
    "序号\n申请人\n身份证号码\n救助金额（元）\n承办法官\n"
    "1\n屈振林\n430721198203150017\n5000\n甘小燕 0736-5512345\n"
    "2\n蔺德旺\n430721197705220031\n8000\n左长庚 0736-5518765\n"
)
PIPE = (
    "| 序号 | 姓名 | 身份证号码 | 补助金额 | 经办人 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 屈振林 | 430721198203150017 | 320 | 甘小燕 0731-88776601 |\n"
    "| 2 | 蔺德旺 | 430721197705220031 | 280 | 左长庚 0731-88776602 |\n"
)
GUARDIAN = (
    "序号\n学生姓名\n身份证号码\n班级\n监护人\n"
    "1\n屈振林\n430721201203150017\n三（2）班\n屈海燕 0736-5512345\n"
    "2\n蔺德旺\n430721201105220031\n四（1）班\n蔺春梅 0736-5518765\n"
)


def test_post_cell_holder_and_number():
    assert _kinds(ONECELL, "landline") == []
    assert _kinds(PIPE, "landline") == []
    assert "屈振林" in _kinds(ONECELL, "name") and "蔺德旺" in _kinds(PIPE, "name")


def test_post_cell_near_miss_guardian_column():
    assert _kinds(GUARDIAN, "landline") == ["0736-5512345", "0736-5518765"]


DECISION = (
    "某县人民政府\n行政补偿决定书\n\n"
    "被补偿人：屈振林，男，1973年生，住某县东坪镇柳湾村3组12号。\n"
    "一、给予补偿共计人民币21000元。\n\n"
    "联系地址：某县人民路8号　联系电话：0736-5512345\n"
    "送达人：甘小燕、左长庚\n\n"
    "某县人民政府\n2024年3月1日\n"
)
LETTER = (
    "申请书\n\n本人因房屋损毁，申请临时救助。\n\n"
    "联系地址：某县东坪镇柳湾村3组12号　联系电话：0736-5512345\n"
    "申请人：屈振林\n2024年3月1日\n"
)


def test_footer_with_staff_lines_is_the_issuers():
    assert _kinds(DECISION, "landline") == []
    assert "某县人民路8号" not in _kinds(DECISION, "address")
    assert "某县东坪镇柳湾村3组12号" in _kinds(DECISION, "address")


def test_footer_near_miss_applicants_letter():
    assert _kinds(LETTER, "landline") == ["0736-5512345"]


def test_unit_line_mailbox():
    text = (
        "各县婚姻登记咨询方式如下：\n"
        "某县民政局婚姻与家庭服务股　电话：0736-5512345　地址：某县人民路8号　"
        "邮箱：mzj_hyjt@163.com\n"
    )
    assert _kinds(text, "email") == []
    person = "某县农业农村局　联系人：屈振林（申请人）　邮箱：qzl1982@163.com\n"
    assert _kinds(person, "email") == ["qzl1982@163.com"]


def test_legal_person_record_past_its_code():
    text = (
        '{"ah": "（2024）湘0721执12号", "bzxrlx": "法人或其他组织", "bzxrmc": "某县顺达农机有限公司", '
        '"zjhm": "9143072196M94PAM2L", "fddbr": "屈振林", "zs": "某县东坪镇迎宾大道162号", '
        '"lxdh": "0736-5512345", "zxfy": "某县人民法院", "cbr": "甘小燕"}\n'
        '{"ah": "（2024）湘0721执13号", "bzxrlx": "自然人", "bzxrmc": "蔺德旺", "xb": "男", '
        '"zjhm": "430721197705220031", "fddbr": "", "zs": "某县东坪镇柳湾村5组7号", '
        '"lxdh": "0736-5518765", "zxfy": "某县人民法院", "cbr": "左长庚"}\n'
    )
    assert _kinds(text, "landline") == ["0736-5518765"]  # the natural person's only


def test_account_holder_past_its_bank():
    unit = "执行款账户：户名某县人民法院，开户行中国建设银行某县支行，账号6217002870012345672。\n"
    assert _kinds(unit, "bank_card") == []
    person = "收款账户：户名屈振林，开户行中国建设银行某县支行，账号6217002870012345672。\n"
    assert _kinds(person, "bank_card") == ["6217002870012345672"]


def test_hotline_export_caller_keys():
    text = (
        "<orders>\n  <order>\n    <ldrxm>屈振林</ldrxm>\n    <lddh>0736-5512345</lddh>\n"
        "    <cbdw>某县人力资源和社会保障局</cbdw>\n    <cbr>甘小燕</cbr>\n"
        "    <cbdwdh>0736-5519999</cbdwdh>\n  </order>\n  <order>\n"
        "    <ldrxm>蔺德旺</ldrxm>\n    <lddh>0736-5518765</lddh>\n"
        "    <cbdw>某县人力资源和社会保障局</cbdw>\n    <cbr>左长庚</cbr>\n"
        "    <cbdwdh>0736-5519998</cbdwdh>\n  </order>\n</orders>\n"
    )
    assert _kinds(text, "landline") == ["0736-5512345", "0736-5518765"]
    assert _kinds(text, "name") == ["屈振林", "蔺德旺"]
