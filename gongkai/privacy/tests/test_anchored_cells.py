"""A name-shaped cell on a person's record line (anchoredcells): the record's persons
found in any layout, its officials, companies' representatives, units' contacts and
places left alone."""

import pytest

from .spans import at, found, names, rid

ID1, ID2, ID3 = rid("43062119760312441"), rid("43062119820921552"), rid("43062119651103003")

# --- persons of a record line, any separator ----------------------------------------------


@pytest.mark.parametrize("sep", ["／", "｜", "\t", " | ", "；"])
def test_a_record_line_names_its_persons_whatever_the_separator(sep):
    text = (
        "验收情况如下：\n"
        f"（1）詹秋生{sep}石桥镇柳湾村3组12号{sep}13607251846{sep}合格\n"
        f"（2）欧阳慧敏{sep}石桥镇东街58号{sep}15972036418{sep}不合格\n"
    )
    got = found(text, ["name"])
    for person in names(text, "詹秋生", "欧阳慧敏"):
        assert person in got


def test_a_relative_noted_in_a_record_and_a_household_in_a_quoted_export():
    text = (
        "01｜滕国安｜男｜511621198805142311｜务工｜15283617709｜滕小燕（妹）｜18783624410\n"
        '"5","居民身份证","511621194906083326","13990821655","滕玉清、滕德明","2026-07-01"\n'
    )
    got = found(text, ["name"])
    assert at(text, "name", "滕小燕") in got
    assert at(text, "name", "滕德明") in got


def test_a_landline_line_with_a_home_word_or_a_label_is_a_record():
    text = (
        "海外联络人\n"
        "   印尼片区 符明远  座机 0898-65321770（家中住宅）\n"
        "承办律师：甘晓梅（律所电话0771-5582147）\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "符明远") in got
    assert at(text, "name", "甘晓梅") in got


# --- officials and caseworkers -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "村委委员 卢振邦\t0736-3318245",
        "乡综治中心 卢振邦 | 0736-3318245",
        "由村会计 卢振邦（村委会 0736-3318245）转告",
        "│督办人    │卢振邦       │0736-3318245 │",
        "乡镇扶贫专干：卢振邦    联系电话：0736-3318245",
        "办案民警：石光荣、卢振邦，联系电话：0736-3318245",
    ],
)
def test_a_cell_led_by_a_post_or_a_unit_is_no_private_person(line):
    text = f"附：\n{line}\n"
    assert at(text, "name", "卢振邦") not in found(text, ["name"])


@pytest.mark.parametrize("note", ["县交通运输局", "村支书", "城南街道", "卫生院院长"])
def test_a_cell_noted_with_a_unit_or_a_post(note):
    text = f"户主\t身份证号\t帮扶措施\n彭家福\t{ID1}\t危改\t卢振邦（{note}）\t15874120395\n"
    got = found(text, ["name"])
    assert at(text, "name", "卢振邦") not in got
    assert at(text, "name", "彭家福") in got


@pytest.mark.parametrize("sep", ["\t", ",", "|"])
def test_a_column_headed_by_a_caseworker(sep):
    rows = [
        ["户主", "身份证号", "联系电话", "包村干部"],
        ["彭家福", ID1, "15874120395", "卢振邦"],
        ["段秋兰", ID2, "13974023817", "覃立华"],
        ["龙喜才", ID3, "18907302264", "覃立华"],
    ]
    text = "\n".join(sep.join(r) for r in rows) + "\n"
    got = found(text, ["name"])
    assert at(text, "name", "覃立华") not in got and at(text, "name", "卢振邦") not in got
    assert at(text, "name", "龙喜才") in got


# --- companies, units' phones, mail headers, places -----------------------------------


