"""A river noted in brackets after an act on its water or bed (擅自采砂（安宁河）) is no person;
a person in a bracket after other words stays a name (privfix26c, rivernotes)."""

from .spans import at, found

TABLE = (
    "立案号                 当事人      身份证号码              联系方式       案由\n"
    "青自然资立〔2025〕4号  杜明亮      510821198203154318      13890918274    非法采砂（安宁河）\n"
    "青自然资立〔2025〕7号  贺金玉      510821197511204326      15908392261    非法捕捞（白龙江）\n"
)


def test_rivers_noted_after_the_act_are_no_names():
    got = found(TABLE, {"name"})
    assert at(TABLE, "name", "杜明亮") in got
    assert at(TABLE, "name", "贺金玉") in got
    assert at(TABLE, "name", "安宁河") not in got
    assert at(TABLE, "name", "白龙江") not in got


def test_a_person_in_a_bracket_after_other_words_stays():
    text = "　　举报人反映非法采砂（举报人：安宁海，联系电话13890918274）。\n"
    assert at(text, "name", "安宁海") in found(text, {"name"})
