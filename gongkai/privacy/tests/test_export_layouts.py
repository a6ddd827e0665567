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


def test_full_width_slash_rows_are_a_table():
    text = (
        "个体工商户注销公告\n\n"
        "序号／字号名称／经营者／身份证号码／经营场所／联系电话\n"
        "1／某县城关镇好运来超市／韩立新／430102198001011234／某县城关镇建设路12号／13912345678\n"
        "2／（无字号）／司马春燕／430102199002021234／某县城关镇人民路8号之一／13812345678\n"
        "3／某县河西镇便民理发店／蒋勇／430102197503031234／某县河西镇新街30号首层／13712345678\n"
    )
    got = found(text)
    assert [f for f in got if f[0] == "name"] == names(text, "韩立新", "司马春燕", "蒋勇")
    # the shops' premises are the businesses' (README: units' contacts by layout)
    assert [f for f in got if f[0] == "address"] == []


def test_full_width_slash_rows_with_homes():
    text = (
        "序号／户主姓名／家庭住址／补助金额（元／月）\n"
        "1／邓国华／某县石桥镇白沙村3组15号／300\n"
        "2／曾丽萍／某县石桥镇白沙村5组7号／300\n"
        "3／唐志刚／某县石桥镇新塘村2组21号／450\n"
    )
    got = found(text)
    assert [f for f in got if f[0] == "name"] == names(text, "邓国华", "曾丽萍", "唐志刚")
    addresses = [f for f in got if f[0] == "address"]
    assert at(text, "address", "某县石桥镇白沙村3组15号") in addresses
    assert len(addresses) == 3


def _html_found(html, kind):
    from gongkai.privacy import scan_html

    return [
        html[f.start : f.end]
        for f in scan_html(html, allow=[], expressions=False)
        if f.type == kind
    ]


def test_flattened_terms_are_label_lines():
    from gongkai.privacy.markup import flatten_html

    html = "<dl>\n  <dt>姓名</dt>\n  <dd>张三</dd>\n  <dt>性别</dt><dd>男</dd>\n</dl><p>说明</p>"
    assert flatten_html(html) == "\n姓名：张三\n性别：男\n\n说明\n"
    # a term without its value keeps its line
    assert "备注\n" in flatten_html("<dl><dt>备注</dt><p>无</p></dl>")


def test_dl_cards_with_a_name_term():
    html = (
        "<h2>某县高龄津贴发放名单</h2><p>咨询电话：0736-5221234</p>\n"
        '<div class="card"><dl>\n <dt>姓名</dt><dd>潘秀英</dd>\n <dt>身份证号</dt>'
        "<dd>430729194001011234</dd>\n <dt>经办单位</dt><dd>某县民政局</dd>\n</dl></div>\n"
        '<div class="card"><dl>\n <dt>申请人</dt><dd>诸葛明亮</dd>\n <dt>联系电话</dt>'
        "<dd>13912345678</dd>\n <dt>所在村</dt><dd>白沙村</dd>\n</dl></div>\n"
    )
    assert _html_found(html, "name") == ["潘秀英", "诸葛明亮"]


def test_dl_cards_headed_by_a_number_and_name():
    card = (
        '<div class="card"><div class="hd">No.{n}　<b>{name}</b></div>\n  <dl>\n'
        "    <dt>性别</dt><dd>女</dd>\n    <dt>身份证号</dt><dd>{id}</dd>\n"
        "    <dt>原执业地点</dt><dd>某镇某村卫生室</dd>\n"
        "    <dt>联系方式</dt><dd>{phone}</dd>\n  </dl>\n</div>\n"
    )
    html = "<h2>补助审核结果公示</h2>\n" + "".join(
        card.format(n=n, name=name, id=i, phone=p)
        for n, name, i, p in (
            ("01", "骆秋菊", "43072919610819458X", "18698750325"),
            ("02", "卫东升", "430729195907260737", "0736-5770956"),
            ("03", "皇甫兰", "430729195401057619", "16684327614"),
        )
    )
    assert _html_found(html, "name") == ["骆秋菊", "卫东升", "皇甫兰"]
    assert _html_found(html, "landline") == ["0736-5770956"]
    assert "某镇某村卫生室" not in _html_found(html, "address")


def test_text_messages_greet_their_addressee():
    text = (
        "发送时间\t接收号码\t发送状态\t短信内容\n"
        "2026-06-15 12:45\t13912345678\t成功\t【某县财政】尊敬的曲建军户主：您的补贴1792.56元已发放。\n"
        "2026-06-15 12:46\t13812345678\t成功\t【某县教育局】尊敬的欧阳雨桐家长，您的孩子已被录取。\n"
        "2026-06-15 12:47\t13712345678\t成功\t【某县人社】亲爱的孟晓燕：您的社保卡已制好。\n"
    )
    assert found(text, ["name"]) == names(text, "曲建军", "欧阳雨桐", "孟晓燕")


def test_greetings_of_groups_and_posts_are_no_names():
    for greeting in (
        "尊敬的客户：",
        "尊敬的纳税人：",
        "尊敬的各位家长：",
        "尊敬的王局长：",
        "尊敬的县委书记：",
        "尊敬的用户，",
        "亲爱的同学们：",
    ):
        text = f"【某县政务】{greeting}本月起办事大厅延时服务，详询0736-5221234。"
        assert found(text, ["name"]) == [], greeting


def test_markdown_record_contacts_are_the_persons():
    text = (
        "### 12. 郑海涛\n\n- 性别：女\n- 身份证件号码：44122819540219709X\n"
        "- 作业项目：电梯修理（T）\n- 聘用单位：个人报考\n"
        "- 通讯地址：某县某镇新风路28号1幢1单元1202室\n- 联系电话：15599262934\n"
        "- 电子邮箱：li.ming08@gmail.com\n- 受理编号：TS-LJ-2026-5520\n"
    )
    got = found(text, ["email", "mobile"])
    assert got == [at(text, "mobile", "15599262934"), at(text, "email", "li.ming08@gmail.com")]
