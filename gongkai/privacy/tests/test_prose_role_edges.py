"""Names in prose after a word for a person (privfix16rc): a crew's post before an item's
name, a role word of its own qualifier before a dotted name, a word for a person whose
last sign is a surname, a home line in brackets, the two sides of a case a bureau rules
on; a place after a verb of residence stays no name."""

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


def test_a_crew_post_opens_an_item_of_a_numbered_list():
    text = (
        "渡船上共有三人：\n"
        "1. 舵手韩立春，男，1980年生，住河口镇3组；\n"
        "2. 轮机长程学军，男，1975年生；\n"
        "（3）乘客马秀兰，女，1962年生。\n"
    )
    got = _names(text)
    assert at(text, "name", "韩立春") in got
    assert at(text, "name", "程学军") in got
    assert ("name", text.index("舵手"), text.index("舵手") + 5) not in got
    assert ("name", text.index("轮机长"), text.index("轮机长") + 6) not in got


def test_a_role_with_its_own_qualifier_before_a_dotted_name():
    text = "三、善后\n遇难者家属热依拉·托合提（死者之女，电话13915027764）已领取抚恤金。"
    assert at(text, "name", "热依拉·托合提") in _names(text)
    table = "序号\t身份\t电话\n1\t伤者亲属阿布都·热西提\t13622018845\n"
    got = _names(table)
    assert ("name", table.index("伤者"), table.index("伤者") + 10) not in got


def test_a_word_for_a_person_ends_on_a_surname_sign():
    # 居 of 邻居 is a surname too; the name in brackets' front is the two after it
    text = "经查，漏水系楼上管道破裂所致。邻居仉丽（住东湖区柳林街道9号2单元301室）到场见证。"
    got = _names(text)
    assert at(text, "name", "仉丽") in got
    assert ("name", text.index("居仉丽"), text.index("居仉丽") + 3) not in got


def test_a_home_line_in_brackets_names_the_person_before_it():
    text = "目击者为附近工地的看护员上官建（家庭电话（0731）85516620），其当即报警。"
    assert at(text, "name", "上官建") in _names(text)
    bar = "| 证人 | 情况 |\n| --- | --- |\n| 钳工欧阳晓峰（家庭电话0755-26613381） | 到场 |\n"
    assert at(bar, "name", "欧阳晓峰") in _names(bar)


def test_a_place_after_a_verb_of_residence_is_no_name():
    text = "你的二哥现居齐齐哈尔（住宅电话0452-2417766），已电话核实。"
    assert _names(text) == []
    text2 = "申请人之父定居海南（家庭电话0898-66123456），未到场。"
    assert _names(text2) == []


def test_the_sides_of_a_case_a_bureau_rules_on():
    text = (
        "本局受理的请求人褚文涛与被请求人倪晓红外观设计专利侵权纠纷一案，现已审理终结。"
        "请求人褚文涛已委托律师代为领取。"
    )
    assert _names(text) == names(text, "褚文涛", "倪晓红", "褚文涛")
    complaint = "关于投诉人柏志刚反映被投诉人鲍丽娟占用楼道的答复\n经核实，情况属实。"
    assert _names(complaint) == names(complaint, "柏志刚", "鲍丽娟")


def test_the_parties_words_without_a_name_stay_clean():
    text = "申请人应当在收到通知之日起十五日内补正材料；被申请人逾期不答辩的，不影响审理。"
    assert _names(text) == []
    office = "承办人：周建平（执法证号43010012）\n投诉人对处理结果不满意的，可申请复查。"
    assert at(office, "name", "周建平") not in _names(office)


def test_a_name_named_again_after_its_cue_in_the_same_document():
    text = (
        "经查，该船所有人邱立平（身份证号码320681197802153312）于5月2日非法捕捞。\n"
        "二、处理情况\n我局已对邱立平作出罚款人民币五千元的处罚。"
    )
    assert _names(text) == names(text, "邱立平", "邱立平")
    two = "投诉人：柯伟（电话13511112222）\n经核实，已对柯伟作出书面答复；柯伟表示认可。"
    assert _names(two) == names(two, "柯伟", "柯伟", "柯伟")


def test_a_compound_surname_name_is_found_again_whatever_follows():
    text = "村民司马云峰擅自在河道内堆放砂石。经调查，已对司马云峰立案查处，并责令限期清除。"
    assert _names(text) == names(text, "司马云峰", "司马云峰")


def test_a_mention_after_a_quote_or_opening_a_line_is_no_later_name():
    text = "当事人顾严（男，身份证号码330106199001014418）开设网店“顾严精选”销售假冒商品。"
    assert _names(text) == names(text, "顾严")


def test_an_elder_named_before_the_word_for_an_elder():
    text = (
        "其中，潘秀兰老人（已于去年病逝）生前将珍藏的族谱捐赠给县档案馆，"
        "其家属联系电话13907310011。"
    )
    assert at(text, "name", "潘秀兰") in _names(text)
    plain = "社区为空巢老人、孤寡老人（共36人）建立了结对帮扶台账。"
    assert _names(plain) == []


def test_a_rare_surname_of_the_later_lists():
    text = "妫建华先生：\n    您反映的问题已收悉。"
    assert _names(text) == names(text, "妫建华")


def test_a_firm_named_after_a_person_under_a_label_is_no_later_mention():
    text = "当事人：房岩（电话13812345678）\n委托代理人：房岩律师事务所\n（房岩律师事务所盖章）"
    assert _names(text) == names(text, "房岩")
