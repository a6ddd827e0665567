"""Names missed for their structure (issue 16, privfix16qd): a profession's column (执业兽医,
乡村医生) one cell a line, a slashed business header read by the row's kind, a keeper's name
heading their individual business's name, a unit's record keeping its landline."""

from gongkai.privacy.validators import id_check_char

from .spans import at, found, names


def _id(first17):
    return first17 + id_check_char(first17)


ID1 = _id("43052119780412301")
ID2 = _id("51072319850923462")


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


ONE_CELL = (
    "序号\n机构名称\n主体类型\n法定代表人/经营者\n执业兽医\n联系电话\n\n"
    "1\n某某宠物医院有限公司\n有限责任公司\n童立新\n覃海峰\n0743-4720489\n\n"
    "2\n石门镇安康动物诊所\n个体工商户\n廖秋菊\n廖秋菊、黎建平\n13907431234\n\n"
    "3\n某某畜牧服务有限公司\n有限责任公司\n范国清\n田小燕\n(0743)2557757\n"
)


def test_a_professions_column_one_cell_a_line_holds_persons():
    got = found(ONE_CELL, ["name"])
    for name in ("覃海峰", "田小燕", "黎建平"):
        assert at(ONE_CELL, "name", name) in got
    # the shop's operator (个体工商户) is a person, the companies' representatives are not
    assert at(ONE_CELL, "name", "廖秋菊") in got
    assert "童立新" not in _names(ONE_CELL) and "范国清" not in _names(ONE_CELL)


def test_a_units_record_keeps_its_landline_and_gives_the_mobile():
    got = found(ONE_CELL, ["landline", "mobile"])
    assert at(ONE_CELL, "mobile", "13907431234") in got
    assert not [f for f in got if f[0] == "landline"]


COMPLAINTS = (
    "某县住房和城乡建设局物业服务投诉受理登记表\n受理窗口：县物业管理服务中心　电话：(0736)7226350\n\n"
    "序号\n受理编号\n投诉人\n联系电话\n住址\n被投诉企业\n投诉事项\n办理结果\n"
    "1\nWY-2020-0101\n龙秀英\n0736 5521840\n某县城关镇桂花苑3幢2单元501室\n某县安居物业服务有限公司\n"
    "电梯停运\n已整改\n"
    "2\nWY-2020-0102\n欧阳春生\n(0736)5530172\n某县城关镇滨江小区6幢302室\n某市华景物业有限公司\n"
    "漏水未修\n转街道办理\n"
    "3\nWY-2020-0103\n邝桂芝\n5536617\n某县城关镇金桂苑1幢1单元201室\n某县安居物业服务有限公司\n"
    "噪音\n已答复\n"
)


def test_a_units_column_after_the_persons_names_no_owner_of_the_record():
    # the complainant opens the record; the company complained of stands after her: her
    # home landline stays hers (a record opened by 机构名称 keeps its line, above)
    got = found(COMPLAINTS, ["landline"])
    assert at(COMPLAINTS, "landline", "0736 5521840") in got
    assert at(COMPLAINTS, "landline", "(0736)5530172") in got
    assert at(COMPLAINTS, "landline", "5536617") in got
    assert at(COMPLAINTS, "landline", "(0736)7226350") not in got  # the window's


def test_a_profession_column_in_a_tab_table():
    tab = (
        "序号\t村名\t乡村医生\t联系电话\n"
        "1\t石门村\t尹德旺\t13907438811\n"
        "2\t新塘村\t贺秀梅\t13907438822\n"
    )
    assert set(names(tab, "尹德旺", "贺秀梅")) <= set(found(tab, ["name"]))


def test_a_slashed_business_header_by_the_rows_kind_tab():
    tab = (
        "序号\t承租人\t承租人类型\t法定代表人/经营者\t证件号码\n"
        "1\t某某仓储有限公司\t企业\t温立强\t91510723MA6259M00U\n"
        f"2\t冯记小吃店（个体工商户）\t个体工商户\t冯德贵\t{ID1}\n"
    )
    got = _names(tab)
    assert "冯德贵" in got and "温立强" not in got


