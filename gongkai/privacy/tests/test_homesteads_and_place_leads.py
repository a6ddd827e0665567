"""A trader's premises in a village house are the business's; lead words are not a place.

Issue 16 (docs28/29 classes): "经营场所X镇Y村7组12号" (a business's label, no sign) and
"生产地址：…村3组8号" are the business's premises since the convention settled after
docs52 (a flat "…3单元302室" stays a home); "本人系…", "户口由…迁往",
"…57号与…101室" keep only the place in the span.
"""

from .spans import at, found


def _addresses(text):
    return found(text, ["address"])


def test_business_label_without_sign_covers_a_village_house_too():
    # settled after docs52: a sole trader's premises are the business's, a village
    # group's house number included (test_business_premises_convention has more)
    text = "2、清溪县青石兴旺小卖部，经营者王大春，经营场所青石镇柳树湾村4组15号。\n"
    assert _addresses(text) == []


def test_village_house_after_business_labels_in_records_and_columns():
    kv = "经营者：刘桂兰\n经营场所：白沙乡新塘村六组21号\n身份证号：430726198103120021\n"
    assert _addresses(kv) == []
    workshop = "作坊名称：青石豆腐坊\n负责人：陈立新\n生产地址：青石镇柳树湾村12组3号\n"
    assert _addresses(workshop) == []
    table = (
        "序号\t字号名称\t经营者\t经营地址\n"
        "1\t青石兴旺小卖部\t王大春\t青石镇柳树湾村4组15号\n"
        "2\t白沙福来饭店\t李秀英\t白沙乡人民路18号\n"
        "3\t白沙阿英美甲店\t李秀英\t白沙乡人民路9号2栋1单元302室\n"
    )
    # premises are the business's; a flat in a block of homes stays a home
    assert _addresses(table) == [at(table, "address", "白沙乡人民路9号2栋1单元302室")]


def test_business_places_that_are_shops_stay_unmarked():
    for text in (
        "经营者：刘桂兰，经营场所：青石镇建设路18号。\n",
        "经营者：刘桂兰，经营场所：青石镇柳树湾村2组8号门面。\n",
        "经营者：刘桂兰，经营地址：白沙村3组门面。\n",
        "店铺位于青石镇柳树湾村2组8号商铺，营业时间8:00—20:00。\n",
    ):
        assert _addresses(text) == [], text


def test_lead_words_before_a_place_stay_out_of_it():
    cases = (
        ("来电人反映：本人系白沙乡新塘村6组21号村民，补贴未到账。\n", "白沙乡新塘村6组21号"),
        ("申请人张小东系青石镇柳树湾村4组15号居民。\n", "青石镇柳树湾村4组15号"),
        ("现申请将户口由青石镇柳树湾村4组15号迁往长沙市。\n", "青石镇柳树湾村4组15号"),
        ("其户籍由白沙乡新塘村6组21号迁入本县。\n", "白沙乡新塘村6组21号"),
        ("王小明户籍地址为城关镇自由路12号。\n", "城关镇自由路12号"),
    )
    for text, place in cases:
        assert _addresses(text) == [at(text, "address", place)], text


def test_second_of_two_joined_addresses_starts_after_the_first():
    text = "王小明在青石镇正街57号与城关镇文昌社区桂园路6号1栋101室重复登记户口。\n"
    got = _addresses(text)
    assert at(text, "address", "城关镇文昌社区桂园路6号1栋101室") in got
    assert all(text[s:e].count("号") <= 1 or "与" not in text[s:e] for _, s, e in got)


def test_street_house_followed_by_its_residents_word_is_a_home():
    for text, place in (
        (
            "（二）王大春，男，45岁，青石县白沙镇河街27号居民。2026年8月在白沙河救起落水群众。\n",
            "青石县白沙镇河街27号",
        ),
        ("刘桂兰，女，系城关镇建设路108号住户，反映楼道堵塞。\n", "城关镇建设路108号"),
    ):
        assert _addresses(text) == [at(text, "address", place)], text
    for text in (
        "县人民医院位于城关镇建设路108号，居民可前往就诊。\n",
        "活动地点：城关镇建设路108号居民活动中心。\n",
        "请前往城关镇建设路108号居民服务中心办理。\n",
    ):
        assert _addresses(text) == [], text
