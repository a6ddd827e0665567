"""Persons in run-on lists with an amount each, before an ID or mobile bracket in prose,
after a proxy's word; private mailboxes in numbered 姓名： records (issue 16, batch 26
classes; README "Persons in run-on lists"). Fixtures are written for these tests."""

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


# --- run-on lists with an amount per person ------------------------------------------


def test_bracketed_amounts_after_a_heading_colon():
    text = (
        "二、第三施工队（负责人在册）：韦德福（8650元）、欧阳子琪（12,300元）、"
        "单立新（950.50元）、古丽娜·艾则孜（4100元）。"
    )
    assert _names(text) == names(text, "韦德福", "欧阳子琪", "单立新", "古丽娜·艾则孜")


def test_amounts_written_without_brackets_and_with_colons():
    comma = "本月退还押金：贺春明1500元，聂晓燕2000元，庞建军800元等3人。"
    assert _names(comma) == names(comma, "贺春明", "聂晓燕", "庞建军")
    semi = "补发工资明细\n谭志勇：3200元；覃秀兰：2800.00元；莫建华：1.2万元\n"
    assert _names(semi) == names(semi, "谭志勇", "覃秀兰", "莫建华")


def test_the_sentence_words_before_the_first_item_are_left_out():
    text = "经核实，其中黎国庆（补发6200元）、蒙秀芝（补发3100元）已到账。"
    assert _names(text) == names(text, "黎国庆", "蒙秀芝")


def test_a_word_like_name_counts_among_sure_names():
    text = "杂工：柳青（1700元）、董建平（2400元）、严春兰（900元）。"
    assert _names(text) == names(text, "柳青", "董建平", "严春兰")


def test_places_units_and_items_with_amounts_are_no_persons():
    for text in (
        "各乡镇补助资金：枫林镇（20万元）、石门乡（12万元）、黄岩（3万元）。",
        "下达资金：县第一中学（3万元）、县人民医院（2万元）。",
        "共拖欠43名农民工工资58.62万元，已支付12万元、剩余46.62万元。",
        "奖励标准：一等奖（5000元）、二等奖（3000元）、三等奖（1000元）。",
        "费用构成：材料费1200元、人工费800元、运输费300元。",
    ):
        assert _names(text) == [], text


def test_a_single_priced_person_is_no_run():
    text = "经研究，同意支付工程尾款（35000元）。"
    assert _names(text) == []


# --- a name before a bracket with the person's ID or mobile -----------------------------


def test_name_before_an_id_or_mobile_bracket_in_prose():
    text = (
        "瓦工班组由蒙德胜（身份证号452123198003154417）带班，"
        "油漆班组由侯丽萍（手机 139 7712 4456）带班。"
    )
    got = _names(text)
    assert at(text, "name", "蒙德胜") in got
    assert at(text, "name", "侯丽萍") in got


def test_a_unit_before_a_phone_bracket_is_none():
    text = "由县劳动保障监察大队（电话13907450333）负责受理，联系科室（电话13807456677）。"
    assert _names(text) == []


# --- proxies, heirs and relatives named by a word ------------------------------------


def test_proxy_and_heir_with_their_relation():
    text = (
        "1．代领人韦小燕（孙女），联系电话7721456。\n"
        "2．继承人：潘国栋（长子，电话13977124456）。\n"
        "3．代办人 覃丽华（配偶）。"
    )
    assert _names(text) == names(text, "韦小燕", "潘国栋", "覃丽华")


def test_a_proxy_office_is_no_person():
    text = "代办人：县社保服务中心（窗口），代理人：某律师事务所（电话0771-2456789）。"
    assert _names(text) == []


def test_spouse_classmate_and_workers_in_letters():
    text = (
        "您代您的爱人蒋雨彧提交的申请收悉。我和同学覃文霁合伙开店。"
        "该店未与劳动者韦春明签订书面劳动合同。"
    )
    assert _names(text) == names(text, "蒋雨彧", "覃文霁", "韦春明")


def test_word_cues_without_a_name():
    text = "同学们要维护劳动者合法权益，爱人之间互相扶持。"
    assert _names(text) == []


# --- a person's mailbox in a numbered record that names an employer --------------------


def test_mailbox_in_a_numbered_name_record_beside_a_company():
    text = (
        "（1）姓名：梁嘉欣\n"
        "　　就业单位：广西某某智能装备有限公司\n"
        "　　联系电话：0771 2375477　电子邮箱：liangjx_88@foxmail.com\n"
        "\n"
        "2．姓名：韦德明\n"
        "　　工作单位：南宁市某某物流有限公司\n"
        "　　手机：13977124456　邮箱：weidm1990@126.com\n"
    )
    got = found(text, ["email", "landline"])
    assert at(text, "email", "liangjx_88@foxmail.com") in got
    assert at(text, "email", "weidm1990@126.com") in got
    assert at(text, "landline", "0771 2375477") in got


def test_a_companys_own_contact_lines_stay_unmarked():
    text = (
        "单位名称：南宁市某某物流有限公司\n联系电话：0771-2375477\n电子邮箱：hr@nnwl-example.com\n"
    )
    assert found(text, ["email", "landline"]) == []


# --- a person's home in the office's own sentence ------------------------------------


