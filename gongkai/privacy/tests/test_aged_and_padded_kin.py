"""Names noted with an age in brackets, padded relatives' names, four-character children."""

from .spans import at, found, names


def person_names(text):
    return found(text, ["name"])


def test_name_with_age_in_brackets():
    cases = [
        ("在河段救起落水儿童晁子涵（8岁）。", "晁子涵"),
        ("抢救出被困群众张子涵(12岁)后离开", "张子涵"),
        ("申请人李国强（65周岁），住某村", "李国强"),
        ("伤者欧阳明月（40岁）已出院", "欧阳明月"),
    ]
    for text, name in cases:
        assert at(text, "name", name) in person_names(text), text


def test_ages_without_a_name_stay_clean():
    for text in (
        "照顾老人（80岁）和其子（8岁）的生活",
        "60岁以上老人免费乘车，儿童（6岁以下）免票",
        "适用对象：学龄前儿童（3岁）",
    ):
        assert person_names(text) == [], text


def test_relative_of_padded_with_spaces():
    for pad in (" ", "\u3000"):
        text = f"救助申请人：佟玉兰（系死者{pad}郑德胜{pad}之母）"
        assert at(text, "name", "郑德胜") in person_names(text), repr(pad)
    text = "该村 三组 之子弟兵纪念馆"
    assert person_names(text) == []


def test_child_of_marriage_with_compound_surname():
    text = "准予离婚；婚生女拓跋小满由原告抚养，婚生子欧阳朗，由被告抚养。"
    assert person_names(text) == names(text, "拓跋小满", "欧阳朗")


def test_two_persons_named_before_a_word_for_both():
    text = "（三）荀家齐、荀家和兄弟，分别为22岁、19岁，住某村。"
    assert person_names(text) == names(text, "荀家齐", "荀家和")
    text = "获奖者：刘晓、周玉和夫妇"
    assert at(text, "name", "周玉和") in person_names(text)
    for text in ("牛丽家庭困难，申请救助", "于洋等人到场"):
        got = [text[s:e] for _, s, e in person_names(text)]
        assert "牛丽家" not in got and "于洋等" not in got, text
