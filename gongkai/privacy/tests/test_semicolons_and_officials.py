"""Issue 16, the fourteenth held-out batch: tables exported with semicolons read like
any other delimited table, and officials' and units' phones the other rules missed —
a cadre's column beside each household, an official named with a number and no label,
officials listed after a line that sends the reader to them, a unit's 专线, and a unit's
number given again later in the document.
"""

from __future__ import annotations

from .spans import at, found, luhn, names, rid

PHONES = ("mobile", "landline")


def test_a_semicolon_export_is_a_table_of_persons():
    text = (
        "编号;实训基地;参训人姓名;证件号码;手机;邮箱;补贴卡号\n"
        f"01;县蓝天职业技能培训中心;邓雨涵;{rid('45030219900101001')};13907710001;"
        f"dengyh@163.com;{luhn('623059000000000001')}\n"
        f"02;县蓝天职业技能培训中心;冼国强;{rid('45030219850203002')};13907710002;"
        f"xgq_85@126.com;{luhn('623059000000000002')}\n"
        f"03;市巾帼家政服务学校;容丽;{rid('45030219920405003')};13907710003;;"
        f"{luhn('623059000000000003')}\n"
    )
    got = found(text)
    for piece in names(text, "邓雨涵", "冼国强", "容丽"):
        assert piece in got
    assert at(text, "email", "dengyh@163.com") in got
    assert at(text, "email", "xgq_85@126.com") in got
    # the schools in the rows are no persons
    assert not [f for f in got if f[0] == "name" and "中心" in text[f[1] : f[2]]]


def test_semicolons_in_prose_are_no_table():
    text = "会议议定：一是加快进度;二是落实资金;三是由县民政局牵头负责。联系电话：0771-5512345。\n"
    assert found(text, ["name"]) == []


def test_a_cadres_column_its_landline_the_offices_its_mobile_the_cadres_own():
    # (privfix16ia: a cadre's mobile is the cadre's own phone, marked; it was the office's)
    text = (
        "户主\t家庭人口\t结对帮扶干部\t干部联系电话\t户主电话\n"
        "罗大明\t4\t胡晓峰（县水务局）\t13908801234\t15187000001\n"
        "杨秀兰\t2\t段丽芬（镇卫生院）\t0870-3126677\t15187000002\n"
    )
    got = found(text)
    assert at(text, "name", "罗大明") in got and at(text, "name", "杨秀兰") in got
    assert [f for f in got if f[0] in PHONES] == [
        at(text, "mobile", "13908801234"),
        at(text, "mobile", "15187000001"),
        at(text, "mobile", "15187000002"),
    ]
    assert at(text, "name", "胡晓峰") not in got and at(text, "name", "段丽芬") not in got


def test_a_guardians_duty_column_stays_private():
    text = (
        "儿童姓名\t监护责任人\t监护责任人电话\n"
        "马小雨\t马国富\t13800010001\n"
        "杨乐乐\t杨秀珍\t13800010002\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "13800010001"),
        at(text, "mobile", "13800010002"),
    ]


def test_a_bare_duty_column_names_no_cadre():
    # villagers carry duties too (a hazard point's monitor); only the cadre's word
    # (帮扶, 包保, 驻村 …) before 责任人 makes the column an office's
    text = (
        "隐患点\t受威胁户\t责任人\t责任人电话\t帮扶责任人\t帮扶责任人电话\n"
        "后山滑坡\t罗大明\t罗小军\t13800020001\t胡晓峰\t13908801234\n"
        "石门沟\t杨秀兰\t杨国华\t0870-3120001\t段丽芬\t0870-3126677\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "13800020001"),
        at(text, "mobile", "13908801234"),  # the cadre's own mobile (privfix16ia)
        at(text, "landline", "0870-3120001"),
    ]
    # the same bare header after a cadre's column is the cadre's: its landline the office's
    cadres = text.replace(
        "\t责任人\t责任人电话\t帮扶责任人\t帮扶责任人电话", "\t包村责任人\t责任人电话"
    )
    cadres = cadres.replace("\t胡晓峰\t13908801234", "").replace("\t段丽芬\t0870-3126677", "")
    assert found(cadres, PHONES) == [at(cadres, "mobile", "13800020001")]


