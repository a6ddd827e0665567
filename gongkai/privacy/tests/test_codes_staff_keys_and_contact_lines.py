"""Whose number, mailbox or address a line gives (issue 16, after docs115–docs117): a
0-led code in a column of codes, a staff's phone by its export key (and the same initials
naming a private person), a mailing address by its key's parts, a unit's phone column
named 企业, a mailbox after an office's short name, an address on the line of an
authority's mailbox, a plot's use before an address, a word-led name after a role's label."""

from gongkai.privacy import keymeaning
from gongkai.privacy.tests.spans import at, found

PHONES = ("mobile", "landline")


# --- a 0-led code in a column of codes (codecolumns) ------------------------------------


def test_zero_led_code_under_a_number_header_is_no_landline_tab_and_csv():
    tab = (
        "序号\t学号\t姓名\t联系电话\n"
        "1\t520183746201\t付国梁\t13907215586\n"
        "2\t073522418390\t晏小青\t0731-4402817\n"
        "3\t618830275514\t苗德胜\t075587123456\n"
    )
    got = found(tab, PHONES)
    assert at(tab, "landline", "073522418390") not in got  # a student's number
    assert at(tab, "landline", "0731-4402817") in got  # a phone, written as one
    assert at(tab, "landline", "075587123456") in got  # undashed, under 联系电话
    csv = (
        '"序号","姓名","报名序号","手机"\n'
        '"1","费小川","441205839177","15802217736"\n'
        '"2","仇玉兰","054720193386","13307415529"\n'
    )
    got = found(csv, PHONES)
    assert at(csv, "landline", "054720193386") not in got
    assert at(csv, "mobile", "13307415529") in got


def test_zero_led_code_in_a_pipe_table_and_a_phone_header_keeps_it():
    pipe = (
        "| 序号 | 考生号 | 姓名 |\n|---|---|---|\n"
        "| 1 | 0391502284176 | 谭家旺 |\n| 2 | 0838724406615 | 鲁春梅 |\n"
    )
    assert found(pipe, ("landline",)) == []
    phones = "序号\t姓名\t固定电话号码\n1\t祁明远\t083872440661\n2\t柏兰芝\t039150228417\n"
    got = found(phones, ("landline",))
    assert at(phones, "landline", "083872440661") in got  # its header names a phone


def test_export_key_whose_values_are_codes_xml_and_json():
    rows = "".join(
        f"<rec><xm>{name}</xm><bmh>{code}</bmh><sjh>{mobile}</sjh></rec>\n"
        for name, code, mobile in (
            ("龚立平", "662015839027", "13807321145"),
            ("庞秀珍", "038861520774", "15974410028"),
            ("蔡云鹏", "517730296408", "18673302291"),
            ("戴晓梅", "904418260135", "13575126630"),
        )
    )
    xml = f"<list>\n{rows}</list>"
    got = found(xml, PHONES)
    assert at(xml, "landline", "038861520774") not in got
    assert at(xml, "mobile", "15974410028") in got
    jsonl = "".join(
        f'{{"xm": "{n}", "kh": "{c}", "gddh": "{p}"}}\n'
        for n, c, p in (
            ("尹长顺", "710258831946", "073188260417"),
            ("穆晓兰", "051772094483", "073176630218"),
            ("邬建华", "338890127765", "073152281904"),
        )
    )
    got = found(jsonl, PHONES)
    assert at(jsonl, "landline", "051772094483") not in got  # kh: a code's key
    assert at(jsonl, "landline", "073176630218") in got  # gddh: a phone's key


# --- a staff's phone by its key; the same initials naming a private person ----------------


def test_handler_phone_key_is_the_desks_line_in_an_export():
    xml = (
        "<list>\n<item><xm>邓秋生</xm><sfzh>430521198805146613</sfzh>"
        "<lxdh>0739-5512864</lxdh><jbr>罗文</jbr><jbrdh>0739-5330127</jbrdh></item>\n"
        "<item><xm>汤丽君</xm><sfzh>430521199102283322</sfzh>"
        "<lxdh>13787012245</lxdh><jbr>罗文</jbr><jbrdh>0739-5330548</jbrdh></item>\n</list>"
    )
    got = found(xml, PHONES)
    assert at(xml, "landline", "0739-5512864") in got  # the applicant's own
    assert at(xml, "landline", "0739-5330127") not in got
    assert at(xml, "landline", "0739-5330548") not in got
    js = (
        '{"handler": "罗文", "handler_tel": "0739-5330127", "xm": "邓秋生", "lxdh": "0739-5512864"}'
    )
    got = found(js, PHONES)
    assert at(js, "landline", "0739-5330127") not in got
    assert at(js, "landline", "0739-5512864") in got


def test_initials_of_a_reporter_with_his_id_and_home_keep_his_phone():
    js = (
        '{"bh": "JB-0031", "jbr_xm": "熊福来", "jbr_sfzh": "430521197204118874", '
        '"jbr_zz": "某县某镇某村3组12号", "jbr_gddh": "0739-6621853"}\n'
    )
    assert at(js, "landline", "0739-6621853") in found(js, PHONES)


