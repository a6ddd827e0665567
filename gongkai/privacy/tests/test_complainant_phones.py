"""Issue 16, the thirteenth held-out batch: a complainant's landline (投诉人, 举报人,
投诉（举报）人) is the person's in every printed form (area code in brackets, ASCII or
full-width, brackets in the span; a space after the area code), while the number of the
party complained about (被投诉人, a shop or a company) stays the unit's.
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("landline", "mobile")


def test_a_complainants_landline_in_each_form_is_the_persons():
    text = (
        "一、举报人：马立群　　联系电话：（0512）6634817\n"
        "二、投诉人：唐小慧，联系电话：(0771)3358902\n"
        "三、投诉（举报）人：韦成　　联系电话：0898 66213347\n"
        "四、投诉人：邱红梅　　电话：0451-86619023\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "（0512）6634817"),
        at(text, "landline", "(0771)3358902"),
        at(text, "landline", "0898 66213347"),
        at(text, "landline", "0451-86619023"),
    ]


def test_the_number_of_the_party_complained_about_stays_the_units():
    text = (
        "被投诉人：某某市惠丰商贸有限公司，联系电话（0512）6630011\n"
        "被举报人：城东便利店（统一社会信用代码91320500MA1X2Y3Z4K），联系电话0512 6631122\n"
        "投诉举报电话：0512-12345\n"
    )
    assert found(text, PHONES) == []


def test_a_landline_in_a_holders_phone_column_stays_theirs_before_the_offices_cell():
    text = (
        "序号\t店名\t经营者姓名\t身份证号码\t户主联系电话\t管辖所\n"
        f"1\t城西粮油店\t黄素云\t{rid('51132119700305001')}\t0817-2236415\t城西工商所\n"
        f"2\t河坝五金店\t蔡德明\t{rid('51132119650919002')}\t(0817)2251108\t河坝工商所\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0817-2236415"),
        at(text, "landline", "(0817)2251108"),
    ]


def test_a_landline_in_an_unnamed_phone_column_before_the_offices_cell_is_the_offices():
    text = (
        "序号\t名称\t联系电话\t所属单位\n"
        "1\t城西工商所窗口\t0817-2236400\t城西工商所\n"
        "2\t河坝工商所窗口\t0817-2251100\t河坝工商所\n"
    )
    assert found(text, PHONES) == []


def test_an_emergency_contacts_mail_and_landline_are_the_persons():
    text = (
        "老人姓名：岑桂英\n"
        "紧急联系人：岑国栋（侄子）\n"
        "联系人电话：0716-5523917\n"
        "联系人邮箱：cengguodong58@sina.com\n"
    )
    assert found(text, ["landline", "email"]) == [
        at(text, "landline", "0716-5523917"),
        at(text, "email", "cengguodong58@sina.com"),
    ]


def test_a_units_contact_person_still_makes_the_number_the_units():
    text = "申报受理单位：县民政局社会救助股\n联系人：窦文，联系电话：0716-5520101\n"
    assert found(text, PHONES) == []
