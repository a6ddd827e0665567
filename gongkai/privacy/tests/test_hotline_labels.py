"""Hotline work orders' labels (来电人, 诉求人, 求助人) and four-character label values."""

from .spans import at, found, names


def person_names(text):
    return found(text, ["name"])


def test_hotline_labels_with_values():
    cases = [
        ("来电人：莫鑫　　来电号码：13320914413", "莫鑫"),
        ("诉求人：上官文琪　　联系方式：sgwq_0412@qq.com；13841963323", "上官文琪"),
        ("【求助人】韦桂芬\n【求助事项】房屋漏雨", "韦桂芬"),
        ("诉求人:邓德明；诉求内容：路灯不亮", "邓德明"),
    ]
    for text, name in cases:
        assert at(text, "name", name) in person_names(text), text


def test_four_character_value_taken_whole():
    for text, name in (
        ("【诉求人】乌云高娃\n", "乌云高娃"),
        ("来信人：巴雅尔图\n", "巴雅尔图"),
    ):
        assert person_names(text) == [at(text, "name", name)], text
    text = "来信人：王小明等\n"  # 等 after a name: the three characters only
    assert person_names(text) == [at(text, "name", "王小明")]


def test_hotline_near_misses():
    for text in (
        "来电人反映在米粉店购买的牛肉粉疑似变质",
        "诉求人：本人",
        "求助人：某某村民委员会",
        "来电人应如实提供联系方式",
    ):
        assert person_names(text) == [], text


def test_head_of_a_service_window_acts_in_office():
    for text in (
        "窗口负责人李红表示将继续提升服务水平。",
        "综合窗口负责人：张伟，电话0736-5330178",
    ):
        assert person_names(text) == [], text
    text = "个体户负责人李红（身份证430726199012211407）"
    assert at(text, "name", "李红") in person_names(text)


def test_later_mentions_before_a_verb():
    text = "来电人称其邻居东方轩峰在自家院内屠宰，已对东方轩峰进行宣传教育。"
    assert person_names(text) == names(text, "东方轩峰", "东方轩峰")
    text = "申请人：王小明\n经核实，王小明表示同意，王小明本人签字。"
    assert person_names(text) == names(text, "王小明", "王小明", "王小明")
    text = "申请人：王小明\n王小明进士第旧址另案处理。"  # no verb after: not a mention read
    assert person_names(text) == names(text, "王小明")
