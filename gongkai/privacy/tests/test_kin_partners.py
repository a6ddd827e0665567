"""A person named before 和他儿子 / 与其妻子 (kinpartners, privfix20a)."""

from gongkai.privacy.tests.spans import at, found


def test_head_of_household_before_and_his_son():
    text = "反映：上寨村的祁德贵和他儿子祁小勇在河道边搭建棚子。\n"
    got = found(text, ["name"])
    assert at(text, "name", "祁德贵") in got
    assert at(text, "name", "祁小勇") in got


def test_before_with_his_wife_after_a_sign():
    text = "经查，卓荣华与其妻子共同经营该砂场。\n"
    assert at(text, "name", "卓荣华") in found(text, ["name"])


def test_no_name_before_the_pair_stays_plain():
    text = (
        "那位老人和他儿子都不在家，我和他儿子是同学，工作人员和其家属已到场。"
        "据查，卓荣华与其妻子共同经营。\n"
    )
    got = found(text, ["name"])
    assert got == [at(text, "name", "卓荣华")]
