"""An account kept for a purpose (代收专户, 工资专用账户, 零余额账户) is a unit's, not a card."""

from .spans import at, found, luhn


def test_purpose_accounts_are_no_cards():
    a, b = luhn("62170012345678901"), luhn("10016401000861299")
    text = f"　　县财政局非税收入代收专户（账号{a}）自即日起停用；项目工资专用账户：{b}。\n"
    assert found(text, ["bank_card"]) == []


def test_a_persons_card_after_the_account_stays():
    card = luhn("62284812345678901")
    text = f"　　补助款打入申请人本人银行卡（卡号{card}），不经代收专户。\n"
    assert at(text, "bank_card", card) in found(text, ["bank_card"])
