"""A suspect named by hearsay in a complaint (hearsaynames, privfix20a)."""

from gongkai.privacy.tests.spans import at, found


def test_heard_and_said_names():
    text = (
        "山脚下有人在挖沙，听说是闫秀兰家在弄，希望查处。\n"
        "河边倒了很多建筑垃圾，据说是甘德旺干的。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "闫秀兰") in got
    assert at(text, "name", "甘德旺") in got


def test_compound_surname_before_the_home():
    text = "围墙被拆了，怀疑是司马振东家在弄。\n"
    got = found(text, ["name"])
    assert at(text, "name", "司马振东") in got


def test_hearsay_of_no_person_stays_plain():
    text = (
        "听说是村里的安排，据说是镇上统一组织的，好像是施工队干的，可能是真的。"
        "听说是闫秀兰家在弄。\n"
    )
    got = found(text, ["name"])
    assert got == [at(text, "name", "闫秀兰")]