def test_a_companys_representative_on_its_line_is_the_companys_data():
    text = (
        "| 序号 | 纳税人 | 信用代码 | 代表 | 证件号码 |\n|---|---|---|---|---|\n"
        f"| 1 | 湘南恒通建材有限公司 | 91430621MA4L2X7H3K | 贺志坚 | {ID1} |\n"
        f"| 2 | 宏达机械厂 | 92430621MA4Q8Y5T2N | 柴雨萱 | {ID2} |\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "贺志坚") not in got
    assert at(text, "name", "柴雨萱") not in got


def test_an_individual_business_operator_is_a_person():
    text = f"1,个体工商户,92430621MA4Q8Y5T2N,柴雨萱,居民身份证,{ID2}\n"
    assert at(text, "name", "柴雨萱") in found(text, ["name"])


def test_a_note_after_a_landline_and_a_bare_landline_line():
    text = "咨询：0736-7712093（卢振邦），报名点　0736-7712094\n卢振邦　0736-7712095\n"
    assert found(text, ["name"]) == []


def test_a_unit_mailbox_and_an_unknown_surname_in_a_mail_header():
    text = (
        "From: 卢振邦 <lzb@hnxx.gov.cn>\nCc: 卢振邦 <luzb@csu.edu.cn>; 石光荣 <sgr1988@163.com>\n"
    )
    assert found(text, ["name"]) == [at(text, "name", "石光荣")]


@pytest.mark.parametrize("place", ["金桂苑", "柳家庄", "湖南·湘西", "彭家湾"])
def test_a_place_in_a_record_line_is_no_name(place):
    text = f"安置点\t{place}\t彭家福\t{ID1}\n"
    got = found(text, ["name"])
    assert at(text, "name", place) not in got
    assert at(text, "name", "彭家福") in got


# --- records over several lines: YAML, JSON, XML ------------------------------------------


def test_a_yaml_record_names_its_members_and_leaves_its_caseworker():
    text = (
        "事项:\n"
        '  - 编号: "QX-2026-017"\n'
        "    申请人: 符国庆\n"
        f'    身份证号: "{ID1}"\n'
        "    家庭成员:\n"
        "      - 符小蕾\n"
        "      - 欧阳春生\n"
        "    包村干部: 卢振邦\n"
        "    督办人: 甘晓梅\n"
        "    地块: 石桥村2组\n"
        '  - 编号: "QX-2026-018"\n'
        "    备注: 无\n"
        "      - 黎文俊\n"
    )
    got = found(text, ["name"])
    for person in names(text, "符小蕾", "欧阳春生"):
        assert person in got
    assert at(text, "name", "卢振邦") not in got and at(text, "name", "甘晓梅") not in got
    assert at(text, "name", "黎文俊") not in got  # (another item, with no person's data)


def test_a_json_object_and_an_xml_record_are_records():
    text = (
        "[\n  {\n"
        f'    "证件号码": "{ID2}",\n'
        '    "担保人": "符小蕾",\n'
        '    "handler": "甘晓梅",\n'
        '    "单位": "石桥镇人民政府"\n'
        "  }\n]\n"
        "<records>\n  <record>\n"
        f"    <zjhm>{ID3}</zjhm>\n"
        "    <lxr>欧阳春生</lxr>\n"
        "    <JBR>卢振邦</JBR>\n"
        "  </record>\n</records>\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "符小蕾") in got
    assert at(text, "name", "欧阳春生") in got
    assert at(text, "name", "甘晓梅") not in got and at(text, "name", "卢振邦") not in got


def test_a_company_record_in_yaml_names_no_representative():
    text = f'  - 名称: 石桥恒达建材有限公司\n    证件号码: "{ID1}"\n    代表: 符国庆\n'
    assert at(text, "name", "符国庆") not in found(text, ["name"])


# --- two persons in one cell ----------------------------------------------------------------


@pytest.mark.parametrize("joint", ["与", "和"])
def test_two_parties_in_one_cell(joint):
    text = (
        "纠纷排查：\n"
        f"| 1 | 石桥村 | 符国庆{joint}欧阳春生 | 13607251846 |\n"
        f"| 2 | 柳湾村 | 黎文俊{joint}孔强 | 15972036418 |\n"
    )
    got = found(text, ["name"])
    for person in names(text, "符国庆", "欧阳春生", "黎文俊", "孔强"):
        assert person in got


def test_a_pair_that_is_no_two_persons():
    text = "1\t石桥村与柳湾村\t土地纠纷\t13607251846\n2\t符国庆与物业公司\t15972036418\n"
    got = found(text, ["name"])
    assert at(text, "name", "石桥村") not in got and at(text, "name", "柳湾村") not in got
    assert at(text, "name", "符国庆") not in got


# --- a doubted name listed with a sure one ---------------------------------------------------


def test_a_doubted_name_listed_beside_a_sure_one_in_the_same_cell():
    text = (
        f'"7","居民身份证","{ID1}","13607251846","彭家福、笪招娣","2026-07-01"\n'
        f'"8","居民身份证","{ID2}","15972036418","石桥村、彭家湾","2026-07-01"\n'
    )
    got = found(text, ["name"])
    assert at(text, "name", "笪招娣") in got
    assert at(text, "name", "彭家湾") not in got
