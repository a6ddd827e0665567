"""Issue 16, the forms the tenth held-out batch missed in a village's accounts, in
phrasings of their own: card numbers printed as the issuer's six digits and the rest,
a name standing before its card number, and names listed with spaces after a colon
(``spacedlists``). Each rule with its near misses.
"""

from __future__ import annotations

from .spans import at, found, luhn, names

NAMES = ("name",)
CARDS = ("bank_card",)


def test_a_card_printed_as_its_issuers_six_digits_and_the_rest():
    one = luhn("621700" + "123456789012")
    two = luhn("622848" + "00112233445")
    text = f"补贴已打卡：{one[:6]} {one[6:]}；{two[:6]}-{two[6:]}。"
    assert found(text, CARDS) == [
        at(text, "bank_card", f"{one[:6]} {one[6:]}"),
        at(text, "bank_card", f"{two[:6]}-{two[6:]}"),
    ]


def test_six_and_more_digits_that_fail_the_check_or_the_issuer_are_no_card():
    good = luhn("621700" + "123456789012")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    other = luhn("123456" + "123456789012")  # no issuer opens with 1
    text = f"编号{bad[:6]} {bad[6:]}，批次{other[:6]} {other[6:]}。"
    assert found(text, CARDS) == []


def test_a_name_standing_before_its_card_number_even_with_rarer_given_characters():
    one = luhn("623059" + "112233445566")
    two = luhn("621799" + "998877665544")
    three = luhn("622202" + "135791357913")
    text = f"以上工资已转入本人社保卡：潘有福 {one[:6]} {one[6:]}；钟老三 {two}；谭桂兰 {three}。"
    assert found(text, NAMES) == names(text, "潘有福", "钟老三", "谭桂兰")


def test_words_before_a_card_number_that_are_no_name_are_left_alone():
    one = luhn("621700" + "123456789012")
    text = f"村集体账户 {one}，开户行 {one}。"
    assert found(text, NAMES) == []


def test_names_separated_by_spaces_after_a_colon_closed_by_their_count():
    text = "5.春节慰问困难群众（每户500元）：潘大牛 钟妹 温小燕  卢二，共4户2,000元。"
    assert found(text, NAMES) == names(text, "潘大牛", "钟妹", "温小燕", "卢二")


def test_names_separated_by_spaces_after_a_payee_word_without_a_count():
    text = "领款人：庞大海　温秀英　钟秋生\n"
    assert found(text, NAMES) == names(text, "庞大海", "温秀英", "钟秋生")


def test_spaced_words_whose_count_differs_or_that_are_places_are_left_alone():
    wrong_count = "慰问：潘大牛 钟妹 温小燕，共5户。"
    places = "涉及乡镇：城关镇 石龙镇 新圩乡，共3个乡镇。"
    units = "发放对象：县医院 县中学 县林场\n"
    no_cue = "主要作物：水稻 玉米 花生\n"
    assert found(wrong_count, NAMES) == []
    assert found(places, NAMES) == []
    assert found(units, NAMES) == []
    assert found(no_cue, NAMES) == []


def test_a_place_a_unit_or_a_label_before_a_number_is_no_name():
    card = luhn("621700" + "123456789012")
    text = f"（女，石桥镇，320682193011029825）；银行卡 {card}；来电人 13962721059。"
    assert found(text, NAMES) == []


def test_names_by_group_labels_separated_by_semicolons_and_commas():
    text = (
        "初一年级：2班穆子涵、郑浩宇；5班尤思琪；7班华明轩（孤儿）、汤雨欣。\n"
        "小组长补贴：一组邹德顺、二组柯丽华、三组尹建军，每人400元。\n"
    )
    assert found(text, NAMES) == [
        at(text, "name", name)
        for name in ("穆子涵", "郑浩宇", "尤思琪", "华明轩", "汤雨欣", "邹德顺", "柯丽华", "尹建军")
    ]


def test_group_labels_before_places_or_rooms_are_left_alone():
    places = "施工路段：1组水泥路、2组机耕道；3组灌溉渠。\n"
    single = "卫生区域：3班教学楼、操场；5班食堂。\n"
    assert found(places, NAMES) == []
    assert found(single, NAMES) == []


