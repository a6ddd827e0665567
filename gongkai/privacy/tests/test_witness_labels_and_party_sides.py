"""A witness under 证明人 and a party's two-character name after its side (男方, 女方, 甲方)
(issue 16, docs66): "证明人：X" is a person's label like 见证人; 方 is also a surname, so
"女方佟珍（身份证号…）" gave 方佟珍 and "男方龚明（…）" the four characters whole."""

from .spans import found, missing_names, names

ID_A = "430726195512084231"
ID_B = "43072719660921585X"


def test_witness_label_gives_a_name_in_items_and_lines():
    text = (
        f"1. 男方蔡永祥（身份证号{ID_A}），1983年登记结婚；证明人：于素珍。\n"
        "（二）补办事项经村委会核实，证明人:郝春珍，联系电话见档案。\n"
        "证明人  聂树民\n"
    )
    assert not missing_names(text, "蔡永祥", "于素珍", "郝春珍", "聂树民")


def test_two_character_names_after_a_side_lose_the_side():
    text = (
        f"6. 男方韦国堂（身份证号{ID_B}），女方佟珍（身份证号{ID_A}），1985年登记结婚。\n"
        f"12. 男方龚明（身份证号{ID_A}），女方全淑娟（公民身份号码{ID_B}）。\n"
        f"甲方贺敏（身份证号{ID_A}）与乙方严蕾（身份证号{ID_B}）签订协议。\n"
    )
    got = found(text, ["name"])
    for piece in names(text, "韦国堂", "佟珍", "龚明", "全淑娟"):
        assert piece in got
    values = {text[s:e] for _k, s, e in got}
    # a contract's sides: never the side's 方 as a surname
    assert not values & {"方佟珍", "男方龚明", "方贺敏", "方严蕾", "甲方贺敏"}


def test_a_person_surnamed_fang_keeps_the_surname():
    text = (
        f"申请人方佟珍（身份证号{ID_A}）、方明（身份证号{ID_B}）申请补办。\n"
        "7\t江建俊\t地址不详\t子女方成平代为联系\n"
    )
    assert not missing_names(text, "方佟珍", "方明", "方成平")


def test_witness_words_without_a_person_are_no_names():
    text = "证明人：见附件。证明人应当如实作证。男方：无。女方现居外地。\n"
    assert found(text, ["name"]) == []