def test_officials_named_with_their_numbers_and_no_label():
    text = (
        "二、各乡镇受理人员\n"
        "　　红星镇：民政所所长柏文军，0451-5528801；农经站站长邵立平，0451-5528802\n"
        "　　向阳乡：村支书 单成林 0451-5533016\n"
        "如有疑问，可向各村网格员咨询：东风村苗雨 0451-5540011，前进村谷丽 0451-5540012。\n"
    )
    assert found(text, PHONES) == []


def test_persons_with_their_numbers_stay_private():
    text = (
        "　　低保户：范宏伟，0451-5528861；户主庞丽，0451-5528862\n"
        "以下困难群众已登记：东风村苗长顺 0451-5540021，前进村谷大庆 0451-5540022。\n"
        "申请人：柏文军（所长之子），身份证号码：" + rid("23012219900101001") + "，0451-5528899\n"
    )
    got = found(text, PHONES)
    for number in ("0451-5528861", "0451-5528862", "0451-5540021", "0451-5540022"):
        assert at(text, "landline", number) in got
    assert at(text, "landline", "0451-5528899") in got


def test_a_units_line_and_a_units_number_given_again():
    text = (
        "（一）县农业农村局计划财务股：联系人：于海波，电话0455-4523051，"
        "专线手机13904551234。\n"
        "（二）县财政局农业股：电话0455-4512376。\n"
        "……\n"
        "补贴信息可通过微信小程序或拨打0455-4512376查询，也可拨打13904551234咨询。\n"
        "本户联系电话：0455-4518899。\n"
    )
    assert found(text, PHONES) == [at(text, "landline", "0455-4518899")]


def test_a_persons_number_given_twice_stays_theirs():
    text = (
        "申请人：邹立新，住址：县城关镇建设路18号2单元301室，电话：0455-4519911。\n"
        "经核实，邹立新（0455-4519911）家庭收入低于标准。\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0455-4519911"),
        at(text, "landline", "0455-4519911", text.index("经核实")),
    ]


def test_a_block_of_bracketed_labels_is_a_persons_record():
    text = (
        "◆ 登记号 ZJ-2025-017\n"
        "【受助人】费海燕\n"
        "【证件号码】" + rid("33102219800101002") + "\n"
        "【居住地址】平湖县新埭镇泗泾村南埭18号\n"
        "【座机】8823105（家里）\n"
        "【邮箱】fhy_1980@qq.com\n"
        "【共同生活人员】丈夫雍建平（已故）、女儿雍佳怡\n"
        "【经办单位】新埭镇人民政府　经办人：廖文斌\n"
        "\n"
        "◆ 登记号 ZJ-2025-018\n"
        "【受助人】 桂小兰\n"
        "【证件号码】" + rid("33102219750505003") + "\n"
        "【家庭成员】无；侄子桂明在外地打工，为联系人\n"
        "【邮箱】gxl75@163.com（本人）\n"
        "【经办单位】县民政局，经办人：柯思远\n"
    )
    got = found(text)
    for name in ("费海燕", "雍建平", "雍佳怡", "桂小兰"):
        assert at(text, "name", name) in got, name
    assert at(text, "landline", "8823105") in got
    assert at(text, "email", "fhy_1980@qq.com") in got
    assert at(text, "email", "gxl75@163.com") in got
    got_names = {text[s:e] for k, s, e in got if k == "name"}
    # the clerks of the units, and the clauses of a field, are no persons
    assert not got_names & {"廖文斌", "柯思远", "无", "侄子桂明在外地打工", "为联系人"}


def test_a_notices_own_bracketed_contacts_stay_the_offices():
    text = (
        "【发布单位】县人力资源和社会保障局\n"
        "【联系电话】6621870\n"
        "【电子邮箱】rsjgk@163.com\n"
        "【办公地址】县城关镇人民路8号\n"
    )
    assert found(text, ("landline", "email", "name")) == []
    marked = "【内部资料】\n【秘密】\n【注意保存】\n"
    assert [f.type for f in __import__("gongkai.privacy").privacy.scan_text(marked)] == [
        "secrecy",
        "secrecy",
        "secrecy",
    ]
