"""Whose house number (issue 16, after docs109-114, privfix16re): a building whose item
names a private owner is that owner's house though its street is written like an
office's (``owneditems.owned_item``); a number given to a river's section, a lot or a
tender's section is no door (``owneditems.not_a_door``); an address followed by the
office that sits there in brackets, or opening a unit's contact line with its contact
person (``refine``); a flat in a named 新城 estate (``estates``)."""

from gongkai.privacy.tests.spans import at, found

ADDR = ("address",)

# --- a building's owner named in its item ----------------------------------------------


def test_private_owner_in_a_numbered_item_makes_the_street_a_house():
    text = (
        "一、拟列入危房改造名单的房屋\n"
        "（1）东厢老屋，位于某县青石镇北关街27号，砖木结构两层。房屋所有人：罗金山。\n"
        "（2）南院，位于某县青石镇鼓楼大街9号，土坯房，房主：邓桂英（户主之妻）。\n"
    )
    assert found(text, ADDR) == [
        at(text, "address", "某县青石镇北关街27号"),
        at(text, "address", "某县青石镇鼓楼大街9号"),
    ]


def test_owner_first_in_a_key_value_line():
    text = "产权人：钟永福；房屋坐落：某县白沙镇后街16号；结构：砖混；面积：96平方米\n"
    assert found(text, ADDR) == [at(text, "address", "某县白沙镇后街16号")]


def test_a_unit_as_first_owner_leaves_the_street_alone():
    text = (
        "3. 旧粮站仓房，位于某县青石镇北关街31号，始建于1958年。"
        "产权人：某县青石镇人民政府（公房）；使用人：曹建军。\n"
        "4. 供销社门市，位于某县青石镇鼓楼大街12号。权利人：某县供销合作社。\n"
    )
    assert found(text, ADDR) == []


def test_the_items_title_is_no_location():
    # the building is named after its own door ("北关街5号院"): only 位于's address counts
    text = "5. 北关街5号院，位于某县青石镇北关街5号，清代民居。产权人：龙秀珍。\n"
    assert found(text, ADDR) == [at(text, "address", "某县青石镇北关街5号", 10)]


def test_no_owner_label_leaves_a_street_and_number_alone():
    text = "6. 钟楼，位于某县青石镇北关街1号，明代建筑，现为县文物管理所使用。\n"
    assert found(text, ADDR) == []


# --- numbers that are no doors -------------------------------------------------------


def test_a_river_section_or_a_lot_is_no_house():
    text = (
        "序号\t申请人\t采区位置\t许可量\n"
        "1\t某县砂石有限公司\t某县石门村河段4号采区\t1200立方米\n"
        "2\t某县砂石有限公司\t某县龙口村河段7号\t900立方米\n"
        "出让宗地：某县东岭村12号地块，面积3.2公顷。\n"
    )
    assert found(text, ADDR) == []


def test_a_village_door_beside_a_site_number_stays_a_home():
    text = (
        "| 姓名 | 住址 | 采区 |\n|---|---|---|\n"
        "| 车建华 | 某县石门村3组18号 | 某县石门村河段2号采区 |\n"
    )
    assert found(text, ADDR) == [at(text, "address", "某县石门村3组18号")]


# --- an office's address by its bracket or its contact line ----------------------------


def test_office_in_brackets_after_the_address():
    text = "筹备组联系地址：某县城南街道迎宾路66号（城南街道办事处三楼）\n"
    assert found(text, ADDR) == []


def test_a_landmark_in_brackets_keeps_the_home():
    text = "申请人住址：某县城南街道迎宾路68号（村委会旁）\n"
    assert found(text, ADDR) == [at(text, "address", "某县城南街道迎宾路68号")]


def test_unit_contact_line_with_its_contact_person():
    text = (
        "请于十日内提出陈述申辩。\n"
        "通讯地址：某县人民路108号，联系人：马立新，联系电话：0731-5123456\n"
    )
    assert found(text, ADDR) == []


def test_a_persons_residence_with_an_emergency_contact_stays():
    text = "住址：某县人民路110号　紧急联系人：马立平　电话：13812345678\n"
    assert found(text, ADDR) == [at(text, "address", "某县人民路110号")]


# --- a flat in a 新城 estate --------------------------------------------------------------


def test_flat_in_a_new_town_estate():
    text = '{"xm": "戴春生", "dz": "某县城关镇滨河新城3栋1202室"}\n'
    assert found(text, ADDR) == [at(text, "address", "某县城关镇滨河新城3栋1202室")]


# --- a person's row: a bare age column, a place near a door ---------------------------


def test_sex_and_bare_age_columns_make_the_row_a_persons():
    text = (
        "序号  姓名      性别  年龄  住址\n"
        "第二片区\n"
        " 7    欧阳春华  女    61    某县城关街道钟楼街12号\n"
        " 8    宁建波    男    38    某县城关街道钟楼街12号之二\n"
    )
    assert found(text, ADDR) == [
        at(text, "address", "某县城关街道钟楼街12号"),
        at(text, "address", "某县城关街道钟楼街12号之二"),
    ]


def test_a_place_near_a_door_in_a_persons_row_is_no_home():
    text = (
        "序号,当事人,身份证号,事发地点,处理结果\n"
        "1,贺文杰,430524198807123452,某县迎宾路55号门前,警告\n"
        "2,贺文杰,430524198807123452,某县迎宾路57号,警告\n"
    )
    assert found(text, ADDR) == [at(text, "address", "某县迎宾路57号")]


def test_a_residence_label_keeps_a_home_written_with_nearby():
    text = "家住某县迎宾路59号附近的居民罗桂兰反映噪声扰民。\n"
    assert found(text, ADDR) == [at(text, "address", "某县迎宾路59号")]


# --- a compilation: the next document under the last one's signature --------------------


def test_next_document_under_a_signature_keeps_its_partys_home():
    text = (
        "当事人如不服本决定，可依法申请行政复议。\n\n"
        "　　　　　　某县市场监督管理局\n"
        "　　　　　　2026年3月2日\n\n"
        "某市监罚〔2026〕8号\n\n"
        "当事人：韩秋生，男，住址：某县龙溪镇石桥村4组12号，联系电话：13712345678。\n"
    )
    assert at(text, "address", "某县龙溪镇石桥村4组12号") in found(text, ADDR)


def test_contact_line_under_the_signature_is_still_the_issuers():
    text = (
        "特此公告。\n\n"
        "　　　　　　某县市场监督管理局\n"
        "　　　　　　2026年3月2日\n"
        "（联系地址：某县龙溪镇文昌巷6号，电话：0731-5556677）\n"
    )
    assert found(text, ADDR) == []


# --- a building's user named as a person ----------------------------------------------


def test_the_user_of_a_public_house_is_named():
    text = "7. 县前街民居，产权人：某县房产管理所（直管公房）；使用人：聂永刚。\n"
    assert at(text, "name", "聂永刚") in found(text, ("name",))
