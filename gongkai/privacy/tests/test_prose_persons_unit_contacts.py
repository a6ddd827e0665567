"""Persons named in prose and notices, units' contacts, a unit's account and placeholder
numbers — what the ninth held-out batch missed outside its tables (issue 16).

The fixtures are written for these tests with other names, cue words and phrasings than
the held-out documents (寻人, 拾得, 认领, 继承, 四至 …); each asserts the exact spans found
and the near misses left alone.
"""

import pytest

from .spans import at, found, luhn, rid


def names(text):
    return [text[s:e] for _k, s, e in found(text, {"name"})]


# --- persons by whom a thing was done, found or collected ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found by a named person somewhere, with a cue before and a bracket after
        (
            "2023年5月3日清晨，由过路村民龚世平在柳河镇渡口发现该男童并报警。",
            ["龚世平"],
        ),
        (
            "该犬于2022年10月由牧民包桂芝（住乌兰嘎查）在草场边拾得。",
            ["包桂芝"],
        ),
        # two persons in a list after 由, the second of three characters like the first
        ("当晚由许翠莲、许铁柱母子在自家院墙外发现一名女婴。", ["许翠莲", "许铁柱"]),
        # collected on someone's behalf, with a letter of authority
        ("补助资金已由卜海涛持委托书代为领取。", ["卜海涛"]),
        ("房屋钥匙由其外甥代领，租金由郁春生代收。", ["郁春生"]),
    ],
)
def test_persons_by_whom_a_thing_was_done(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "该项目由县交通运输局在年底前组织验收。",
        "孩子由市儿童福利院在院内抚养，费用由财政代缴。",
        "会议由副县长在县政府三楼主持。",
        "材料由其本人持身份证原件领取。",
    ],
)
def test_units_and_officials_after_by_are_no_persons(text):
    assert names(text) == []


# --- cue words for private persons ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("车辆登记所有人蒋文涛名下另有两台摩托车。", ["蒋文涛"]),
        ("原继承人符丽娟放弃继承，由其弟符海生继承。", ["符丽娟", "符海生"]),
        ("死亡人员：柴秋菊\n注销日期：2024年3月", ["柴秋菊"]),
        ("拾得人舒振宇将钱包交至派出所。", ["舒振宇"]),
        ("受表彰的学生鲍梓涵同学在比赛中获奖。", ["鲍梓涵"]),
        ("届时请家长臧丽华陪同。", ["臧丽华"]),
        ("递补人员贺一鸣、裴雨桐依次补录。", ["贺一鸣", "裴雨桐"]),
        ("鉴定时其侄喻扎倮到场确认。", ["喻扎倮"]),
        ("经查，其与配偶辛晓光共同持有商铺两间。", ["辛晓光"]),
        ("另聘退休教师伍春兰为监督员。", ["伍春兰"]),
    ],
)
def test_cue_words_for_private_persons(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "所有人员均应按时到场，所有人都要签字。",
        "学生资助政策已落实，家长会议定于周五召开。",
        "配偶隐瞒收入的，取消资格。",
        "反映人应署真实姓名和联系方式。",
        "申请人须本人到场办理。",
        "火灾发生在居民楼中，村民组长到场。",
        "其侄子女均已成年。",
    ],
)
def test_cue_words_before_no_person(text):
    assert names(text) == []


def test_a_person_with_particulars_after_a_colon_is_found_again():
    text = (
        "申请人黎凤英申请宣告麻德贵死亡一案，经查：麻德贵，男，1951年2月出生。"
        "下落不明人麻德贵应当自公告之日起一年内向本院申报。"
    )
    spans = found(text, {"name"})
    for k in range(3):
        assert at(text, "name", "麻德贵", text.index("麻德贵") + k) in spans


# --- rows' numbers, relatives in pairs, a plot's neighbours, quoted names ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("备注：第6号蓝凤仙已迁出本村；第9号为村集体所有。", ["蓝凤仙"]),
        ("注：第12号权利人提交的证件已核实。", []),
        ("他跳入河中救起落水的段家明父子。", ["段家明"]),
        ("王家父子关系一栏请如实填写。", []),
        ("四至：东至国道，南至鲍德林责任山，西至河沟，北至山脊。", ["鲍德林"]),
        ("四至：东至王家沟，西至集体林，北至石家坡。", []),
        ("孩子自称“豆豆”，说妈妈叫“秀兰”。", ["豆豆", "秀兰"]),
        ("他被大家称为“老大难”，自称“有办法的人”。", []),
        ("女孩只会说“我叫囡囡”和“爸爸叫建军”。", ["囡囡", "建军"]),
        ("他反问“你叫什么”。", []),
        ("车主矣国荣驾驶该车辆。", ["矣国荣"]),
    ],
)
def test_numbers_pairs_neighbours_and_quotes(text, expected):
    assert names(text) == expected


def test_addressees_of_a_notice_one_of_which_the_rules_doubt():
    text = "龙映梅、聂远帆、单小蕙：\n　　本院受理原告某某银行诉你们借款纠纷一案。"
    assert names(text) == ["龙映梅", "聂远帆", "单小蕙"]


