"""Exports whose fields are keys, not Chinese labels: a key read by its parts
(``keymeaning``) says whose datum it holds and what kind."""

from gongkai.privacy.jsonrecords import json_records
from gongkai.privacy.keymeaning import meaning, parts
from gongkai.privacy.tests.spans import at, found, rid
from gongkai.privacy.unitcolumns import unit_key
from gongkai.privacy.xmltables import field_header


def test_a_key_is_split_into_its_parts():
    assert parts("agent_tel") == ["agent", "tel"]
    assert parts("ownerPhone") == ["owner", "phone"]
    assert parts("guardian.idNo") == ["guardian", "idno"]
    assert parts("cbdwdh") == ["cbdw", "dh"]
    assert parts("jtdz") == ["jt", "dz"]
    assert parts("ns:witnessName") == ["witness", "name"]


def test_whose_datum_a_key_holds():
    # a unit's word anywhere: the unit's
    for key in ("station_tel", "officePhone", "dwdh", "dwlxdh", "unitContactPhone", "DEPT-TEL"):
        assert meaning(key)[:2] == ("unit", "phone"), key
    # a person's role or a home's word: the person's
    for key in ("home_tel", "owner_phone", "jtdh", "agentMobile", "spouse.tel"):
        assert meaning(key)[:2] == ("person", "phone"), key
    # a person's role and no datum: the person's name
    assert meaning("agent") == ("person", "name", "代理人")
    assert meaning("dlr") == ("person", "name", "代理人")
    assert meaning("poxm") == ("person", "name", "配偶")
    # staff acting in office, and words of no one
    assert meaning("operator")[0] == "staff"
    assert meaning("handler_tel")[0] == "staff"
    assert meaning("projectName") == ("", "name", "")
    assert meaning("ldsj") == ("", "", "")  # 来电时间: no part is known as a whole


def test_keys_stand_for_headers_the_tables_read():
    assert field_header("agent") == "代理人姓名"  # a bare role: its person's name
    assert field_header("guardianName") == "监护人姓名"
    assert field_header("xsxm") == "学生姓名"
    assert field_header("witness_name") == "见证人姓名"
    assert field_header("guardian.idNo") == "身份证号码"
    assert field_header("ownerAddress") == "家庭住址"
    assert field_header("dizhi") == "家庭住址"
    assert field_header("payee_account") == "银行卡号"
    # phones are decided by their owner elsewhere; a unit's or a product's name is no person
    assert field_header("agent_tel") is None
    assert field_header("villageName") is None
    assert field_header("office_tel") is None


def test_json_lines_a_person_under_a_role_key():
    a, b = rid("43012219750306121"), rid("43012219880912452")
    text = (
        f'{{"seq": 1, "name": "田秀芝", "idno": "{a}", "mobile": "13912345678", '
        '"agent": "龙国栋", "agent_mobile": "13698765432", "station_tel": "0731-5556123"}\n'
        f'{{"seq": 2, "name": "欧阳春", "idno": "{b}", "mobile": "13811112222", '
        '"guardian": "彭丽君", "station_tel": "0731-5556123"}\n'
    )
    got = found(text)
    for piece in ("田秀芝", "龙国栋", "欧阳春", "彭丽君"):
        assert at(text, "name", piece) in got
    assert at(text, "mobile", "13698765432") in got
    assert not [f for f in got if f[0] == "landline"]  # the station's number


def test_nested_json_roles_and_dotted_keys():
    a = rid("35052719800101123")
    text = (
        '{"meta": {"operator": "黄文辉", "office_phone": "0595-22810011"},\n'
        ' "records": [\n'
        f'  {{"applicant": {{"xm": "洪少杰", "sfzh": "{a}", "home_tel": "0595-86451234"}},\n'
        '   "spouse.name": "许雅琴", "witness": "郑志明"}\n'
        " ]}\n"
    )
    got = found(text)
    for piece in ("洪少杰", "许雅琴", "郑志明"):
        assert at(text, "name", piece) in got
    assert at(text, "landline", "0595-86451234") in got
    assert at(text, "name", "黄文辉") not in got  # the export's operator acts in office
    assert ("landline",) + at(text, "landline", "0595-22810011")[1:] not in got


def test_xml_elements_and_attributes_keyed_by_role():
    a, b = rid("51132619700514231"), rid("51132619920808102")
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<export unit="某县农业农村局" unitTel="0817-6200100">\n'
        f"  <rec><owner>廖德明</owner><ownerIdNo>{a}</ownerIdNo>"
        "<vet>覃永福</vet><jtdz>某县石桥镇新村5组12号</jtdz></rec>\n"
        f'  <rec owner="晏小凤" ownerIdNo="{b}" agent="符建平" station_tel="0817-6200188"/>\n'
        "</export>\n"
    )
    got = found(text)
    for piece in ("廖德明", "覃永福", "晏小凤", "符建平"):
        assert at(text, "name", piece) in got
    assert at(text, "address", "某县石桥镇新村5组12号") in got
    assert not [f for f in got if f[0] == "landline"]


