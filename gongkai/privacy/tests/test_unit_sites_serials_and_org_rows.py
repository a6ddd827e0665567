"""Whose place, number or mailbox by the row or record it stands in (issue 16, after
docs106-108): a unit's row or a record of a unit's premises (``unitsites``), a private
house noted after a site's address, a place after the preposition 自, serials built on a
region code and a year, labels headed 编号/编码/序号, and an organisation's mailbox in a
row whose identity number is a unified social credit code (``mailowner``)."""

from gongkai.privacy.tests.spans import at, found

ADDR = ("address",)
CARD = ("bank_card",)
MAIL = ("email",)

# --- a unit's row: the address column of a list of units ------------------------------


def test_unit_address_column_in_a_tab_table_is_no_home():
    text = (
        "某市重点单位名录\n"
        "序号\t单位名称\t统一社会信用代码\t单位地址\t负责人\t值班电话\n"
        "1\t某县光明养老院\t124305244890316045\t某县城关镇桂花巷12号\t韦振华\t0771-5551234\n"
        "2\t某县宏达机械有限公司\t915107239882900311\t某县城关镇柳树巷8号\t莫小燕\t0771-5554321\n"
    )
    assert found(text, ADDR) == []


def test_plain_address_column_read_by_the_rows_unit_name():
    # "地址" names no unit: the row's cell under 名称 does
    text = (
        "| 序号 | 机构名称 | 地址 | 电话 |\n"
        "|---|---|---|---|\n"
        "| 1 | 某县城关镇中心幼儿园 | 某县城关镇石榴巷3号 | 0771-5550001 |\n"
        "| 2 | 某县永安诊所 | 某县城关镇杏花巷21号 | 0771-5550002 |\n"
    )
    assert found(text, ADDR) == []


def test_a_persons_row_under_the_same_plain_column_keeps_the_home():
    # a lessees' list: the name column holds a person in one row and a company in the next
    text = (
        "序号,承租方名称,地址,联系电话\n"
        "1,韦振华,某县城关镇桂花巷12号,13812345678\n"
        "2,某县宏达机械有限公司,某县城关镇柳树巷8号,0771-5554321\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇桂花巷12号") in got
    assert at(text, "address", "某县城关镇柳树巷8号") not in got


def test_a_residence_column_beside_a_unit_name_stays_a_home():
    text = (
        "序号\t姓名\t工作单位名称\t家庭住址\n"
        "1\t韦振华\t某县宏达机械有限公司\t某县城关镇桂花巷12号\n"
    )
    assert at(text, "address", "某县城关镇桂花巷12号") in found(text, ADDR)


# --- a record's kind of place ---------------------------------------------------------


def test_xml_incident_at_a_factory_is_the_units_site():
    text = (
        "<记录集>\n"
        '  <记录 编号="A-1">\n'
        "    <场所类型>企业仓库</场所类型>\n"
        "    <事发地址>某县工业园区兴业巷25号</事发地址>\n"
        "    <报告人>韦振华</报告人>\n"
        "  </记录>\n"
        '  <记录 编号="A-2">\n'
        "    <场所类型>居民住宅</场所类型>\n"
        "    <事发地址>某县城关镇兴业巷7号</事发地址>\n"
        "    <报告人>莫小燕</报告人>\n"
        "  </记录>\n"
        "</记录集>\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县工业园区兴业巷25号") not in got
    assert at(text, "address", "某县城关镇兴业巷7号") in got


def test_key_value_records_between_rules_read_their_own_kind():
    text = (
        "事故登记\n"
        "----------------\n"
        "报告人：韦振华\n"
        "起火地址：某县城关镇桂花巷12号\n"
        "建筑类别：商铺\n"
        "----------------\n"
        "报告人：莫小燕\n"
        "起火地址：某县城关镇桂花巷30号\n"
        "建筑类别：自建民房\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇桂花巷12号") not in got
    assert at(text, "address", "某县城关镇桂花巷30号") in got


def test_an_incidents_place_field_without_a_kind_word():
    text = (
        "<警情>\n  <起火场所>物流公司仓库</起火场所>\n"
        "  <地址>青山县城关镇兴业巷25号</地址>\n</警情>\n"
        "<警情>\n  <起火场所>居民自建房</起火场所>\n"
        "  <地址>青山县城关镇兴业巷27号</地址>\n</警情>\n"
    )
    got = found(text, ADDR)
    assert at(text, "address", "青山县城关镇兴业巷25号") not in got
    assert at(text, "address", "青山县城关镇兴业巷27号") in got


def test_json_lines_read_each_objects_kind():
    text = (
        '{"编号": "1", "场所性质": "学校", "地址": "某县城关镇书院巷1号", "报警人": "韦振华"}\n'
        '{"编号": "2", "场所性质": "住宅", "地址": "某县城关镇书院巷9号", "报警人": "莫小燕"}\n'
    )
    got = found(text, ADDR)
    assert at(text, "address", "某县城关镇书院巷1号") not in got
    assert at(text, "address", "某县城关镇书院巷9号") in got


# --- a private house noted after a site's address -------------------------------------


def test_dwelling_note_makes_a_sites_street_address_a_home():
    text = (
        "点位,设置地点,产权人,电话\n"
        "1,某县城关镇文昌路224号（自建房屋顶）,韦振华,13812345678\n"
        "2,某县人民政府办公楼,某县机关事务中心,0771-5550001\n"
    )
    assert at(text, "address", "某县城关镇文昌路224号") in found(text, ADDR)


