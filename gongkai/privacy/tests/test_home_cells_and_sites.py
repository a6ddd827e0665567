"""Homes by the column or label they stand under, and places that are no home (issue 16,
after docs103-105): a stacked 住址 column, a dwelling's label (房屋坐落), a sign's or a
project's site (设置地点, 项目地址), a copy sent to a person under the signature, a writer's
sign-off, an address column whose person the strict reading missed, Taiwan permits of a
companion noted in brackets, and a person consulted (已咨询的律师) who is no office."""

from gongkai.privacy.tests.spans import at, found

ADDR = ("address",)


# --- a stacked table's residence column (homecells, stackedheader) -------------------


def test_stacked_residence_column_takes_a_bare_street_address():
    text = (
        "某县宠物登记公示\n\n"
        "序号\n登记人\n家庭住址\n联系电话\n品种\n"
        "1\n韦振华\n某县城关镇和平路12号\n13812345678\n比熊\n"
        "2\n莫小燕\n某县城关镇东风路7号\n13987654321\n柯基\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇和平路12号") in got
    assert at(text, "address", "某县城关镇东风路7号") in got


def test_stacked_header_runs_on_past_cells_no_header_word_marks():
    # "品种" and "登记证号" mark no column the header model knows; the serials 1, 2 tell
    # how many cells a record has
    text = (
        "某镇登记台账\n\n"
        "序号\n姓名\n住址\n手机\n品种\n登记证号\n"
        "1\n韦振华\n某县城关镇和平路12号\n13812345678\n比熊\n登字第0001号\n"
        "2\n莫小燕\n某县城关镇东风路7号\n13987654321\n柯基\n登字第0002号\n"
        "3\n覃德明\n某县城关镇解放路88号\n13712345670\n泰迪\n登字第0003号\n"
    )
    got = found(text, ADDR)
    for piece in ("某县城关镇和平路12号", "某县城关镇东风路7号", "某县城关镇解放路88号"):
        assert at(text, "address", piece) in got


def test_stacked_business_or_unit_column_is_no_home():
    text = (
        "某县摊点登记表\n\n"
        "序号\n经营者\n经营地址\n联系电话\n"
        "1\n韦振华\n某县城关镇和平路12号\n13812345678\n"
        "2\n莫小燕\n某县城关镇东风路7号\n13987654321\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇和平路12号") not in got
    assert at(text, "address", "某县城关镇东风路7号") not in got


