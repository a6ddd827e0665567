"""An account kept for a purpose (…资金专户，账号 …) is the unit's though a comma stands
between the account's name and its number's label; a person's card stays found."""

from .spans import at, found, luhn


def test_purpose_account_then_comma_and_label():
    card = luhn("6228480402564890")
    own = luhn("6217002870003321")
    for sep in ("，", ",", "， "):
        text = (
            f"贴息资金专户：县财政局乡村振兴资金专户{sep}账号 {card}（县农商行营业部）\n"
            f"补贴对象：林春梅，银行卡号 {own}\n"
        )
        got = found(text, ["bank_card"])
        assert at(text, "bank_card", card) not in got, sep
        assert at(text, "bank_card", own) in got, sep
