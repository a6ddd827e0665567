"""privfix16ac: a unit's line opened by its name and its address key ("…服务站地址：…　邮箱：…")
is the unit's; a mobile under a bracketed landline of the row before in a one-cell-a-line
table is the person's; 可 / 保 opening a given name standing alone (可馨, 保国); 苌 a surname."""

from gongkai.privacy.tests.spans import at, found

MAIL = ("email",)


def test_a_units_address_line_keeps_its_mailbox_in_key_value_records_and_prose():
    text = (
        "档案编号：HX-001\n"
        "儿童姓名：龙雨涵\n"
        "监护人：龙大勇　联系电话：13912345670　邮箱：longdy1988@qq.com\n"
        "\n"
        "河西街道社区服务中心地址：华阳县河西街道育才路8号　电话：0831-6612345　邮箱：hxjdfw@163.com\n"
        "城关镇综合文化站地址：城关镇文化路2号，联系邮箱 cgwhz@126.com\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "hxjdfw@163.com") not in got
    assert at(text, "email", "cgwhz@126.com") not in got
    assert at(text, "email", "longdy1988@qq.com") in got


def test_a_persons_address_line_keeps_the_persons_mailbox():
    text = (
        "家庭住址：华阳县河西街道育才路8号　电话：13812345678　邮箱：wangfang86@163.com\n"
        "申请人：周建华，男，居住地址：华阳县城关镇文化路2号　邮箱：zjh1979@126.com\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "wangfang86@163.com") in got
    assert at(text, "email", "zjh1979@126.com") in got


def test_a_mobile_after_a_bracketed_landline_in_one_cell_a_line_rows():
    text = (
        "序号\n姓名\n住址\n住宅电话\n亲属\n亲属电话\n"
        "1\n唐桂芳\n华阳县育才路8号3栋2单元401室\n(0831)6612345\n唐小军\n13712345678\n"
        "2\n罗志明\n华阳县文化路2号5幢1单元302室\n（0831）6654321\n罗丽\n15912345678\n"
        "3\n何秀英\n城关镇东街12号\n0831-6687654\n何强\n18812345678\n"
    )
    got = found(text, ("mobile",))
    for mobile in ("13712345678", "15912345678", "18812345678"):
        assert at(text, "mobile", mobile) in got


def test_a_units_contacts_in_brackets_after_it_stay_the_units():
    text = "请到县民政局社会事务股（电话：0831-6612345，邮箱：mzjswg@163.com）领取。\n"
    got = found(text)
    assert at(text, "email", "mzjswg@163.com") not in got


def test_given_names_opened_by_ke_or_bao_standing_alone():
    text = (
        "父亲：邓保国　状况：☑务工　□失联\n"
        "母亲：邓可馨　状况：□死亡　☑重残\n"
        "| 序号 | 姓名 | 联系电话 |\n|---|---|---|\n| 1 | 付可欣 | 13912345671 |\n"
        "　　二、理事：李红、苌凤霞。\n"
    )
    got = found(text, ("name",))
    for name in ("邓保国", "邓可馨", "付可欣", "苌凤霞"):
        assert at(text, "name", name) in got


def test_a_contact_label_beside_an_offices_act_on_a_sign_off_line_is_staff():
    text = (
        "某某县供水公司\n欠费告知书\n"
        "    周建华先生：您户累计拖欠水费566.27元，请于15日内缴清。\n"
        "    经办人：任保平　　送达人：邓建军\n"
        "    经办人：马可欣　　联系电话：13812345678\n"
    )
    got = found(text, ("name",))
    assert at(text, "name", "任保平") not in got
    assert at(text, "name", "邓建军") not in got
    assert at(text, "name", "周建华") in got
    assert at(text, "name", "马可欣") in got


def test_words_opened_by_ke_or_bao_are_no_names():
    text = "门卫：王保安\n备注：可以办理\n说明：保障到位，可靠\n"
    got = found(text, ("name",))
    assert at(text, "name", "王保安") not in got
    assert not any(text[s:e].startswith(("可", "保")) for _, s, e in got)


def test_given_names_opened_by_ke_or_bao_in_an_xml_export():
    text = (
        "<orders>\n"
        "  <order>\n    <callerName>王建军</callerName>\n    <callerPhone>13912345670</callerPhone>\n"
        "  </order>\n"
        "  <order>\n    <callerName>付可欣</callerName>\n    <callerPhone>13912345671</callerPhone>\n"
        "  </order>\n"
        "  <order>\n    <callerName>邓保国</callerName>\n    <callerPhone>13912345672</callerPhone>\n"
        "  </order>\n"
        "  <order>\n    <callerName>刘保安</callerName>\n    <callerPhone>13912345673</callerPhone>\n"
        "  </order>\n"
        "</orders>\n"
    )
    got = found(text, ("name",))
    for name in ("王建军", "付可欣", "邓保国"):
        assert at(text, "name", name) in got
    assert at(text, "name", "刘保安") not in got  # 保安: a guard, a word
