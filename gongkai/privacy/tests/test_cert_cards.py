"""Issue 16 (privfix27a): a licence's number of a card's length that passes the card's check by
chance, under a licence's key in an export (``xkzh``, ``<XKZH>``, ``licenseNo``), is the
licence's, no card. Near misses: the same number under an account's key stays a card.
"""

from __future__ import annotations

from .spans import at, found

_NUMBER = "5107272024000081"  # (county 510727, 2024, serial; its last digit checks as a card's)


def test_a_licence_key_holds_no_card():
    text = (
        f'{{"xkzh":"{_NUMBER}","cflx":"主伐"}}\n'
        f"<CFXK><XKZH>{_NUMBER}</XKZH></CFXK>\n"
        f'{{"licenseNo": "{_NUMBER}"}}\n'
    )
    assert found(text, ("bank_card",)) == []


def test_an_account_key_keeps_its_card():
    text = f'{{"yhzh":"{_NUMBER}","khh":"某县农商银行"}}\n<ZH>{_NUMBER}</ZH>\n'
    first = at(text, "bank_card", _NUMBER)
    assert found(text, ("bank_card",)) == [first, at(text, "bank_card", _NUMBER, first[2])]
