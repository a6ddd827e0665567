"""A long list of persons with one in four of a surname on no list (enumerations)."""

from .spans import found, names

_PEOPLE = ("王天喜", "李宗仁", "郑彩云", "赵满仓", "禤秀琴", "周春生", "冯贵贵", "杨得禄")


def test_rare_surnames_among_many_persons():
    listed = list(_PEOPLE)
    listed[2], listed[6] = "剡玉林", "拜秀英"  # surnames of no list
    text = "参会代表签名：" + "、".join(listed) + "。\n"
    assert found(text, ["name"]) == names(text, *listed)


def test_too_many_unknown_pieces_is_no_list_of_persons():
    text = "参会人员：李宗仁、王天喜、剡玉林、拜秀英、黑有德。\n"
    assert found(text, ["name"]) == []


def test_places_and_units_in_a_list_stay_out():
    text = "涉及王天喜、李宗仁、郑彩云、赵满仓、周春生、上庄村、冯贵贵、杨得禄等户。\n"
    got = found(text, ["name"])
    assert ("name", text.index("上庄村"), text.index("上庄村") + 3) not in got
