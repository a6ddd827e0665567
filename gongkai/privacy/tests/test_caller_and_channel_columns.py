"""Whose number, place or mailbox it is by the column, key or note it stands under:
a caller's number column, a unit's public channel column, an export's unit-phone key,
a business's place in a CSV or one-cell-a-line table, a box noted as the party's own."""

from .spans import at, found

# ---------------------------------------------------------------- caller's number column


def test_callback_number_in_aligned_rows_is_the_callers_beside_the_office():
    text = (
        "青石县民生热线回访登记\n\n"
        " 编号  来电人      回电号码          处理部门      结果\n"
        " 1     毛春燕      0577-6634128      青石县交通局  已办结\n"
        " 2     司徒光      6681937           青石县教育局  已解释\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0577-6634128") in got
    assert at(text, "landline", "6681937") in got


def test_caller_number_in_tab_and_bar_tables():
    tab = (
        "序号\t来电时间\t来电人\t来电号码\t承办单位\n"
        "1\t10-02 09:15\t贺东升\t(0571)86623451\t某区住建局\n"
    )
    assert at(tab, "landline", "(0571)86623451") in found(tab, ["landline"])
    bar = (
        "| 序号 | 姓名 | 主叫号码 | 转办部门 |\n"
        "|---|---|---|---|\n"
        "| 1 | 柯明远 | 0571-86623452 | 区城管局 |\n"
    )
    assert at(bar, "landline", "0571-86623452") in found(bar, ["landline"])


def test_unit_calling_keeps_its_own_number_in_a_caller_column():
    text = (
        "序号\t来电人\t来电号码\t反映内容\t承办单位\n"
        "1\t青石县实验中学\t0577-6634001\t供暖不足\t热力公司\n"
    )
    assert found(text, ["landline"]) == []


def test_unit_named_caller_header_is_no_callers_column():
    text = (
        " 序号  工单号     承办单位回电号码   承办单位\n"
        " 1     QS0001     0577-6634555       青石县水利局\n"
    )
    assert found(text, ["landline"]) == []


# ---------------------------------------------------------------- public channel columns


def test_booking_and_consulting_columns_are_the_units():
    text = (
        "序号\t接待日期\t接待领导\t职务\t地点\t预约电话\n"
        "1\t2026-03-05\t陶卫东\t县长\t县群众来访接待中心（府前路168号）\t0577-6600123\n"
        "2\t2026-03-12\t欧阳敏\t副县长\t县群众来访接待中心（府前路168号）\t(0577)6600124\n"
    )
    assert found(text, ["landline"]) == []
    text = "| 事项 | 受理窗口 | 咨询电话 |\n|---|---|---|\n| 低保申请 | 民政窗口 | 0577-6600125 |\n"
    assert found(text, ["landline"]) == []


def test_person_header_beside_a_channel_word_stays_the_persons():
    text = "序号\t投诉人\t身份证号\t投诉人电话\n1\t邵红英\t330327198806153324\t0577-6634129\n"
    assert at(text, "landline", "0577-6634129") in found(text, ["landline"])


# ---------------------------------------------------------------- export keys


def test_unit_phone_keys_in_json_and_xml_exports():
    line = (
        '{"gdbh": "QS2026001", "xm": "邵红英", "sfzh": "330327198806153324", '
        '"lxdh": "13857712345", "cbdw": "青石县交通局", "cbdwdh": "0577-6634130"}\n'
    )
    got = found(line)
    assert ("landline", line.index("0577"), line.index("0577") + 12) not in got
    assert at(line, "mobile", "13857712345") in got
    xml = (
        "<record><name>邵红英</name><idno>330327198806153324</idno>"
        "<unit_tel>0577-6634131</unit_tel><dept>县教育局</dept></record>\n"
    )
    assert not [f for f in found(xml) if f[0] == "landline"]


def test_person_phone_keys_stay_the_persons():
    line = '{"xm": "邵红英", "sfzh": "330327198806153324", "lxdh": "0577-6634132"}\n'
    assert at(line, "landline", "0577-6634132") in found(line, ["landline"])


# ---------------------------------------------------------------- business places


def test_stall_places_in_a_quoted_csv_are_the_business():
    text = (
        '"序号","姓名","身份证号码","现住址","摊位号","经营品种"\n'
        '"1","韦光荣","330327198806153324","青石县城关镇人民路18号2单元301室",'
        '"城南夜市A区12号","小吃"\n'
    )
    got = found(text, ["address"])
    assert at(text, "address", "青石县城关镇人民路18号2单元301室") in got
    assert not [f for f in got if text[f[1] : f[2]].startswith("城南夜市")]
    plain = (
        "序号,姓名,现住址,经营点位\n1,韦光荣,青石县城关镇人民路18号,青石县城关镇东门街便民点8号\n"
    )
    got = found(plain, ["address"])
    assert at(plain, "address", "青石县城关镇人民路18号") in got
    assert not [f for f in got if "便民点" in plain[f[1] : f[2]]]


def test_workshop_places_one_cell_a_line_past_a_value_like_a_header():
    text = (
        "序号\n作坊名称\n负责人\n身份证号码\n生产场所\n负责人住址\n生产品种\n"
        "1\n青石县城关镇红星豆腐坊\n韦光荣\n330327198806153324\n青石县城关镇红星村3组8号\n"
        "同生产场所\n豆腐\n"
        "2\n青石县城关镇大岙粉干坊\n毛春燕\n330327197905124429\n青石县城关镇大岙村加工区5号\n"
        "青石县城关镇溪口村2组17号\n粉干\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青石县城关镇溪口村2组17号") in got
    assert not [f for f in got if "加工区" in text[f[1] : f[2]]]
    assert not [f for f in got if "红星村3组8号" in text[f[1] : f[2]]]


# ---------------------------------------------------------------- noted mailboxes


def test_box_noted_as_the_reporters_own_after_write_to():
    text = (
        "请举报人于公示期满后到县应急管理局领取奖金，也可发送邮件至"
        "li.chunhua88@126.com（举报人登记邮箱）确认。\n"
    )
    assert at(text, "email", "li.chunhua88@126.com") in found(text, ["email"])


def test_box_readers_write_to_stays_the_units():
    text = "对公示有异议的，可发送邮件至qsyjj_jubao@163.com（县应急管理局受理）。\n"
    assert found(text, ["email"]) == []


def test_bare_local_number_under_an_exports_phone_key():
    line = '{"xm": "邵红英", "sfzh": "330327198806153324", "lxdh": "6634133", "bh": "6634134"}\n'
    got = found(line, ["landline"])
    assert at(line, "landline", "6634133") in got
    assert at(line, "landline", "6634134") not in got  # a number under another key
    xml = "<item><xm>毛春燕</xm><dianhua>6634135</dianhua><cbdwdh>6634136</cbdwdh></item>\n"
    got = found(xml, ["landline"])
    assert at(xml, "landline", "6634135") in got
    assert at(xml, "landline", "6634136") not in got  # the handling unit's
