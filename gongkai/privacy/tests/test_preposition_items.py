"""A name of four read one short after a preposition that opens its item (``itemedges``,
privfix25c): "未向乌云高娃、X等" — the item runs from after 向 to the list's sign."""

from gongkai.privacy.tests.spans import at, found


def test_a_mongol_name_of_four_after_a_preposition():
    for lead, name in (("未向", "乌云秀兰"), ("已对", "阿牛小红"), ("应由", "乌兰秀珍")):
        text = f"该班组长{lead}{name}、韩长顺等6名工人说明情况。\n"
        got = found(text, ["name"])
        assert at(text, "name", name) in got, lead
        assert at(text, "name", name[1:]) not in got, lead


def test_a_preposition_before_a_name_of_three_is_left_out():
    text = "项目部未向刘长顺、韩长林等人支付工资。\n"
    got = found(text, ["name"])
    assert at(text, "name", "刘长顺") in got
    assert at(text, "name", "向刘长顺") not in got


def test_a_verbs_word_before_a_name_of_three_is_left_out():
    text = "本院受理原告覃正文诉被告覃晓东、龙秀梅一案，对方覃德明、韦小兰未到庭。\n"
    got = found(text, ["name"])
    assert at(text, "name", "覃晓东") in got
    assert at(text, "name", "告覃晓东") not in got
    assert at(text, "name", "方覃德明") not in got