def test_dwelling_note_in_prose():
    text = "监测设备安装于青山县城关镇文昌路18号（私宅楼顶），由户主看管。"
    assert at(text, "address", "青山县城关镇文昌路18号") in found(text, ADDR)


def test_street_address_without_a_note_stays_an_office():
    text = "设置地点：某县城关镇文昌路224号（县档案馆楼顶）"
    assert found(text, ADDR) == []


# --- a place after 自 / 来自 -----------------------------------------------------------


def test_address_starts_after_the_preposition_zi():
    text = "当事人自青山县城关镇胡楼村西组17号收购生猪后运往外省。"
    assert at(text, "address", "青山县城关镇胡楼村西组17号") in found(text, ADDR)
    text = "该批货物来自青山县城关镇桂花巷12号的仓库。"
    got = found(text, ADDR)
    assert all(not text[s:e].startswith(("自", "来")) for _k, s, e in got)


def test_autonomous_prefecture_and_free_trade_zone_stay_whole():
    text = "户籍地址：某某土家族苗族自治州某市城关镇金山村5组12号"
    got = found(text, ADDR)
    assert at(text, "address", "某某土家族苗族自治州某市城关镇金山村5组12号") in got
    text = "居住地址：上海自由贸易试验区临港新片区海港大道88号3幢201室"
    got = found(text, ADDR)
    assert at(text, "address", "上海自由贸易试验区临港新片区海港大道88号3幢201室") in got


# --- serials built on a region code and a year; labels headed 编号 ---------------------


def test_region_year_serial_is_no_card():
    text = "记录编号：430524202049003690\n许可证号：430524108365\n"
    assert found(text, CARD) == []
    text = "办理号 430524202049003690 已归档。"
    assert found(text, CARD) == []


def test_region_year_serial_under_a_card_label_or_column_is_a_card():
    text = "银行卡号：430524202049003690"
    assert found(text, CARD) == [at(text, "bank_card", "430524202049003690")]
    text = "序号\t姓名\t社保卡号\n1\t韦振华\t430524202049003690\n"
    assert found(text, CARD) == [at(text, "bank_card", "430524202049003690")]


def test_serial_column_holds_no_card():
    text = "序号\t姓名\t档案号\n1\t韦振华\t430524202049003690\n"
    assert found(text, CARD) == []


def test_any_words_serial_label_is_no_card():
    for label in ("登记编号", "办理编码", "台账序号", "业务代码"):
        text = f"{label}：6228480402564890018"
        assert found(text, CARD) == [], label


def test_real_cards_stay_cards():
    for text in (
        "收款账号：6228480402564890018",
        "韦振华，卡号6228 4804 0256 4890 018",
        "姓名\t开户行\t银行卡号\n韦振华\t农业银行\t6228480402564890018\n",
        "Visa卡：4563518724133790",
        "存折编号：6228480402564890018",
    ):
        assert len(found(text, CARD)) == 1, text


# --- an organisation's mailbox in its row ----------------------------------------------


def test_mailbox_in_a_row_with_an_enterprises_credit_code_is_the_units():
    text = (
        "序号\t承租人\t法定代表人/经营者\t证件号码\t联系电话\t电子邮箱\n"
        "1\t某县恒达物业服务有限公司\t蒋立新\t915107239882900311\t0816-7236011\thengda_wy@163.com\n"
        "2\t韦振华\t—\t510723198211170472\t13735090231\tzhenhua@sina.cn\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "hengda_wy@163.com") not in got
    assert at(text, "email", "zhenhua@sina.cn") in got


def test_pipe_and_csv_rows_with_credit_codes():
    text = (
        "| 单位 | 负责人 | 统一社会信用代码 | 邮箱 |\n|---|---|---|---|\n"
        "| 某县宏达机械有限公司 | 蒋立新 | 915107239882900311 | hongda@126.com |\n"
    )
    assert found(text, MAIL) == []
    text = "企业,法人代表,信用代码,邮箱\n某县宏达机械有限公司,蒋立新,915107239882900311,hongda@126.com\n"
    assert found(text, MAIL) == []


def test_a_sentence_naming_a_company_by_its_credit_code_gives_it_the_box():
    text = (
        "承租人：某县恒达物业服务有限公司（统一社会信用代码915107239882900311），"
        "法定代表人蒋立新，邮箱hengda_wy@163.com。承租人韦振华，邮箱zhenhua@sina.cn。"
    )
    assert found(text, MAIL) == [at(text, "email", "zhenhua@sina.cn")]
    # a person's own label keeps the box the person's
    text = text.replace("，邮箱hengda", "，其个人邮箱hengda")
    assert at(text, "email", "hengda_wy@163.com") in found(text, MAIL)


def test_individual_business_keeps_the_keepers_box():
    # 92…: an individual business, whose box is its keeper's
    text = "序号\t经营者\t统一社会信用代码\t邮箱\n1\t韦振华\t92510723MA6ABCDE1X\tzhenhua@sina.cn\n"
    from gongkai.privacy import validators as v

    code = "92510723MA6ABCDE1"
    text = text.replace("92510723MA6ABCDE1X", code + v.uscc_check_char(code))
    assert len(found(text, MAIL)) == 1
