"""A range of another number's values (numberranges, privfix22d): "受理编号自A至B" — both ends
are acceptance numbers, even one that passes Luhn or an ID's check; a range of IDs under an
ID's label, and a card number after 自 with no number's label, stay found."""

from .spans import at, found

_LUHN = "620502202503010001"  # (passes Luhn, starts like a card)
_ID = "320102193812042617"
_ID2 = "35020319500911127X"


def test_range_of_acceptance_numbers_is_nothing():
    for label in ("受理编号自", "档案编号从", "受理编号："):
        text = f"其余车辆详见附件（{label}{_LUHN}至{_ID}）。"
        assert found(text, {"bank_card", "id_card"}) == [], label


def test_range_after_a_dash():
    text = f"本批工单号{_LUHN}—{_ID}均已办结。"
    assert found(text, {"bank_card", "id_card"}) == []


def test_ids_listed_after_their_label_stay():
    text = f"申请人身份证号码自查为{_ID}，其配偶为{_ID2}。"
    assert found(text, {"id_card"}) == [at(text, "id_card", _ID), at(text, "id_card", _ID2)]


def test_a_card_after_zi_with_no_label_stays():
    text = f"补贴款自{_LUHN}账户转出。户主：韦德全，银行卡号：{_LUHN}。"
    assert at(text, "bank_card", _LUHN, text.index("卡号")) in found(text, {"bank_card"})
