"""A sample number given after 如 in a sentence describing another kind of number ("许可证编号
由…组成，如…") is that number's example, not a bank card (``numberlabels``); a card's
example or a number under a card's words stays a card."""

from .spans import at, found


def test_a_licence_numbers_example_in_prose():
    text = "采伐许可证编号由区划代码、年度和顺序号组成，如6540252026000001，请核对。"
    assert found(text, ["bank_card"]) == []


def test_a_receipt_numbers_example_in_a_list_item():
    text = "（二）受理回执编号：按年度加流水号编排，如6222021234567890128；\n"
    assert found(text, ["bank_card"]) == []


def test_a_cards_example_stays_a_card():
    # near miss: the sentence speaks of a card
    text = "请填写本人社保卡银行账号，如6222021234567890128。"
    assert found(text, ["bank_card"]) == [at(text, "bank_card", "6222021234567890128")]
    text2 = "补贴发放至一卡通账号，如6222021234567890128，由申请人核对。"
    assert found(text2, ["bank_card"]) == [at(text2, "bank_card", "6222021234567890128")]
