"""A bare local number in the phone field of unheaded rows (issue 16, docs38): the rows
around it hold phones in that field, so its seven or eight digits are a landline."""

from .spans import at, found

ROWS = (
    "　　水产养殖班（共4人）：\n"
    "　　岑秀禾　110101199003071234　13911234567\n"
    "　　郝冬梅　110101198511052345　0728-6541234\n"
    "　　蒯玉兰　110101197907183456　6547788\n"
    "　　阎小芹　110101199212254567　15011234568\n"
)


def test_bare_number_in_a_field_of_phones_is_a_landline():
    assert at(ROWS, "landline", "6547788") in found(ROWS, ["landline"])


def test_tab_rows_with_an_eight_digit_number():
    text = "1\t覃木生\t13707281111\n2\t韦阿妹\t85561234\n3\t黄三妹\t0728-85560001\n"
    assert at(text, "landline", "85561234") in found(text, ["landline"])


def test_a_field_of_amounts_stays_clean():
    text = (
        "岑秀禾　110101199003071234　3500000\n"
        "郝冬梅　110101198511052345　2800000\n"
        "蒯玉兰　110101197907183456　6547788\n"
    )
    assert found(text, ["landline"]) == []


def test_one_phone_beside_is_not_enough():
    text = "岑秀禾　办理中　13911234567\n郝冬梅　已办结　6541234\n\n说明　　见附件\n"
    assert found(text, ["landline"]) == []
