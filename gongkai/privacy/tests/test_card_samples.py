"""A bank card's format sample (issuer's code then zeros) is no person's card (issue 16)."""

from gongkai.privacy import validators as v

from .spans import at, found, luhn


def test_zero_account_part_is_a_sample():
    assert not v.is_bank_card("6228480000000000000")
    assert not v.is_bank_card("6222020000000000000")
    text = "银行账户示例：6228480000000000000（仅为格式示例）。"
    assert found(text, ["bank_card"]) == []


def test_real_cards_with_zeros_inside_stay_found():
    card = luhn("622848000000000001")  # a zero run, but an account number after it
    assert v.is_bank_card(card)
    text = f"收款人某某，银行卡号：{card}，开户行某某支行。"
    assert found(text, ["bank_card"]) == [at(text, "bank_card", card)]


def test_masked_name_is_no_finding():
    for text in (
        "已脱敏示例：经营者王**（身份证4307****0417，手机139****2016）。",
        "申请人：李＊＊，住某村",
    ):
        assert found(text, ["name"]) == [], text
    text = "- **庞德明**（男，身份证430726199012211407）"
    assert found(text, ["name"]) == [at(text, "name", "庞德明")]
