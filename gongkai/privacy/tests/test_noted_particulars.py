"""A person's identity number in the bracket after their name may follow a short note of
who they are ("变更为X（一级建造师，身份证号…）"): the bracket still names a private person;
a company's 法定代表人 noted so is its registration data and is left alone."""

from .spans import at, found

_ID = "620527197208151305"


def test_a_note_before_the_identity_number_in_the_bracket():
    cases = [
        ("公司拟变更为钭煜（一级建造师，身份证号" + _ID + "），证书附后。", "钭煜"),
        ("现推荐由段莲生（注册监理工程师、公民身份号码：" + _ID + "）接任。", "段莲生"),
        ("委托其侄欧阳春华(村民代表,身份证号码 " + _ID + ")代为领取。", "欧阳春华"),
        ("增补队员何丽娟（志愿者；身份证" + _ID + "），报县团委备案。", "何丽娟"),
    ]
    for text, person in cases:
        assert at(text, "name", person) in found(text, ["name"]), text


def test_near_misses_a_companys_legal_representative_and_a_bare_unit_note():
    text = "申请单位为县宏达建材经销部（法定代表人，身份证号" + _ID + "）。"
    assert found(text, ["name"]) == []
    # a note too long to be a person's (a sentence in the bracket) reads nothing new
    text = "经核实该户（本次入户核查时家中无人居住情况属实，身份证号" + _ID + "）。"
    assert found(text, ["name"]) == []
