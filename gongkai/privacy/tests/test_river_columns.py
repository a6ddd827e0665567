"""Columns of a river chief, a river's stretch or a plant (issue 16, privfix20d).

- a column headed by a chief's post (村级河长, 整改责任人（镇级河长）) holds officials acting in
  office: no private persons, in a tab table and a CSV alike (``chiefcolumns``); a column
  of 民间河长 (citizens volunteering) keeps its persons;
- a column headed by a river, a stretch or a tree's kind (负责河段, 树种) holds things
  shaped like names (梅溪河, 华山松): none is a person, nor the same word in prose
  (``thingcolumns``);
- a header cell of a table one cell a line naming the stretch a person is assigned
  (认领河段（志愿者类别）) is a header cell: the records are counted right and their
  names found (``stacked.HEADER_WORD``).
"""

from gongkai.privacy.thingcolumns import thing_columns

from .spans import found, names

CHIEF_TAB = (
    "某县2025年村级护河员名单\n"
    "序号\t乡镇\t村\t护河员\t身份证号码\t联系电话\t负责河流\t村级河长\t备注\n"
    "1\t白沙镇\t上坪村\t黄德明\t430522196805123416\t13807391265\t上坪溪\t彭建国\t续聘\n"
    "2\t白沙镇\t下坪村\t邓秋香\t430522197203084425\t15973946218\t下坪溪\t罗志军\t新聘\n"
)
CHIEF_CSV = (
    "序号,问题类型,当事人,联系电话,家庭住址,整改责任人（镇级河长）,整改时限\n"
    "1,乱建,卢永福,13905873162,石桥镇石桥村5组18号,方卫华,2025-05-31\n"
    "2,乱堆,葛春梅,15868712409,石桥镇中心村3组7号,方卫华,2025-04-30\n"
)
CHIEF_NEAR = "序号\t姓名\t联系电话\t民间河长\t备注\n1\t钟玉兰\t13807391265\t彭建国\t退休教师\n"
THING_TAB = (
    "序号\t姓名\t身份证号码\t联系电话\t负责河段\t长度（km）\n"
    "1\t黄德明\t430522196805123416\t13807391265\t梅溪河\t4.2\n"
    "2\t邓秋香\t430522197203084425\t15973946218\t柳林河（下游段）\t3.1\n"
)
THING_TREE = (
    "序号\t户主姓名\t身份证号码\t树种\t株数\t金额（元）\n"
    "1\t黄德明\t430522196805123416\t华山松\t6\t270.00\n"
    "2\t邓秋香\t430522197203084425\t核桃\t2\t300.00\n"
    "补偿标准：核桃树150元/株，华山松45元/株。\n"
)
THING_STACKED = (
    "护河志愿者名单\n\n序号\n姓名\n身份证号码\n联系电话\n认领河段（志愿者类别）\n"
    "1\n黄德明\n430522196805123416\n13807391265\n梅溪河（村民）\n"
    "2\n邓秋香\n430522197203084425\n15973946218\n柳林河（个体户）\n"
)


def test_village_chief_column_is_in_office_a_volunteer_column_not():
    text = CHIEF_TAB + "\n" + CHIEF_NEAR
    got = found(text, ["name"])
    assert got == names(text, "黄德明", "邓秋香", "钟玉兰", "彭建国")


def test_town_chief_as_the_responsible_in_a_csv():
    assert found(CHIEF_CSV, ["name"]) == names(CHIEF_CSV, "卢永福", "葛春梅")


def test_stretch_column_holds_no_person():
    assert found(THING_TAB, ["name"]) == names(THING_TAB, "黄德明", "邓秋香")


def test_tree_column_and_its_mention_in_prose():
    assert found(THING_TREE, ["name"]) == names(THING_TREE, "黄德明", "邓秋香")


def test_stacked_table_with_a_noted_stretch_header():
    assert found(THING_STACKED, ["name"]) == names(THING_STACKED, "黄德明", "邓秋香")


def test_unit_name_holding_a_chief_word_heads_no_column():
    # a company's name holding 林长 (吉林长白山…) in an aligned table's row above a name
    text = (
        "  序号  标的              买受人                    成交价（万元）\n"
        "  1     设备一批          吉林长白山参业有限公司    37.80\n"
        "  2     设备二批          葛春梅                    12.50\n"
    )
    assert found(text, ["name"]) == names(text, "葛春梅")


def test_field_of_study_holding_a_crop_word_heads_no_column():
    # a field of study (作物遗传育种) in a table one cell a line misread as a header block
    text = (
        "组别\n序号\n姓名\n工作单位\n职称\n专业方向\n"
        "农业组\n1\n黄德明\n某农业大学\n教授\n土壤学\n"
        "农业组\n2\n蒋秀梅\n某农业大学农学院\n教授\n作物遗传育种\n"
        "农业组\n3\n龚立新\n某文理学院\n副教授\n水产养殖\n"
        "经济组\n1\n钟志华\n某文理学院\n教授\n财务管理\n"
        "经济组\n2\n邓秋香\n某文理学院\n教授\n财务管理\n"
    )
    people = ("黄德明", "蒋秀梅", "龚立新", "钟志华", "邓秋香")
    cands = [(text.index(n), text.index(n) + 3, "name", 0.9) for n in people]
    assert thing_columns(text, cands) == cands
