"""Staff who survey a loss and contacts listed with their units (issue 16, privfix18b, after
docs242): an insurer's or an office's 查勘员 / 勘察人员 / 定损员 acts in that role, in a
column, a label or a sign-off line, like 调查人 or 检查人员 (``headerroles.ACTS``); the
second contact of a label's list noted by its own organ ("联系人：A（…股）、B（…中心）") is
the organ's as the first is (``contactposts``). The policyholders, reporters and a
villager's or a company's contact stay."""

from gongkai.privacy.tests.spans import at, found, names

# --- survey staff (查勘, 勘察, 勘验, 定损, 核损) -----------------------------------------------


def test_a_quoted_csv_column_of_loss_surveyors_two_a_cell_is_staff():
    text = (
        '"序号","被保险人","身份证号","查勘日期","查勘人员","损失率"\n'
        '"1","韦国栋","450821197304152318","2023-07-02","覃志远、黎美芬","30%"\n'
        '"2","蓝翠英","450821196811060027","2023-07-03","覃志远、黄·艾力","50%"\n'
        '"3","莫振华","450821198002113516","2023-07-03","黎美芬、覃志远","40%"\n'
    )
    got = found(text, ("name",))
    assert got == [at(text, "name", n) for n in ("韦国栋", "蓝翠英", "莫振华")]


def test_a_tab_table_with_a_damage_assessor_column_keeps_only_its_farmers():
    text = (
        "户名\t联系电话\t受灾面积\t定损员\n"
        "史来福\t13907751234\t12.5\t龙海生\n"
        "滕秋菊\t13978102345\t8.0\t龙海生\n"
        "覃永安\t15977623456\t20.0\t邝志强\n"
    )
    got = found(text, ("name",))
    assert got == names(text, "史来福", "滕秋菊", "覃永安")


def test_a_record_one_field_a_line_with_surveyors_keeps_the_reporter():
    text = (
        "【第1条】\n"
        "报案人：甘德明（本人）\n"
        "报案电话：13877051234\n"
        "被保险人：甘德明\n"
        "查勘人员：卢建伟、韦丽（县动物卫生监督所）\n"
        "定损金额：1800.00元\n"
        "【第2条】\n"
        "报案人：农小燕（妻子）\n"
        "报案电话：18977062345\n"
        "被保险人：韦海涛\n"
        "勘察人员：卢建伟、梁峰\n"
        "定损金额：2600.00元\n"
    )
    got = {text[s:e] for k, s, e in found(text, ("name",))}
    assert got == {"甘德明", "农小燕", "韦海涛"}


def test_a_sign_off_line_of_surveyors_is_staff_but_a_neighbour_in_the_table_stays():
    text = (
        "序号\t被保险人\t联系电话\t东至\t面积\n"
        "1\t隋德胜\t13945512345\t鞠长海\t30\n"
        "2\t鞠长海\t13945523456\t排水渠\t18\n"
        "\n"
        "查勘人员：曲立新、滕慧　　村协保员：宫长林\n"
    )
    got = {text[s:e] for k, s, e in found(text, ("name",))}
    assert {"曲立新", "滕慧"}.isdisjoint(got)
    assert {"隋德胜", "鞠长海"} <= got


def test_a_complainant_or_an_applicant_for_a_survey_stays():
    # the act is the office's; who asks for it (申请查勘人, 被查勘人) is a private person
    text = "申请人：杜秋生，住本县城关镇和平路18号，电话13807761234，请求重新查勘定损。\n"
    assert at(text, "name", "杜秋生") in found(text, ("name",))


# --- contacts listed with their units ------------------------------------------------------


def test_the_second_contact_of_a_label_noted_by_its_public_body_is_the_bodys():
    text = (
        "（一）临川县\n"
        "    咨询电话：0794-6213560（县就业局）\n"
        "    联系人：邬志成（县就业局培训股）、饶小梅（县公共就业服务中心）\n"
        "（二）崇仁县\n"
        "    联系人：游建平（县人社局办公室）、章丽（县劳动保障监察大队）\n"
    )
    assert found(text, ("name",)) == []


def test_a_contact_noted_as_a_villager_or_a_kin_stays_beside_an_organs():
    text = (
        "联系人：邬志成（县就业局培训股）、饶小梅（村民）\n"
        "联系人：游建平（申请人之子）、章丽（县公共就业服务中心）\n"
    )
    got = {text[s:e] for k, s, e in found(text, ("name",))}
    assert got == {"饶小梅", "游建平"}


# --- a licence register's business type, a witness for a committee, two officials a cell ----


def test_a_licence_acts_word_as_a_records_business_type_is_no_name():
    text = (
        "<records>\n"
        "  <record>\n"
        "    <jyz>莫德华</jyz>\n"
        "    <sfzh>450821196505123318</sfzh>\n"
        "    <ywlx>注销（经营者迁居）</ywlx>\n"
        "  </record>\n"
        "  <record>\n"
        "    <jyz>覃秀兰</jyz>\n"
        "    <sfzh>450821197108240026</sfzh>\n"
        "    <ywlx>歇业（店面装修）</ywlx>\n"
        "  </record>\n"
        "</records>\n"
    )
    got = {text[s:e] for k, s, e in found(text, ("name",))}
    assert {"注销", "歇业"}.isdisjoint(got)


def test_a_witness_noted_by_the_village_committee_stands_for_it_a_villager_stays():
    text = (
        "送达日期：2024-05-06\n"
        "受送达人：黎承志\n"
        "签收人：黎承志\n"
        "见证人：韦德光（村委会）\n"
        "\n"
        "送达日期：2024-05-09\n"
        "受送达人：蒙桂芬\n"
        "签收人：蒙桂芬\n"
        "见证人：廖福生（邻居）\n"
    )
    got = {text[s:e] for k, s, e in found(text, ("name",))}
    assert "韦德光" not in got
    assert {"黎承志", "蒙桂芬", "廖福生"} <= got


def test_two_handlers_in_one_cell_of_a_table_one_cell_a_line_are_staff():
    text = (
        "序号\n编号\n举报人\n联系电话\n承办人\n办理结果\n"
        "1\nJB-2024-003\n梁永福\n13907761234\n陆振华、黄丽\n查实，已立案\n"
        "2\nJB-2024-007\n卢秋菊\n13877162345\n黄丽\n部分属实\n"
        "3\nJB-2024-010\n韦志坚\n18977263456\n陆振华、蒙杰\n查实\n"
    )
    got = {text[s:e] for k, s, e in found(text, ("name",))}
    assert got == {"梁永福", "卢秋菊", "韦志坚"}
