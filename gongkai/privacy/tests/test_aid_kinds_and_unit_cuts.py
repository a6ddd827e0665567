"""A kind of aid in a cell (仲裁代理, 诉讼代理) is no one acting for another, and a
label's value that opens with a unit's name (柳塘派出所…) is no person cut out of it
(issue 16, the thirty-fifth held-out batch's near misses, with fixtures of their own)."""

from .spans import found, names


def test_kinds_of_aid_in_cells_are_no_persons():
    text = (
        "序号\t受援人\t案由\t援助形式\t承办律师\n"
        "1\t柏青山\t工伤赔偿\t仲裁代理\t龙建国\n"
        "2\t霍小满\t劳务纠纷\t诉讼代理\t杨春华\n"
        "3\t单雄飞\t借贷纠纷\t仲裁代理\t刘秀英\n"
    )
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "仲裁" not in got
    assert {"柏青山", "霍小满", "单雄飞"} <= set(got)


def test_a_relative_who_acts_for_the_person_is_still_found():
    text = "申请人年迈，委托事项由其子邹家明代理，联系电话13907361122。"
    assert names(text, "邹家明")[0] in found(text, ["name"])


def test_a_contact_label_opening_with_a_unit_gives_no_name():
    for unit in ("沙河派出所", "东岭村委会", "城关卫生院", "桥头供电所"):
        text = f"联系人：{unit}民警王某，电话（0736）7221045。"
        got = [text[s:e] for _k, s, e in found(text, ["name"])]
        assert got == [], (unit, got)


def test_a_person_after_a_label_with_a_stop_character_after_the_name():
    text = "申请人：鲁长明所在村为东岭村，联系电话13907361122。"
    assert found(text, ["name"])[:1] == names(text, "鲁长明")
