"""Issue 16, the thirteenth held-out batch: a complainant's landline (投诉人, 举报人,
投诉（举报）人) is the person's in every printed form (area code in brackets, ASCII or
full-width, brackets in the span; a space after the area code), while the number of the
party complained about (被投诉人, a shop or a company) stays the unit's.
"""

from __future__ import annotations

from .spans import at, found

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
