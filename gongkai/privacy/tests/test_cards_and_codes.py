"""Numbers whose label says what they are not (issue 16): a card's number is no permit."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "text",
    [
        "遗失社会保障卡，卡号L04286155，声明作废。",
        "医保卡号：T20231188，已挂失。",
        "就诊卡 C31415926 作废",
        "其社保卡号为H87654321。",
    ],
)
def test_a_card_number_is_no_permit(text):
    assert found(text, {"permit", "passport"}) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("往来港澳通行证卡号L04286155，", "L04286155"),
        ("证件号码：H12345678；", "H12345678"),
        ("持台胞证T12345678入境", "T12345678"),
    ],
)
def test_a_permit_named_as_such_is_still_found(text, number):
    assert found(text, {"permit"}) == [at(text, "permit", number)]
