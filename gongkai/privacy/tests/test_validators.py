"""Check digits and dates (RULES.md §4: personal data is recognised, not guessed)."""

import datetime as dt

from gongkai.privacy import validators as v

TODAY = dt.date(2026, 11, 22)


def test_resident_id_with_x_check_character():
    assert v.id_check_char("11010519491231002") == "X"
    assert v.is_resident_id("11010519491231002X", today=TODAY)
    assert v.is_resident_id("11010519491231002x".upper(), today=TODAY)


def test_resident_id_rejects_wrong_check_date_region_and_length():
    assert not v.is_resident_id("110105194912310021", today=TODAY)  # wrong check
    bad_date = "11010519990230001"
    assert not v.is_resident_id(bad_date + v.id_check_char(bad_date), today=TODAY)
    future = "11010520991231001"
    assert not v.is_resident_id(future + v.id_check_char(future), today=TODAY)
    no_region = "99010519491231002"
    assert not v.is_resident_id(no_region + v.id_check_char(no_region), today=TODAY)
    province_only = "11000019491231002"
    assert not v.is_resident_id(province_only + v.id_check_char(province_only), today=TODAY)
    assert not v.is_resident_id("11010519491231002", today=TODAY)


def test_legacy_fifteen_digit_id_needs_a_real_date():
    assert v.is_legacy_resident_id("110105491231002", today=TODAY)
    assert not v.is_legacy_resident_id("110105490231002", today=TODAY)
    assert not v.is_legacy_resident_id("990105491231002", today=TODAY)


def test_luhn_and_bank_card_length():
    assert v.luhn_ok("4111111111111111")
    assert not v.luhn_ok("4111111111111112")
    assert v.is_bank_card("4111111111111111")
    assert not v.is_bank_card("411111111111111")  # 15 digits
    assert not v.is_bank_card("41111111111111111111")  # 20 digits


def test_uscc_check_character():
    body = "91510502MA6ABCDE1"
    code = body + v.uscc_check_char(body)
    assert v.is_uscc(code)
    wrong = body + next(c for c in "0123456789ABC" if c != code[-1])
    assert not v.is_uscc(wrong)
    assert not v.is_uscc("11010519491231002X")  # an ID number is not a credit code


def test_name_shape_cuts_at_words_that_are_not_names():
    assert v.name_shape("张三") == "张三"
    assert v.name_shape("王小明") == "王小明"
    assert v.name_shape("欧阳娜娜") == "欧阳娜娜"
    assert v.name_shape("张三向本机关") == "张三"
    assert v.name_shape("向行政机关") == ""
    assert v.name_shape("名单") == ""


def test_check_character_shortcut_agrees_with_the_weighted_sum():
    import random
    from operator import mul

    def by_weights(first17):
        return "10X98765432"[sum(map(mul, map(int, first17), v._ID_WEIGHTS)) % 11]

    rng = random.Random(5)
    for _ in range(5000):
        first17 = "".join(rng.choice("0123456789") for _ in range(17))
        assert v.id_check_char(first17) == by_weights(first17)
    assert v.id_check_char("٣" * 17) == by_weights("٣" * 17)  # other decimal digits too


def test_credit_code_shortcut_agrees_with_the_weighted_sum():
    import random
    from operator import mul

    def by_weights(first17):
        total = sum(map(mul, map(v._USCC_VALUE.__getitem__, first17), v._USCC_WEIGHTS))
        return v._USCC_CHARS[(31 - total % 31) % 31]

    rng = random.Random(6)
    for _ in range(5000):
        first17 = "".join(rng.choice("0123456789") for _ in range(17))
        assert v.uscc_check_char(first17) == by_weights(first17)
    assert v.uscc_check_char("91510502MA6ABCDE1") == by_weights("91510502MA6ABCDE1")