# --- a mailing address by its key's parts (keymeaning) ------------------------------------


def test_mailing_and_correspondence_keys_read_as_addresses():
    assert keymeaning.meaning("yjdz")[:2] == ("", "address")
    assert keymeaning.meaning("youji_addr")[:2] == ("", "address")
    assert keymeaning.meaning("txdz")[:2] == ("", "address")
    assert keymeaning.parts("yjbh") == ["yjbh"]  # 邮寄 only before a datum's word
    xml = (
        "<rows>\n<row><xm>谢冬梅</xm><sfzh>430521199306150027</sfzh>"
        "<yjdz>湖南省某县城关镇建设路88号3栋2单元501室</yjdz></row>\n"
        "<row><xm>贺跃进</xm><sfzh>430521198011073318</sfzh>"
        "<yjdz>某县花桥镇石门村六组21号</yjdz></row>\n</rows>"
    )
    got = found(xml, ("address",))
    assert at(xml, "address", "湖南省某县城关镇建设路88号3栋2单元501室") in got
    assert at(xml, "address", "某县花桥镇石门村六组21号") in got


# --- a unit's phone column named 企业 -----------------------------------------------------


def test_enterprise_phone_column_is_the_firms_line():
    csv = (
        '"序号","企业名称","负责人","企业联系电话"\n'
        '"1","某县石桥砖瓦厂（普通合伙）","麦秀英","5238806"\n'
        '"2","某县青山建材有限公司","祝永强","0739-5278913"\n'
    )
    assert found(csv, PHONES) == []
    own = '"序号","姓名","住宅电话"\n"1","麦秀英","5238806"\n"2","祝永强","5278913"\n'
    assert at(own, "landline", "5238806") in found(own, PHONES)


# --- a mailbox after an office's short name; an address beside an authority's mailbox -----


def test_mailbox_on_the_line_of_an_offices_phone_is_the_offices():
    text = (
        "申请人：龙小燕\n联系电话：13974422816\n电子邮箱：lxy0716@126.com\n\n"
        "受理人：周敏　　招办电话：0739-5261440　　邮箱：sxzb@163.com\n"
        "登记员：唐丽　　派出所电话：0739-5268110　　邮箱：sxpcs@126.com\n"
    )
    got = found(text, ("email",))
    assert at(text, "email", "lxy0716@126.com") in got
    assert at(text, "email", "sxzb@163.com") not in got
    assert at(text, "email", "sxpcs@126.com") not in got
    home = "申请人：龙小燕　　住所电话：0739-5261440　　邮箱：lxy0716@126.com\n"
    assert at(home, "email", "lxy0716@126.com") in found(home, ("email",))


def test_address_on_the_line_of_an_authoritys_mailbox_is_the_units():
    text = (
        "特此告知。\n\n"
        "通讯地址：某县城关镇建设路16号　　电话：0739-5530071　　邮箱：xzsp@sx.gov.cn\n"
    )
    assert found(text, ("address",)) == []
    person = "住址：某县城关镇建设路16号　　邮箱：lxy0716@126.com\n"
    assert at(person, "address", "某县城关镇建设路16号") in found(person, ("address",))


# --- a plot's use before an address; a word-led name after a role's label -----------------


def test_address_after_a_plots_use_starts_at_the_place():
    text = "经查，你户已于2009年经批准使用石门村六组21号宅基地一处，现另行占地建房。\n"
    got = found(text, ("address",))
    assert got == [at(text, "address", "石门村六组21号")]


def test_name_opening_with_a_word_after_a_role_label():
    text = "声明人：贺冬梅\n代办人：白天明（声明人之兄），身份证号：430521197011239974\n"
    assert at(text, "name", "白天明") in found(text, ("name",))
    prose = "来信人：来信反映村里路灯损坏。\n"
    assert found(prose, ("name",)) == []


def test_writers_address_in_a_sentence_beside_the_offices_mailbox_stays():
    text = (
        "二、您来信所留通讯地址“某县花桥镇建设南路112号”已登记，材料将寄往该地址。"
        "您也可发邮件至社保股公共邮箱sbg@sx.gov.cn咨询。\n"
    )
    assert at(text, "address", "某县花桥镇建设南路112号") in found(text, ("address",))


def test_reporter_and_handler_records_one_field_a_line():
    xml = (
        "<list>\n  <rec>\n    <jbrxm>熊福来</jbrxm>\n    <jbrsfzh>430521197204118874</jbrsfzh>\n"
        "    <jbrzz>某县某镇某村3组12号</jbrzz>\n    <jbrdh>0739-6621853</jbrdh>\n  </rec>\n"
        "  <rec>\n    <xm>邓秋生</xm>\n    <sfzh>430521198805146613</sfzh>\n    <yjdz/>\n"
        "    <jbr>罗文</jbr>\n    <jbrdh>0739-5330127</jbrdh>\n  </rec>\n</list>\n"
    )
    got = found(xml, PHONES)
    assert at(xml, "landline", "0739-6621853") in got  # the reporter's, with his ID
    assert at(xml, "landline", "0739-5330127") not in got  # the handler's desk