def test_a_keepers_name_heading_their_shop():
    tab = (
        "序号\t承租人\t类型\t经营者\t身份证号\n"
        f"1\t彭海五金店（个体工商户）\t个体工商户\t彭海\t{ID1}\n"
        f"2\t欧阳志刚汽车修理部（个体工商户）\t个体工商户\t欧阳志刚\t{ID2}\n"
    )
    got = found(tab, ["name"])
    assert at(tab, "name", "彭海") in got and at(tab, "name", "欧阳志刚") in got
    pipe = (
        "| 序号 | 商户名称 | 经营者 | 身份证号 | 备注 |\n|---|---|---|---|---|\n"
        f"| 1 | 龚丽便利店 | 龚丽 | {ID2} | 个体工商户 |\n"
    )
    assert at(pipe, "name", "龚丽") in found(pipe, ["name"])


def test_a_trade_name_without_its_keeper_named_is_left():
    tab = (
        "序号\t承租人\t类型\t经营者\t身份证号\n"
        f"1\t王记五金店（个体工商户）\t个体工商户\t彭海\t{ID1}\n"
        f"2\t张家小吃店（个体工商户）\t个体工商户\t欧阳志刚\t{ID2}\n"
    )
    got = _names(tab)
    assert not any(n.startswith(("王记", "张家")) for n in got)
    # no 个体 on the line: a company named like a person is no person's shop
    company = "序号\t承租人\t法定代表人\n1\t彭海五金有限公司\t彭海\n"
    assert at(company, "name", "彭海") not in found(company, ["name"])  # (its first place)


def test_a_keepers_name_after_the_county_and_town_in_the_trade_name():
    # the title says 个体 once; the rows do not
    tsv = (
        "某县个体工商户注销公告信息表\n\n"
        "序号\t个体工商户名称\t统一社会信用代码\t经营者姓名\t身份证号\n"
        f"1\t青山县柳林镇宋春梅棋牌室\t92430722MA4L5Q2X3K\t宋春梅\t{ID1}\n"
        f"2\t青山县城关街道上官明汽车修理部\t92430722MA4L6R1Y7P\t上官明\t{ID2}\n"
    )
    got = found(tsv, ["name"])
    assert names(tsv, "宋春梅", "宋春梅") == [s for s in got if tsv[s[1] : s[2]] == "宋春梅"]
    assert names(tsv, "上官明", "上官明") == [s for s in got if tsv[s[1] : s[2]] == "上官明"]


def test_a_keepers_trade_name_one_cell_a_line_and_in_xml_with_a_92_code():
    onecell = (
        "个体工商户注销办结名单\n\n序号\n名称\n经营者\n联系电话\n\n"
        "1\n石门县双溪镇冼明家电维修部\n冼明\n13907431234\n"
        "2\n石门县双溪镇秦凤早餐店\n秦凤\n13907435678\n"
    )
    got = found(onecell, ["name"])
    for person in ("冼明", "秦凤"):
        assert names(onecell, person, person) == [s for s in got if onecell[s[1] : s[2]] == person]
    xml = (
        "<JiLu>\n  <ZhuTiMingCheng>青岭县文昌镇彭帆诊所药店</ZhuTiMingCheng>\n"
        "  <TongYiDaiMa>925107256691K11678</TongYiDaiMa>\n"
        "  <JingYingZhe>彭帆</JingYingZhe>\n"
        f"  <ZhengJianHaoMa>{ID2}</ZhengJianHaoMa>\n</JiLu>\n"
        "<JiLu>\n  <ZhuTiMingCheng>青岭县黎雅镇潘强米粉店</ZhuTiMingCheng>\n"
        "  <TongYiDaiMa>92510725MA6B0RQX2C</TongYiDaiMa>\n"
        "  <JingYingZhe>潘强</JingYingZhe>\n"
        f"  <ZhengJianHaoMa>{ID1}</ZhengJianHaoMa>\n</JiLu>\n"
    )
    got = found(xml, ["name"])
    for person in ("彭帆", "潘强"):
        assert names(xml, person, person) == [s for s in got if xml[s[1] : s[2]] == person]


def test_a_trade_name_by_the_keepers_name_is_left_where_nothing_says_individual_business():
    # no 个体 and no individual business's credit code (92…): a firm's name stays a firm's
    tab = (
        "序号\t单位名称\t统一社会信用代码\t负责人\n"
        "1\t青山县柳林镇宋春梅棋牌室\t91430722MA4L5Q2X3K\t宋春梅\n"
    )
    got = found(tab, ["name"])
    assert at(tab, "name", "宋春梅") not in got
    # a company by the keeper's name, even in a text that says 个体 elsewhere, is no shop
    company = (
        "个体工商户及企业名单\n序号\t名称\t负责人\n1\t青山县柳林镇宋春梅建材有限公司\t宋春梅\n"
    )
    assert at(company, "name", "宋春梅") not in found(company, ["name"])
