"""A person label's value that is an organ's unit (``organvalues``, privfix25c): the unit's
first characters are no name, nor are its word's later mentions; the officer after it and a
name before its bracketed unit are left to the other rules."""

from gongkai.privacy.tests.spans import at, found


def test_a_contact_label_naming_an_inspection_brigade_first():
    text = (
        "主题分类：劳动、社会保障\n"
        "各乡镇要配合劳动监察员开展检查。\n"
        "联系人：劳动保障监察大队　郑国栋（大队长）　办公电话：0351-6612345\n"
        "劳动关系股　电话：0351-6612346\n"
    )
    got = found(text, ["name"])
    k = text.find("劳动")
    while k >= 0:
        assert ("name", k, k + 2) not in got, k
        k = text.find("劳动", k + 1)


def test_other_organs_words_after_a_label():
    for value in ("汤阴县农经站", "城关镇社保中心", "龙泉街道办公室", "县交警二中队"):
        text = f"经办人：{value}　电话：0372-5512345\n"
        got = found(text, ["name"])
        assert not [g for g in got if g[1] == text.index(value)], value


def test_a_person_before_the_units_bracket_stays_a_name():
    text = "申请人：尚秀兰（县劳动保障监察大队转办）\n联系人：邰国庆　13937261854\n"
    got = found(text, ["name"])
    assert at(text, "name", "尚秀兰") in got
    assert at(text, "name", "邰国庆") in got
