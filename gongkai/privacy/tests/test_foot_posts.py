"""Whose number on a persons' table's foot, an office's key by its initials, a form's sample ID
(issue 16, privfix16eb). Domains: seasonal farm hands' pay, a sports meet's entrants, a clinic's
patients' register, a tender panel's export, a benefit form's instructions.
Near misses: the foot's post's holder's mobile, a home landline noted (家), a list whose every
line is a post's holder, a post's landline with no persons' table above, a home's key, a
mistyped ID that is still a person's."""

from .spans import found


def _kinds(text, kind):
    return [text[s:e] for k, s, e in found(text, [kind]) if k == kind]


_ROWS_TAB = (
    "序号\t姓名\t身份证号\t手机号\t应发金额\n"
    "1\t张春来\t330327198605124519\t13857712345\t3200.00\n"
    "2\t李秋英\t330327199102284527\t13957798765\t3100.00\n"
)


def test_foot_post_landline_in_cells_and_prose():
    for foot in (
        "\t\t\t\t\n核算员：\t王建设\t\t联系电话：\t0577-65123456\n",
        "\n出纳员：王建设（0577-65123456）　　带队组长签字：刘成　　场长：孙大海\n",
        "合计：6300.00\n统计员：王建设　办公电话：0577 65123456　审核：农场办公室\n",
    ):
        text = "某农场季节工工资发放表\n" + _ROWS_TAB + foot
        assert _kinds(text, "landline") == [], text
        assert _kinds(text, "mobile") == ["13857712345", "13957798765"], text


def test_foot_post_pipe_rows():
    text = (
        "| 姓名 | 证件号码 | 联系电话 |\n|---|---|---|\n"
        "| 赵一鸣 | 110105198203154518 | 13812345678 |\n"
        "| 钱二妹 | 110105198511224527 | 13912345678 |\n"
        "登记员：孙立（010-63451234）\n"
    )
    assert _kinds(text, "landline") == []


def test_foot_post_near_misses():
    # the post's holder's mobile stays; a landline noted as a home's stays
    text = "某农场季节工工资发放表\n" + _ROWS_TAB + "核算员：王建设（13600001111）\n"
    assert "13600001111" in _kinds(text, "mobile")
    text = "某农场季节工工资发放表\n" + _ROWS_TAB + "核算员：王建设　电话：0577-65123456（家）\n"
    assert _kinds(text, "landline") == ["0577-65123456"]
    # a home's word before the number
    text = "某农场季节工工资发放表\n" + _ROWS_TAB + "核算员：王建设　家庭电话：0577-65123456\n"
    assert _kinds(text, "landline") == ["0577-65123456"]


def test_list_of_post_holders_is_no_foot():
    text = (
        "雨情监测员名单\n"
        "1. 东坑村监测点  监测员：吴一民  电话：13700822987\n"
        "2. 西坑村监测点  监测员：罗小浩  电话：0598-60846621\n"
        "3. 南坑村监测点  监测员：郭大浩  电话：0598-50602637\n"
    )
    assert _kinds(text, "landline") == ["0598-60846621", "0598-50602637"]


def test_post_landline_without_persons_table_stays_read_elsewhere():
    # no persons' table above: this pass leaves the number to the other readers
    from gongkai.privacy.footposts import foot_post_landlines

    text = "关于开展春季农机检修的通知\n各乡镇：\n联络员：王建设（0577-65123456）\n"
    at = text.index("0577")
    cands = [(at, at + 13, "landline", 0.9)]
    assert foot_post_landlines(text, cands) == cands