def test_stacked_record_with_an_extra_line_is_not_read_out_of_step():
    # a note on a line of its own shifts the cells: the grave's plot is no home
    text = (
        "某公墓使用证台账\n\n"
        "使用证号\n墓区墓位\n逝者姓名\n使用人\n联系电话\n通讯地址\n"
        "GM-0001\n松区3排5号\n韦老三\n韦振华\n13812345678\n某县城关镇和平路12号\n"
        "另有继承人莫小燕\n"
        "GM-0002\n柏区2排9号\n覃老五\n覃德明\n13712345670\n某县城关镇解放路88号\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "松区3排5号") not in got
    assert at(text, "address", "柏区2排9号") not in got


# --- a dwelling's label (homecells) ------------------------------------------------------


def test_dwelling_label_in_key_value_records_and_inline():
    text = (
        "租赁备案抽查记录\n\n"
        "—— 记录 1 ——\n"
        "房屋坐落：某县城关镇建设路196号\n"
        "出租人：韦振华　电话：13812345678\n\n"
        "—— 记录 2 ——\n"
        "备案编号：ZL-0002　出租房屋地址：某县城关镇朝阳路101号\n"
        "承租人：莫小燕　电话：13987654321\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇建设路196号") in got
    assert at(text, "address", "某县城关镇朝阳路101号") in got


def test_units_premises_label_stays_a_place():
    text = "检查记录\n单位房屋坐落：某县城关镇建设路196号\n检查人：韦振华\n"
    assert at(text, "address", "某县城关镇建设路196号") not in found(text, ADDR)


def test_estate_before_the_house_number_after_a_residence_label():
    text = "1. 韦振华，居住地址：某县城关镇海景苑150号，联系电话：13812345678。\n"
    assert at(text, "address", "某县城关镇海景苑150号") in found(text, ADDR)


# --- a sign's or a project's site (unitcontacts) --------------------------------------------


def test_sign_site_column_in_quoted_csv_is_no_home_but_home_column_is():
    text = (
        '"编号","申请人","身份证号码","联系电话","家庭住址","设置地点"\n'
        '"GG-01","韦振华（个体工商户）","450102198001011234","13812345678",'
        '"城关镇和平巷12号","城关镇东风巷7号门头"\n'
        '"GG-02","莫小燕（个体工商户）","450102199002022345","13987654321",'
        '"城关镇解放巷8号","城关镇健康路87号门头"\n'
    )
    got = found(text, ADDR)
    assert at(text, "address", "城关镇东风巷7号") not in got
    assert at(text, "address", "城关镇健康路87号") not in got
    assert at(text, "address", "城关镇和平巷12号") in got
    assert at(text, "address", "城关镇解放巷8号") in got


def test_sign_and_project_site_in_tab_table_and_label():
    text = (
        "序号\t申请人\t身份证号码\t招牌位置\n"
        "1\t韦振华\t450102198001011234\t城关镇光明巷24号\n"
        "2\t莫小燕\t450102199002022345\t城关镇长寿巷54号\n\n"
        "申请人：覃德明　身份证号码：450102197503033456\n"
        "项目地址：城关镇北环路183号\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "城关镇光明巷24号") not in got
    assert at(text, "address", "城关镇长寿巷54号") not in got
    assert at(text, "address", "城关镇北环路183号") not in got


# --- a copy to a person under the signature (footers) ---------------------------------------


def test_copy_to_a_person_under_the_signature_keeps_the_address():
    text = (
        "关于来信的答复\n韦振华先生：\n　　来信收悉。经核实，已按规定办理。\n\n"
        "某县人力资源和社会保障局\n2026年10月27日\n\n"
        "（抄送：韦振华，地址某县龙田镇幸福家园15栋1单元903室）\n"
    )
    assert at(text, "address", "某县龙田镇幸福家园15栋1单元903室") in found(text, ADDR)


def test_copy_to_a_unit_under_the_signature_stays_the_units():
    text = (
        "关于来信的答复\n　　来信收悉。\n\n"
        "某县人力资源和社会保障局\n2026年10月27日\n\n"
        "抄送：某县财政局（某县城关镇新华小区3栋2单元501室）\n"
    )
    assert at(text, "address", "某县城关镇新华小区3栋2单元501室") not in found(text, ADDR)


# --- a writer's sign-off (houses) ------------------------------------------------------------


def test_writer_sign_off_with_mobile_then_address():
    text = (
        "主题：补贴申领\n正文：我已取得证书，补贴怎么申领？韦振华，13812345678，"
        "某县溪口镇建设路68号。\n"
    )
    assert at(text, "address", "某县溪口镇建设路68号") in found(text, ADDR)


def test_office_sign_off_is_no_person():
    text = "如有疑问请联系。县人社局，13812345678，某县溪口镇建设路68号。\n"
    assert at(text, "address", "某县溪口镇建设路68号") not in found(text, ADDR)


# --- an address column whose person the strict reading missed (addresscells) ---------------


def test_address_column_kept_when_the_person_cell_is_a_plausible_name():
    rows = [
        ("甘雅婷", "0376-62245790", "600"),
        ("庄涛", "13812345678", "655"),
        ("胡鑫", "64182363", "152"),
        ("骆淑芬", "13987654321", "133"),
        ("杜国栋", "66578761", "617"),
        ("甘蕾", "0376-69863206", "884"),
    ]
    text = "回访日期\t寄件人\t回访电话\t收件地址\t电子邮箱\t回访结论\n" + "".join(
        f"2026-10-1{i}\t{n}\t{p}\t某市某区长江西路{a}号\tuser{i}@163.com\t本人寄递，信息一致\n"
        for i, (n, p, a) in enumerate(rows)
    )
    got = found(text, ADDR)
    for _n, _p, a in rows:
        assert at(text, "address", f"某市某区长江西路{a}号") in got


# --- companions' Taiwan permits (taiwanpermits) ------------------------------------------------


def test_companion_permit_in_brackets_after_a_name():
    text = (
        "（三）某民宿接待台湾居民黄冠廷（台湾居民来往大陆通行证05529164）一家三口，"
        "其同行的妻子黄林秀美（05529187）称已提供证件。\n"
    )
    got = found(text, ("permit",))
    assert at(text, "permit", "05529164") in got
    assert at(text, "permit", "05529187") in got


def test_other_bracketed_numbers_are_no_permit():
    text = (
        "台湾居民黄冠廷（台胞证0961834701）入住，同行人员张三（13812345678）、"
        "订单（20260312）。\n"
        "另：李四（05529187）为本地居民。\n"
    )
    got = found(text, ("permit",))
    assert at(text, "permit", "0961834701") in got
    assert at(text, "permit", "20260312") not in got  # 8 digits, the permit has 10
    assert at(text, "permit", "05529187") not in got  # another paragraph


# --- a person consulted is no office (patterns.PHONE_OF_OFFICE) --------------------------------


def test_consulted_lawyers_mobile_is_a_finding():
    text = (
        "　　医疗费用争议属民事纠纷，您也可委托律师处理；您提到已咨询的律师覃小红"
        "（手机17702492708）可代为协商。\n"
        "　　如需咨询，请拨打服务中心电话；咨询人员陈某（手机13912345678）。\n"
    )
    got = found(text, ("mobile",))
    assert at(text, "mobile", "17702492708") in got


def test_packed_records_read_by_their_period_under_an_unmarked_header():
    # the header block as the stacked model reads it is cut short: the records' own
    # period (one address cell every eight lines) leads up to the 住址 header cell
    records = (
        ("11", "韦振华", "男", "450102198001011234", "某县茅坝乡红星路24号", "罚款200元"),
        ("12", "莫小燕", "女", "450102199002022345", "某县乌江镇黔溪路17号", "警告"),
        ("13", "覃德明", "男", "450102197503033456", "某县茅坝乡丁字街95号", "警告"),
    )
    text = "某县处罚决定公示（每格一行）\n决定书文号\n当事人\n性别\n身份证号码\n住址\n违法地点\n违法事实\n处罚内容\n"
    for no, name, sex, rid_, home, act in records:
        text += f"某执罚〔2026〕第{no}号\n{name}\n{sex}\n{rid_}\n{home}\n农贸市场东门外\n占道经营\n{act}\n"
    got = found(text, ADDR)
    for record in records:
        assert at(text, "address", record[4]) in got


def test_packed_records_under_a_business_header_are_no_home():
    text = (
        "某县摊点公示（每格一行）\n"
        "案卷号\n经营者\n身份证号码\n经营场所\n处罚内容\n"
        "某执罚〔2026〕第11号\n韦振华\n450102198001011234\n某县茅坝乡红星路24号\n罚款200元\n"
        "某执罚〔2026〕第12号\n莫小燕\n450102199002022345\n某县乌江镇黔溪路17号\n警告\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县茅坝乡红星路24号") not in got
    assert at(text, "address", "某县乌江镇黔溪路17号") not in got


# --- the writer's own house in prose (homecells) ---------------------------------------------


def test_writers_own_house_at_a_street_address():
    text = (
        "Subject: 出租登记\n\n我在某县黄寺岗镇光明路15号有两间门面房楼上的住房出租，请问要办什么手续？\n"
        "另：本人在某县城关镇解放路8号有一套房屋闲置。\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县黄寺岗镇光明路15号") in got
    assert at(text, "address", "某县城关镇解放路8号") in got


def test_writers_shop_or_visit_at_a_street_address_is_no_home():
    text = (
        "我在某县城关镇解放路8号开了一家小吃店，想办营业执照。\n"
        "昨天我在某县城关镇人民路20号办事，有人插队。\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇解放路8号") not in got
    assert at(text, "address", "某县城关镇人民路20号") not in got
