"""A dotted name whose first part is one Han surname after a kinship word (dottededges,
privfix20a): "其丈夫卢·阿布都" is 卢·阿布都, the kinship word no part of it."""

from gongkai.privacy.tests.spans import at, found


def test_one_sign_first_part_after_a_kinship():
    text = "当事人外出未归，其丈夫马·尤努斯（手机13907418826）称联系不上。\n"
    got = found(text, ["name"])
    assert at(text, "name", "马·尤努斯") in got
    assert at(text, "name", "其丈夫马·尤努斯") not in got


def test_longer_first_part_after_a_kinship_as_before():
    text = "当事人外出未归，其丈夫阿不都·尤努斯（手机13907418826）称联系不上。\n"
    got = found(text, ["name"])
    assert at(text, "name", "阿不都·尤努斯") in got
    text = "经查，其丈夫马·尤努斯已于当日离开。\n"
    assert at(text, "name", "马·尤努斯") in found(text, ["name"])