def test_office_phone_key_by_initials():
    from gongkai.privacy.keymeaning import meaning

    assert meaning("bgdh")[:2] == ("unit", "phone")
    assert meaning("bglxdh")[:2] == ("unit", "phone")
    assert meaning("jtdh")[:2] == ("person", "phone")
    # bg elsewhere (被告, 变更) is not read as an office
    assert meaning("bgxm") == ("", "", "")
    assert meaning("bgrq") == ("", "", "")
    text = (
        "<zjlist>\n  <zj>\n    <xm>张建国</xm>\n    <sjhm>13812345678</sjhm>\n"
        "    <bgdh>021-63451234</bgdh>\n    <jtdh>021-58761234</jtdh>\n  </zj>\n"
        "  <zj>\n    <xm>李红梅</xm>\n    <sjhm>13912345678</sjhm>\n"
        "    <bgdh>021-63459876</bgdh>\n    <jtdh>021-58769876</jtdh>\n  </zj>\n</zjlist>\n"
    )
    assert _kinds(text, "landline") == ["021-58761234", "021-58769876"]
    assert _kinds(text, "mobile") == ["13812345678", "13912345678"]


def test_sample_id_with_order_code_000():
    text = "填表说明：示例号码（如身份证号 320102198511030000）仅为格式示意，请勿照填。\n"
    assert _kinds(text, "id_card") == []
    # a mistyped ID with an issued order code is still a person's under its label
    text = "申请人：张三\n身份证号：320102198511030127\n"
    assert _kinds(text, "id_card") == ["320102198511030127"]


def test_row_under_an_organs_section():
    text = (
        "某县污水处理厂提标改造工程 现场管理人员公示\n"
        "岗位\t姓名\t证书名称\t证书编号\t联系电话\n"
        "建设单位（某县水务局）\t\t\t\t\n"
        "建设单位项目负责人\t马长河\t—\t—\t0571-86123456\n"
        "施工单位（浙江某某建设有限公司）\t\t\t\t\n"
        "项目经理\t周立新\t一级建造师\t浙133070801234\t13805712345\n"
        "安全员\t吴小军\t安全员证\t330123456789\t13905712345\n"
    )
    assert _kinds(text, "landline") == []
    assert _kinds(text, "mobile") == ["13805712345", "13905712345"]
    # under a company's section the landline is left to the other readers
    company = text.replace("建设单位（某县水务局）", "建设单位（某县某某置业有限公司）")
    assert _kinds(company, "landline") == ["0571-86123456"]


def test_rows_under_a_street_section_keep_their_lines():
    # residents grouped by their street: the section names where they live, not their organ
    text = (
        "岗位\t姓名\t备注\t联系电话\n"
        "城东街道办事处\t\t\t\n"
        "楼栋长\t许阿六\t独居\t0571-86001122\n"
        "楼栋长\t陶根宝\t—\t0571-86003344\n"
    )
    assert _kinds(text, "landline") == ["0571-86001122", "0571-86003344"]


def test_mail_closing_an_offices_lines():
    for text in (
        "三、报名方式：请于5月10日前到县文化馆报名。报名电话：0571-63713204，0571 63713200转8；"
        "电子邮箱：xwgbm@126.com。\n",
        "咨询电话：（0571）82345678；传真：0571-82345679；邮箱：kxzx2024@163.com\n",
    ):
        assert _kinds(text, "email") == [], text


def test_mail_near_misses():
    for text in (
        # the reader's own contacts in a letter
        "你于6月9日来信反映问题（留存电话0571-82345678，电子邮箱abc12345@qq.com）。\n",
        # a person's label before the mailbox
        "联系电话：0571-82345678；申请人邮箱：zhang.lin88@163.com\n",
        # a private person's data in the sentence
        "申请人张海林，身份证号330106198504123416，电话0571-82345678，邮箱zhanghl@163.com。\n",
    ):
        assert _kinds(text, "email") != [], text


def test_party_address_given_to_a_unit():
    text = (
        "【登记1】\n申请人：某市宏达建设工程有限公司\n法定代表人：陈某华\n"
        "委托代理人：史华\n代理人身份证号：371302198807283356\n代理人手机：17623057037\n"
        "申请人地址：临沂市兰山区沂蒙路156号宏达大厦9层\n"
        "【登记2】\n申请人：廖浩峰\n身份证号码：371321197802162293\n"
        "申请人地址：沂阳县青驼镇后河湾村280号\n"
    )
    addresses = _kinds(text, "address")
    assert not any("沂蒙路" in a for a in addresses)
    assert any("后河湾村280号" in a for a in addresses)
