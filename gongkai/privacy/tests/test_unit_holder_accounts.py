"""An account whose holder named before it is an organisation is no person's card (issue 16)."""

from .spans import at, found, luhn


def cards(text):
    return found(text, ["bank_card"])


def _card(prefix="621700552423141"):
    return luhn(prefix)


def test_organisations_account_by_its_holder():
    card = _card()
    for text in (
        f"收款账户：开户行 某银行某支行，户名 某某招标代理有限公司，账号 {card}。",
        f"户名：某县农民专业合作社  账号：{card}",
        f"汇款至：户名为某某县人民医院，银行账户 {card}（对公）",
        f"户名：某镇农业服务站，卡号：{card}",
    ):
        assert cards(text) == [], text


def test_persons_account_by_its_holder_stays():
    card = _card()
    for text in (
        f"补助发放至：户名 王建社，账号 {card}。",
        f"户名：欧阳建社  账号：{card}",
        f"收款人 李某，户名 李某，卡号 {card}",
    ):
        assert cards(text) == [at(text, "bank_card", card)], text
