"""The kinds of failure the third held-out batch showed, each on new text (issue 16).

Every test asserts the exact spans found and the near misses beside them.
"""

import pytest

from gongkai.privacy.tests.spans import at, found

# --- addresses ----------------------------------------------------------------------


def test_a_room_written_with_fang_keeps_it():
    text = "安置房源：\n东湖街道青禾安置小区C区12栋2305房\n补偿金额：5000元"
    assert found(text, {"address"}) == [at(text, "address", "东湖街道青禾安置小区C区12栋2305房")]


def test_a_village_hamlet_and_house_number_is_an_address():
    text = "　　坐落：梅林县石桥镇下洋村新厝36号\n　　用途：住宅"
    assert found(text, {"address"}) == [at(text, "address", "梅林县石桥镇下洋村新厝36号")]


def test_a_village_office_is_not_a_hamlet():
    text = "　　坐落：梅林县石桥镇下洋村委会6号\n　　用途：办公"
    assert found(text, {"address"}) == []


# --- names --------------------------------------------------------------------------


def test_names_after_quan_li_ren_and_a_familiar_a_form():
    text = "　　权利人：邱阿妹、邱明辉\n　　坐落：略"
    assert found(text, {"name"}) == [
        at(text, "name", "邱阿妹"),
        at(text, "name", "邱明辉"),
    ]


def test_an_organisation_after_quan_li_ren_is_not_a_name():
    text = "　　权利人：梅林县石桥镇下洋村股份经济合作社\n　　坐落：略"
    assert found(text, {"name"}) == []


def test_names_listed_after_a_found_one_with_notes_in_brackets():
    text = "同时联名的还有村民邵立新、潘桂香、邵德胜。"
    assert found(text, {"name"}) == [
        at(text, "name", "邵立新"),
        at(text, "name", "潘桂香"),
        at(text, "name", "邵德胜"),
    ]
    text = "申请人：康玉林（退休职工）、戴小婷（在校学生）等二人。"
    assert found(text, {"name"}) == [at(text, "name", "康玉林"), at(text, "name", "戴小婷")]


def test_a_list_does_not_run_into_ordinary_words():
    text = "申请人：康玉林、工作单位、联系方式等均已核实。"
    assert found(text, {"name"}) == [at(text, "name", "康玉林")]


def test_a_dot_written_as_a_bullet_in_a_transliterated_name():
    text = "申请人：阿依古丽•买买提，女。"
    assert found(text, {"name"}) == [at(text, "name", "阿依古丽•买买提")]


def test_masked_names_are_never_reported():
    text = "当事人：赵某某\n证人：钱某证言在卷。\n户主：孙某"
    assert found(text, {"name"}) == []


# --- officials acting in office -----------------------------------------------------


def test_officers_with_warrant_numbers_are_left_alone():
    text = "执法人员：韦志鹏（执法证号45021623008）、蒙丽（执法证号45021623011）"
    assert found(text) == []


def test_a_warrant_number_is_neither_mobile_nor_id():
    text = "检查人员执法证件号：13602155007；执法证号：110101198003070016。"
    assert found(text, {"mobile", "id_card"}) == []
    text = "联系电话：13602155007。"
    assert found(text, {"mobile"}) == [at(text, "mobile", "13602155007")]


def test_a_unit_contact_after_the_unit_phone_is_not_a_person():
    text = "如有异议请向镇民政办反映，联系电话：0771-5623410，经办人：陆永强。"
    assert found(text, {"name"}) == []
    # with a mobile the same line is a person's
    text = "如有异议请反映，联系电话：13977123456，经办人：陆永强。"
    assert at(text, "name", "陆永强") in found(text, {"name"})


def test_a_clerks_mobile_after_the_staff_role_is_still_found():
    # the office's landline after a staff role is the office's; a mobile is the clerk's own
    text = "已办结。经办人电话13812345678。"
    assert found(text, {"mobile"}) == [at(text, "mobile", "13812345678")]
    text = "已办结。经办人电话0771-5623410。"
    assert found(text, {"landline", "mobile"}) == []


def test_a_unit_contact_after_a_persons_words_keeps_its_office_phone_public():
    text = "请申请人携带身份证原件到本局领取，联系人：黄海，电话：0771-5623410。"
    assert found(text, {"landline", "mobile"}) == []


def test_a_units_mailbox_in_its_contact_line_is_not_personal():
    text = "县民政局救助股联系人：周强，监督电话：0771-5623410，电子邮箱：mzjjz@163.com。"
    assert found(text, {"email"}) == []
    text = "信访人：吴静，住址略，电子邮箱：wujing88@163.com。"
    assert found(text, {"email"}) == [at(text, "email", "wujing88@163.com")]


# --- numbers ------------------------------------------------------------------------


def test_a_fifteen_digit_registration_number_in_a_table_is_not_an_id():
    text = "序号\t名称\t注册号\t经营者\n1\t城关镇老李面馆（个体工商户）\t450102600113725\t李成\n"
    assert found(text, {"id_card"}) == []
    text = "序号\t姓名\t身份证号\n1\t李成\t450102600113725\n"
    assert found(text, {"id_card"}) == [at(text, "id_card", "450102600113725")]


@pytest.mark.parametrize("dot", ["·", "•", "・"])
def test_every_dot_gives_the_same_span(dot):
    text = f"申请人：努尔兰{dot}别克，男。"
    assert found(text, {"name"}) == [at(text, "name", f"努尔兰{dot}别克")]


def test_an_official_before_deng_n_ming_is_not_reported():
    text = "对表现突出的镇综治办主任蓝卫国、派出所所长韦刚等2名同志给予通报表扬。"
    assert found(text, {"name"}) == []
    text = "授予农民苏秀兰等3名同志“优秀志愿者”称号。"
    assert found(text, {"name"}) == [at(text, "name", "苏秀兰")]


def test_a_two_character_name_from_a_column_is_found_again_in_prose():
    text = (
        "序号\t丈夫姓名\t妻子姓名\n1\t严军\t卢芳\n\n"
        "以上对象中，严军、卢芳夫妇为新增人员。严军事迹另行公布。"
    )
    second = text.index("，严军") + 1
    assert found(text, {"name"}) == [
        at(text, "name", "严军"),
        at(text, "name", "卢芳"),
        ("name", second, second + 2),
        at(text, "name", "卢芳", second),
    ]


def test_a_whole_three_character_name_after_a_residents_cue():
    text = "经核实，澳门居民龚家宝，已补办证件。"
    assert found(text, {"name"}) == [at(text, "name", "龚家宝")]
    text = "全体居民委员会，共同监督。"
    assert found(text, {"name"}) == []