def test_home_address_after_the_office_and_a_word_for_the_person():
    text = (
        "我局按您留存的通讯地址南宁市青秀区民族大道88号邮寄材料未能送达。"
        "本所已向其住址柳州市城中区文昌路12号寄送。"
        "我家里地址是桂林市七星区漓江路151号。"
    )
    got = found(text, ["address"])
    assert at(text, "address", "南宁市青秀区民族大道88号") in got
    assert at(text, "address", "柳州市城中区文昌路12号") in got
    assert at(text, "address", "桂林市七星区漓江路151号") in got


def test_the_offices_own_mailing_address_is_none():
    text = "本局通讯地址：南宁市青秀区民族大道88号。市人社局联系地址：南宁市园湖路1号。"
    assert found(text, ["address"]) == []


def test_a_workers_name_after_the_first_one_found():
    text = "该店未与劳动者蒙玥琪、韦玥欣签订书面劳动合同。"
    assert _names(text) == names(text, "蒙玥琪", "韦玥欣")


def test_acres_spaces_and_notes_inside_the_brackets():
    acres = "调整面积：韦德福（1.5亩）、蒙春兰（2亩）、覃建国（0.8亩）。"
    assert _names(acres) == names(acres, "韦德福", "蒙春兰", "覃建国")
    spaced = "领取人员：黄德福 1200元  蒙秀兰 800元  覃志国 950元\n"
    assert _names(spaced) == names(spaced, "黄德福", "蒙秀兰", "覃志国")
    noted = "已发放：韦春福（1200元，已到账）、蒙丽兰（800元，已到账）。"
    assert _names(noted) == names(noted, "韦春福", "蒙丽兰")


def test_ids_in_brackets_with_a_count_tail():
    text = "韦德福（身份证号452123198003154417）、蒙春兰（身份证号452123198003154417）等2人。"
    assert _names(text) == names(text, "韦德福", "蒙春兰")


def test_two_character_words_with_amounts_are_places_or_goods():
    for text in (
        "分别为：白云（3万元）、黄山（2万元）、龙泉（1万元）。",
        "拨付各村：金星（5万元）、红旗（3万元）、向阳（2万元）。",
        "黄金（1200元）、白银（800元）。",
        "面积：枫林村（1.5亩）、石门村（2亩）。",
    ):
        assert _names(text) == [], text


def test_amounts_per_month_and_labelled_amounts_in_brackets():
    monthly = "护理补贴对象：韦德福（300元/月）、蒙春兰（300元/月）、覃建国（500元/月）。"
    assert _names(monthly) == names(monthly, "韦德福", "蒙春兰", "覃建国")
    labelled = "黄志明（补贴金额：1200元）、梁秀英（补贴金额：800元）已公示。"
    assert _names(labelled) == names(labelled, "黄志明", "梁秀英")
    rates = "收费标准：床位费（300元/月）、护理费（500元/月）、伙食费（600元/月）。"
    assert _names(rates) == []


def test_mailbox_in_an_aligned_row_with_a_passport_and_an_employer_company():
    text = (
        " 序号  姓名      证件类型  证件号码      拟引进单位                联系邮箱\n"
        " 1     韦嘉明    护照      E78934117     广西某某微电子有限公司    weijm.2019@163.com\n"
        " 2     蒙雪怡    护照      EB5024403     南宁某某生物医药有限公司  mengxy11@hotmail.com\n"
    )
    got = found(text, ["email"])
    assert got == [
        at(text, "email", "weijm.2019@163.com"),
        at(text, "email", "mengxy11@hotmail.com"),
    ]


def test_a_companys_row_without_a_person_keeps_its_mailbox_unmarked():
    text = (
        " 序号  单位名称                  统一社会信用代码      联系邮箱\n"
        " 1     广西某某微电子有限公司    91450100MA5KXXXX1Y    hr@gxwdz-example.com\n"
        " 2     南宁某某生物医药有限公司  91450100MA5KYYYY2Z    office@nnsw-example.com\n"
    )
    assert found(text, ["email"]) == []


def test_a_foreign_employees_row_beside_the_employer_keeps_the_contacts():
    text = (
        "序号\t用人单位\t姓名\t证件类型\t证件号码\t联系电话\t电子邮箱\n"
        "1\t南宁某某鞋业有限公司\t皮埃尔·杜布瓦\t外国人永久居留身份证\tFRA450100190415\t"
        "0771-86629013\tp.dubois@orange.fr\n"
        "2\t南宁某某电子有限公司\t阮氏·秋香\t外国人永久居留身份证\tVNM450100180627\t"
        "0771-86620001\tthuhuong.nguyen@gmail.com\n"
    )
    got = found(text, ["email", "landline"])
    assert at(text, "email", "p.dubois@orange.fr") in got
    assert at(text, "landline", "0771-86629013") in got
    assert at(text, "email", "thuhuong.nguyen@gmail.com") in got


def test_a_units_row_with_its_contact_stays_the_units():
    text = (
        "序号\t单位名称\t地址\t联系电话\n"
        "1\t南宁某某鞋业有限公司\t南宁市某某路1号\t0771-86629013\n"
        "2\t南宁某某电子有限公司\t南宁市某某路2号\t0771-86620001\n"
    )
    assert found(text, ["landline"]) == []