def test_names_with_the_same_kind_of_note_separated_by_spaces():
    text = "高二年级：严子墨（2班） 贝佳怡（4班） 左明杰（4班） 言书瑶（9班）\n"
    assert found(text, NAMES) == [
        at(text, "name", name) for name in ("严子墨", "贝佳怡", "左明杰", "言书瑶")
    ]


def test_spaced_words_with_notes_that_are_no_names_are_left_alone():
    text = "受理窗口：社保（1号） 医保（2号） 民政（3号）\n"
    assert found(text, NAMES) == []


def test_persons_that_open_the_items_of_lost_document_notices():
    text = (
        "遗失声明汇编\n"
        "　　■卢志坚遗失居民身份证，声明作废。\n"
        "　　■本人上官婉清不慎遗失房产证一本，特此声明。\n"
        "　　2.严国庆（身份证号：略）丢失驾驶证，声明作废。\n"
        "　　■县红星五金厂遗失营业执照正本，声明作废。\n"
        "　　■营业执照遗失后补办须知。\n"
    )
    assert found(text, NAMES) == names(text, "卢志坚", "上官婉清", "严国庆")


def test_names_in_brackets_after_their_count():
    text = "户主：阎春生，家庭人口：3人（阎春生、钮秀英、阎小川）；帮扶责任人2名（县林业局）。"
    assert found(text, NAMES) == [
        at(text, "name", "阎春生"),
        at(text, "name", "阎春生", 10),
        at(text, "name", "钮秀英"),
        at(text, "name", "阎小川"),
    ]


def test_bracketed_words_whose_count_differs_or_that_are_units_are_left_alone():
    wrong = "参加人员：4人（汪德明、祁春花、汪小东）。"
    units = "牵头单位3个（县民政局、县财政局、县医保局）。"
    assert found(wrong, NAMES) == []
    assert found(units, NAMES) == []


def test_a_card_printed_in_three_groups_after_its_issuers_six_digits():
    card = luhn("621483" + "55012" + "3456789")
    text = f"持其社会保障卡（{card[:6]} {card[6:12]} {card[12:]}）领取待遇。"
    assert found(text, CARDS) == [at(text, "bank_card", f"{card[:6]} {card[6:12]} {card[12:]}")]
    short = "批次 621483 5501 2345 号"  # 14 digits: no card
    assert found(short, CARDS) == []


def test_names_by_place_groups_separated_by_semicolons():
    text = (
        "新增高龄老人（按乡镇排列）：东城街道聂桂香、符长寿；南岗镇车玉兰；北坪乡闵德胜、岑秀梅。"
    )
    assert found(text, NAMES) == [
        at(text, "name", name) for name in ("聂桂香", "符长寿", "车玉兰", "闵德胜", "岑秀梅")
    ]


def test_place_groups_of_villages_or_roads_are_left_alone():
    text = "涉及范围：东城街道和平村、新华村；南岗镇石桥路；北坪乡林场、茶场。"
    assert found(text, NAMES) == []


def test_a_name_in_markdown_emphasis_before_its_particulars():
    text = "- **岑国梁**（男，1971年3月生），伤残等级八级\n- 王**（女，1980年生），已核实\n"
    assert found(text, NAMES) == [at(text, "name", "岑国梁")]


def test_relatives_named_after_their_kinship_to_the_person():
    text = (
        "严桂英（女，1925年生），赡养人：子卓文斌，电话略；"
        "莫德福（男），赡养人：孙邝伟，电话略；"
        "骆秀兰（女），赡养人：女甘美玲、女婿伍永安。"
        "原告请求判令婚生子祝浩然由原告抚养。"
    )
    got = found(text, NAMES)
    for name in ("卓文斌", "邝伟", "甘美玲", "伍永安", "祝浩然"):
        assert at(text, "name", name) in got, name
    assert at(text, "name", "孙邝伟") not in got


def test_a_surname_that_is_also_a_kinship_word_opens_a_name_of_its_own():
    text = "监护人：孙明华，电话略。"
    assert found(text, NAMES) == [at(text, "name", "孙明华")]


def test_a_collectives_account_is_no_persons_card():
    card = luhn("621459" + "716406720263")
    text = f"存款利息（村集体账户{card}）。补贴转入农户账户{card}。"
    assert found(text, CARDS) == [at(text, "bank_card", card, text.index("农户"))]