def test_chinese_role_keys_of_a_persons_record():
    a = rid("44178119861104019")
    text = (
        f'[{{"借款人": "邝文斌", "身份证号": "{a}", "担保人": "祁海燕", "录入人": "曹志刚"}},\n'
        ' {"单位名称": "某某公司", "担保人": "某县融资担保中心"}]\n'
    )
    got = found(text, ["name"])
    assert at(text, "name", "邝文斌") in got
    assert at(text, "name", "祁海燕") in got
    # the clerk who entered the record is no person of it (other passes may still read
    # "录入人" as a label; the record's reading leaves it alone)
    assert ("name",) + at(text, "name", "曹志刚")[1:] not in [
        (k, s, e) for s, e, k, *_ in json_records(text)
    ]
    assert not [f for f in got if text[f[1] : f[2]].startswith("某县")]


def test_a_unit_keyed_landline_is_the_units():
    text = '{"name": "周强", "station_tel": "0731-5556123"}'
    assert unit_key(text, text.index("0731"))
    text = "<rec><xm>周强</xm><dwdh>0731-5556123</dwdh></rec>"
    assert unit_key(text, text.index("0731"))
    text = '{"name": "周强", "home_tel": "0731-5556123"}'
    assert not unit_key(text, text.index("0731"))
    text = "seq;name;station_tel;home_tel\n1;周强;0731-5556123;0731-5123456\n"
    assert unit_key(text, text.index("0731-5556"))
    assert not unit_key(text, text.index("0731-5123"))


def test_csv_headed_by_pinyin_keys():
    a, b = rid("43012219750306121"), rid("43012219880912452")
    text = (
        "xh,xm,sfzh,lxdh,jtdz,dlr,dwdh\n"
        f"1,田秀芝,{a},13912345678,某县城关镇南街12号,龙国栋,0731-5556123\n"
        f"2,欧阳春,{b},0731-5123456,某县城关镇北街8号,彭丽君,0731-5556123\n"
    )
    got = found(text)
    for piece in ("田秀芝", "龙国栋", "欧阳春", "彭丽君"):
        assert at(text, "name", piece) in got
    assert at(text, "address", "某县城关镇北街8号") in got
    assert at(text, "landline", "0731-5123456") in got
    assert at(text, "landline", "0731-5556123") not in got  # the unit's (dwdh)


def test_csv_headed_by_english_keys_quoted_and_semicolons():
    a = rid("51132619700514231")
    text = (
        "# export 2026-05-01\n"
        '"seq";"name";"id_no";"guardian";"witness_name";"office_phone"\n'
        f'"1";"晏小凤";"{a}";"符建平";"覃永福";"0817-6200188"\n'
    )
    got = found(text)
    for piece in ("晏小凤", "符建平", "覃永福"):
        assert at(text, "name", piece) in got
    assert not [f for f in got if f[0] == "landline"]


def test_a_header_of_words_of_no_one_opens_no_records():
    text = "code,title,status,projectName\nA1,公告,已发布,王家坝整治\n"
    assert found(text, ["name"]) == []


def test_yaml_sequence_under_a_key_of_persons():
    a = rid("36043119940318084")
    text = (
        '# 导出\n记录:\n  - 编号: "A-1"\n    申请人: 邹永红\n'
        f'    身份证号: "{a}"\n    家庭成员:\n      - 骆春兰\n      - 阿依古丽·买买提\n'
        "    审批意见:\n      - 同意\n      - 报县审批\n    用地面积: 120\n"
    )
    got = found(text, ["name"])
    for piece in ("邹永红", "骆春兰", "阿依古丽·买买提"):
        assert at(text, "name", piece) in got
    assert at(text, "name", "同意") not in got


def test_a_role_with_another_word_and_no_datum_names_no_one():
    # 申请人类型, an owner's kind, a contact's note: something of the person, not who
    for key in ("sqrlx", "owner_type", "applicantKind", "lxr_remark"):
        assert meaning(key)[1] != "name", key
    # the role as the key's head, whatever qualifies it: the person's name
    assert meaning("village_vet") == ("person", "name", "兽医")
    a = rid("36072119800101123")
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<export>\n'
        f'  <rec id="A-1" sqrlx="个人"><sqr>钟玉兰</sqr><sfzh>{a}</sfzh></rec>\n'
        '  <rec id="A-2" sqrlx="单位"><sqr>某县砂石有限公司</sqr></rec>\n'
        '  <rec id="A-3" applicantKind="个人"><applicant>罗满生</applicant></rec>\n'
        "</export>\n"
    )
    got = found(text)
    names = {text[s:e] for k, s, e in got if k == "name"}
    assert "钟玉兰" in names and "罗满生" in names
    assert not names & {"个人", "单位"}