def test_the_second_of_two_persons_each_with_an_id():
    a, b = rid("44070319880312562"), rid("44070319860921271")
    text = f"三、骆晓彤（公民身份号码{a}）与甘志豪（公民身份号码{b}）共同共有。"
    assert found(text, {"name"}) == [
        at(text, "name", "骆晓彤"),
        at(text, "name", "甘志豪"),
    ]


# --- where an address starts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("当日由村民樊立业在永宁县清水镇上河村后街9号门口发现。", "永宁县清水镇上河村后街9号"),
        (
            "2021年4月由兴安市城南区和平街道幸福路18号3号楼1单元402室迁出。",
            "兴安市城南区和平街道幸福路18号3号楼1单元402室",
        ),
        (
            "安置房为一套（86.2平方米）及河东区城关街道安居小区7号楼1单元301室。",
            "河东区城关街道安居小区7号楼1单元301室",
        ),
        ("第3例河西区友谊路街道文华里6号楼2门501。", "河西区友谊路街道文华里6号楼2门501"),
        ("家住乐平县抱由镇富民路12号。", "乐平县抱由镇富民路12号"),
        ("家住自由路15号幸福小区3栋201室。", "自由路15号幸福小区3栋201室"),
    ],
)
def test_an_address_starts_after_the_words_of_its_sentence(text, expected):
    got = [text[s:e] for _k, s, e in found(text, {"address"})]
    assert got == [expected]


def test_a_units_address_in_brackets_after_its_name_is_no_finding():
    text = "请到城西区医疗保障服务中心（城西区长江路88号2号楼三楼）办理。"
    assert found(text, {"address"}) == []


# --- units' staff and phones ------------------------------------------------------------


def test_staff_listed_after_their_role_are_no_persons():
    text = (
        "承办人：司马文静、龚建　联系电话：0731-84512270\n"
        "送达人：沈一帆、童立国\n"
        "联系人：乔美玲、邬刚　电话：0551-62718890转6021\n"
        "鉴定人员：任宏（注册号43001122）、伏小燕\n"
    )
    assert found(text, {"name", "landline", "mobile"}) == []


def test_a_contact_with_a_mobile_and_parties_in_a_list_stay_found():
    text = "联系人：乔美玲、邬刚　电话：13907311234\n申请人：毛文君、祁东海\n"
    assert found(text, {"name", "mobile"}) == [
        at(text, "name", "乔美玲"),
        at(text, "name", "邬刚"),
        at(text, "mobile", "13907311234"),
        at(text, "name", "毛文君"),
        at(text, "name", "祁东海"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a line that says where the public goes, then the phone
        "　　领取地点：城关镇人民路26号\n　　咨询电话：0871-65123344",
        # the unit's contact named with their office beside the phone
        "　　联系电话：0871-65123344　联系人：辛悦（局办公室）",
        # a bracket with the unit's address and phone after the unit the reader is sent to
        "请当事人于10日内到我局综合执法大队领取决定书（地址：城关镇北街5号，电话：0871-65123344）。",
        # a company's contract block: its representative and phone
        "供应商：滇南宏达家具有限公司\n统一社会信用代码：91530102MA6K7X2P3L\n"
        "法定代表人：买买提·艾力\n联系方式：0871-65123344",
    ],
)
def test_units_contact_lines(text):
    assert found(text, {"name", "landline"}) == []


@pytest.mark.parametrize(
    "text",
    [
        "住址：城关镇人民路26号\n联系电话：0871-65123344",
        "请当事人到其家属处（住址：城关镇北街5号，电话：0871-65123344）领取。",
    ],
)
def test_a_persons_landline_stays_found(text):
    assert at(text, "landline", "0871-65123344") in found(text, {"landline"})


# --- a unit's account, placeholders -----------------------------------------------------


def test_a_units_own_account_is_no_card_but_a_persons_is():
    card = luhn("621700123456789012")
    text = f"开户银行：某银行城关支行\n对公账号：{card}\n收款人账号：{card}\n"
    assert found(text, {"bank_card"}) == [at(text, "bank_card", card, text.index("收款人"))]


def test_a_test_row_and_a_placeholder_mobile_are_no_findings():
    text = "姓名：测试　手机：13900000000\n姓名：邱月华　手机：13907315566\n"
    assert found(text, {"name", "mobile"}) == [
        at(text, "name", "邱月华"),
        at(text, "mobile", "13907315566"),
    ]


def test_a_person_opening_a_line_with_a_plain_given_name():
    text = "经复核：\n　　祁栓牛，申报单位城关镇建材厂，档案中出生日期与身份证不一致。\n"
    assert found(text, {"name"}) == [at(text, "name", "祁栓牛")]


def test_a_line_opening_with_a_word_is_no_person():
    text = "经复核：\n王府井街道，申报单位城关镇建材厂，档案中出生日期有误。\n"
    assert found(text, {"name"}) == []


def test_staff_named_again_elsewhere_act_in_office_there_too():
    text = (
        "本期访谈嘉宾：县长柏振邦（“乡村振兴”专题）。\n"
        "单位负责人：柏振邦　　审核人：戚文远　　填报人：晏小雯\n"
        "送达人：戚文远、卢一鸣\n"
        "申请人：邬晓兰，送达时邬晓兰本人签收。\n"
    )
    assert names(text) == ["邬晓兰", "邬晓兰"]
