"""Persons' records in export layouts: XML fields named by a person's role in English
(motherName, guardian_name) and Markdown records headed by a name (### 01. 张三)."""

from gongkai.privacy.tests.spans import at, found, names
from gongkai.privacy.xmltables import field_header


def test_role_named_fields_stand_for_persons_headers():
    assert field_header("motherName") == "母亲姓名"
    assert field_header("guardian_name") == "监护人姓名"
    assert field_header("SPOUSE-NAME") == "配偶姓名"
    assert field_header("patientFullName") == "患者姓名"
    # a unit's or an official's name is no person's header
    assert field_header("hospitalName") is None
    assert field_header("doctorName") is None
    assert field_header("villageName") is None


def test_xml_role_attributes_are_names():
    text = (
        '<?xml version="1.0"?>\n<batch org="某县人民医院" tel="0731-5551234">\n'
        '  <rec no="1">\n    <baby name="陈晓雨" sex="女"/>\n'
        '    <parents motherName="刘芳" motherId="430102199001011234" fatherName="周建国"/>\n'
        '  </rec>\n  <rec no="2">\n    <baby name="王子涵" sex="男"/>\n'
        '    <parents mother_name="赵敏" father_name="孙志强" hospitalName="某县妇幼保健院"/>\n'
        "  </rec>\n</batch>\n"
    )
    got = found(text, ["name"])
    for piece in ("陈晓雨", "刘芳", "周建国", "王子涵", "赵敏", "孙志强"):
        assert at(text, "name", piece) in got
    assert not [f for f in got if "医院" in text[f[1] : f[2]] or "保健院" in text[f[1] : f[2]]]


def test_xml_role_elements_are_names():
    text = (
        "<records>\n<record><guardianName>黄丽华</guardianName><childName>黄小明</childName>"
        "<villageName>石门村</villageName></record>\n"
        "<record><guardianName>马俊</guardianName><childName>马思琪</childName>"
        "<villageName>柳塘村</villageName></record>\n</records>\n"
    )
    got = found(text, ["name"])
    assert got == names(text, "黄丽华", "黄小明", "马俊", "马思琪")


def test_markdown_sections_headed_by_names():
    text = (
        "# 某县特种设备作业人员考核合格公示\n\n"
        "### 01. 郑海涛\n\n- 性别：男\n- 身份证号码：440102198001011234\n- 作业项目：叉车司机\n\n"
        "### 02. 欧阳丽娟\n\n- 性别：女\n- 身份证号码：440102199002021234\n- 聘用单位：某某有限公司\n\n"
        "## 3、林建华\n\n* 性别：男\n* 联系电话：13912345678\n\n"
        "### 报名须知\n\n- 报名时间：5月1日\n- 报名地点：县政务服务中心\n"
    )
    got = found(text, ["name"])
    for piece in ("郑海涛", "欧阳丽娟", "林建华"):
        assert at(text, "name", piece) in got
    assert all(text[s:e] not in ("报名须知",) for _k, s, e in got)


def test_markdown_headings_without_particulars_are_not_names():
    text = (
        "## 一、工作目标\n\n- 目标：全覆盖\n- 时限：年底\n\n"
        "## 二、职责分工\n\n- 牵头：县民政局\n- 配合：各乡镇\n\n"
        "### 03. 赵钱\n\n- 备注：无\n- 类别：甲\n"
    )
    assert found(text, ["name"]) == []
