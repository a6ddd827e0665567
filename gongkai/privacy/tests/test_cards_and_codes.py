"""Numbers whose label says what they are not (issue 16): a card's number is no permit."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "text",
    [
        "遗失社会保障卡，卡号L04286155，声明作废。",
        "医保卡号：T20231188，已挂失。",
        "就诊卡 C31415926 作废",
        "其社保卡号为H87654321。",
    ],
)
def test_a_card_number_is_no_permit(text):
    assert found(text, {"permit", "passport"}) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("往来港澳通行证卡号L04286155，", "L04286155"),
        ("证件号码：H12345678；", "H12345678"),
        ("持台胞证T12345678入境", "T12345678"),
    ],
)
def test_a_permit_named_as_such_is_still_found(text, number):
    assert found(text, {"permit"}) == [at(text, "permit", number)]


@pytest.mark.parametrize(
    "text",
    [
        "拾得钱包一只，请失主持有效证件与派出所联系，电话0871-6634120。",
        "请带身份证原件到本报编辑部（东风路9号），电话0830-2261188。",
        "如有疑问请向镇社保所咨询，电话：0453-7712345。",
        "逾期未领的，请到县市场监管局办理。电话0412-5567890",
    ],
)
def test_a_landline_after_a_clause_sending_the_reader_to_a_unit_is_the_units(text):
    assert found(text, {"landline"}) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("申请人到镇民政所反映，其本人家庭电话0871-6634120。", "0871-6634120"),
        ("请与申请人刘春生联系，住址新华路3号，电话0830-2261188。", "0830-2261188"),
        ("户主王桂英，家住东街，电话0453-7712345。", "0453-7712345"),
    ],
)
def test_a_persons_landline_near_a_unit_stays_a_finding(text, number):
    assert found(text, {"landline"}) == [at(text, "landline", number)]


def test_a_weakly_cued_name_with_particulars_in_its_bracket_stands_again():
    text = (
        "一、苏和、高春生夫妇虚报问题。经查，牧民苏和（身份证号15042119790623534X，"
        "住白音镇白音嘎查3号）与丈夫高春生多报牲畜。其后，苏和与高春生退回资金。苏和嘎查有公告栏。"
    )
    got = found(text, {"name"})
    first = text.index("苏和")
    again = text.index("苏和", text.index("其后"))
    assert at(text, "name", "苏和", first) in got
    assert at(text, "name", "苏和", again) in got
    assert at(text, "name", "苏和", text.index("苏和嘎查")) not in got  # a place's word


def test_a_weakly_cued_two_character_name_without_particulars_stays_alone():
    text = "牧民乌兰说草场已退。乌兰、巴图夫妇名下无补贴。"
    assert at(text, "name", "乌兰", text.index("。") + 1) not in found(text, {"name"})


def test_a_weakly_cued_name_of_three_characters_stands_again():
    text = (
        "二、高春生冒领养老金问题。经查，居民高春生在其父去世后继续领取。"
        "2025年5月，高春生退还全部资金。高春生态园项目另案处理。"
    )
    got = found(text, {"name"})
    for piece_at in (2, text.index("居民") + 2, text.index("月，") + 2):
        assert ("name", piece_at, piece_at + 3) in got
    assert at(text, "name", "高春生", text.index("高春生态")) not in got  # a longer word


def test_a_phone_attribute_of_the_units_element_is_the_units():
    text = (
        '<gongshi jg="岷山县民政局" jgdm="11530102MB1234567X" pc="2025-B" gsqs="2026-01-12" '
        'gsjz="2026-01-18" jls="2" lxdh="0871-6634120">\n'
        '  <jl xh="1" xm="柳春燕" sfzh="530102198001011234"/>\n'
        "</gongshi>"
    )
    assert at(text, "landline", "0871-6634120") not in found(text, {"landline"})


def test_a_phone_attribute_of_a_persons_element_naming_a_workplace_stays_a_finding():
    text = '<ry xm="柳春燕" gzdw="城关镇卫生院" jtdh="0871-6645233"/>'
    assert found(text, {"landline"}) == [at(text, "landline", "0871-6645233")]


def test_a_phone_attribute_without_a_unit_stays_a_finding():
    text = '<head title="2025年补贴名单" lxdh="0830-2261188">\n</head>'
    assert found(text, {"landline"}) == [at(text, "landline", "0830-2261188")]


@pytest.mark.parametrize(
    "heading",
    [
        "四、免书费（建档立卡脱贫家庭、残疾学生，共6人，身份证号已按规定隐藏）：",
        "（二）减学费（特困供养学生，共 7 名）",
        "二、免杂费（脱贫家庭、低保家庭学生，共三人）",
    ],
)
def test_a_heading_whose_bracket_counts_persons_is_no_name(heading):
    assert found(f"\n{heading}\n", {"name"}) == []


def test_a_person_with_a_note_in_brackets_is_still_found():
    text = "\n二、邹玉芬（低保家庭学生，身份证号已隐藏）\n"
    assert found(text, {"name"}) == [at(text, "name", "邹玉芬")]


def test_a_column_headed_by_a_verdict_on_persons_holds_names():
    text = (
        "| 户号 | 户主 | 认定为集体经济组织成员 | 不予认定（原因） |\n"
        "|---|---|---|---|\n"
        "| 0301 | 杜长根 | 杜长根、杜小满、柯秀兰 | 无 |\n"
        "| 0302 | 韦明达 | 韦明达 | 韦思远（户口迁出，原因：考入高校后落户学校集体户） |\n"
    )
    got = found(text, {"name"})
    for name in ("杜小满", "柯秀兰", "韦思远"):
        assert at(text, "name", name) in got
    assert not [s for s in got if text[s[1] : s[2]] in ("原因", "无", "户口迁出")]


def test_a_verdict_column_on_things_holds_no_names():
    text = (
        "| 序号 | 项目 | 确认结果 | 不予确认事项 |\n"
        "|---|---|---|---|\n"
        "| 1 | 道路硬化 | 同意 | 无 |\n"
        "| 2 | 水渠维修 | 合格 | 验收资料 |\n"
    )
    assert found(text, {"name"}) == []
