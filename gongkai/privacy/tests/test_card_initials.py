"""A subsidy's or a bank's card named whole by a key's pinyin initials (issue 16, MM).

An export names the card the subsidy is paid to by its initials: ykth (一卡通号), yktbh
(一卡通编号), yhkbh (银行卡编号). Other initials before 号 or 编号 name another thing's
number (dbhh 电表户号, ddbh 订单编号, ksh 考生号), and a scheme's card (jfkh 积分卡号) is
no bank's: those stay unfound, in JSON lines and XML (capitals too); a keyed CSV's card.
"""

import pytest

from .spans import at, found, luhn

CARD = luhn("621229184003715620")  # 19
CARD16 = luhn("622848103920174")  # 16
POWER = luhn("620248173920145")  # 16, starts like UnionPay
ORDER = luhn("621041118331507942")  # 19
POINTS = luhn("622002019384756")  # 16
EXAM = luhn("620103201001011")  # 16


@pytest.mark.parametrize(
    "text, cards",
    [
        (
            f'{{"hzxm": "甲某", "ykth": "{CARD}", "dbhh": "{POWER}"}}\n'
            f'{{"hzxm": "乙某", "yktbh": "{CARD16}", "ddbh": "{ORDER}"}}\n',
            [CARD, CARD16],
        ),
        (
            f"<r><xm>甲某</xm><YKTH>{CARD}</YKTH><JFKH>{POINTS}</JFKH><KSH>{EXAM}</KSH></r>",
            [CARD],
        ),
        (
            f"xm,yhkbh,btje\n甲某,{CARD16},579.35\n乙某,{CARD},261.49\n",
            [CARD16, CARD],
        ),
    ],
)
def test_card_keys(text, cards):
    got = found(text, ["bank_card"])
    want, start = [], 0
    for card in cards:
        want.append(at(text, "bank_card", card, start))
        start = want[-1][2]
    assert got == want
