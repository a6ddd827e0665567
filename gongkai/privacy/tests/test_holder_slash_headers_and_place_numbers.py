"""Issue 16: a header that names one of several holders with a slash ("父/母姓名",
"夫／妻姓名", "户主/配偶姓名") is a column of persons in every table form; and landlines
listed after the bare names of districts, counties, towns or streets ("武陵区0736-…，
鼎城区0736-…") are each place's office line.
Near misses: a combined header of a name and another field ("姓名/电话") keeps giving
the name's piece only; a person's landline after their own name or a phone label; a
single place with a number on its line.
"""

from __future__ import annotations

from .spans import at, found, names


def test_parent_slash_header_in_a_quoted_csv():
    text = (
        "序号,学生姓名,父/母姓名,联系电话,就读学校\n"
        '1,田雨桐,"田卫国",13907451122,城南小学\n'
        '2,欧阳乐,"欧阳振华",13907452233,城北小学\n'
        '3,邝一鸣,"邝建新",13907453344,城北小学\n'
    )
    assert found(text, ("name",)) == names(
        text, "田雨桐", "田卫国", "欧阳乐", "欧阳振华", "邝一鸣", "邝建新"
    )


def test_other_holders_and_separators():
    for head, sep in (("夫／妻姓名", "\t"), ("户主/配偶姓名", " | "), ("父/母姓名", ",")):
        text = (
            f"序号{sep}申请人{sep}{head}{sep}补助金额\n"
            f"1{sep}柴秀英{sep}钟大成{sep}3000\n"
            f"2{sep}蒙德才{sep}韦金花{sep}2500\n"
        )
        assert found(text, ("name",)) == names(text, "柴秀英", "钟大成", "蒙德才", "韦金花"), head


def test_a_name_and_a_phone_under_one_header_keep_their_places():
    text = "序号\t姓名/电话\t金额\n1\t黎小平/13807451234\t500\n2\t匡文/13807455678\t600\n"
    got = found(text, ("name", "mobile"))
    assert at(text, "name", "黎小平") in got and at(text, "name", "匡文") in got
    assert ("name", *at(text, "name", "13807451234")[1:]) not in got


PLACES = (
    "一、转学咨询：受理单位为各区县教育局学籍股。{a}，{b}，{c}。\n"
    "二、签约服务：各社区卫生服务中心，{d}、{e}。\n"
)


def test_numbers_listed_after_places_are_their_offices():
    text = PLACES.format(
        a="城关区0745-2210031",
        b="河西县 (0745)6630112",
        c="白沙市0745 5520987",
        d="东风街道0745-2290110",
        e="青龙镇（0745）6612003",
    )
    assert found(text, ("landline",)) == []


def test_a_persons_landline_and_a_single_place_stay():
    text = (
        "申请人：钟大成，住城关区青龙镇，联系电话0745-2213398。\n"
        "家住城关区，电话0745-2219901；其妻韦金花0745-2219902。\n"
    )
    got = found(text, ("landline",))
    assert at(text, "landline", "0745-2213398") in got
    assert at(text, "landline", "0745-2219901") in got
