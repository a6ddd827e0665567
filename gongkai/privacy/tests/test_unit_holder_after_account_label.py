"""A unit named after 账户/帐户 (not only 户名) holds the account that follows: no
person's card; a person named there keeps theirs."""

from .spans import at, found, luhn

UNIT_CARD = luhn("6230520010004455")
PERSON_CARD = luhn("621799123400567")


def test_unit_after_account_label_is_no_card():
    for text in (
        f"保证金请交至账户：南岭县白沙镇前进村股份经济合作社，账号{UNIT_CARD}。\n",
        f"帐户名称：江川市北湖区青松社区居民委员会，帐号：{UNIT_CARD}\n",
        f"户名：南岭县白沙镇人民政府，账号{UNIT_CARD}\n",
    ):
        assert found(text, ["bank_card"]) == [], text


def test_person_after_account_label_keeps_the_card():
    text = f"补偿款打入账户：谭振国，账号{PERSON_CARD}。\n"
    assert found(text, ["bank_card"]) == [at(text, "bank_card", PERSON_CARD)]
