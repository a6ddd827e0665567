"""What an account-like number is by what its label or its export's key says (issue 16,
docs129–131).

A Luhn-valid run of 16–19 digits is a bank card only when nothing says it is another
number. Two labels say so:

- **a card that is no bank's**: a points, member, shopping, campus, library, fuel,
  transit, parking or patient card (积分卡号, 会员卡号, 就诊卡号, 校园卡号 …), also as an
  export's key — English (``memberCardNo``, ``pointsCard``, ``libraryCard``) or pinyin
  initials before 卡号 (``jfkh`` 积分卡号, ``hykh`` 会员卡号, ``jzkh`` 就诊卡号). Such a card
  is issued by a shop, a scheme or a hospital and carries no money of a bank; its number
  is that scheme's. A bank's, a social security's (社保卡, 社会保障卡) or a subsidy's card
  (一卡通, 惠民卡) stays a card.
- **an account whose holder is an organisation**: the words right before 账户 / 账号 end
  in a unit's head (村委会账户, 合作社账号, 某公司账户, 镇财政所账户, 村民小组账户): the
  collective's or the office's account, not a person's card. A bank before the account
  word is its issuer, not its holder (农业银行账户, 信用社账号: the person's), and a
  card's or a person's word (社保卡账户, 本人账户, 一卡通账户) keeps it a person's.
"""

from __future__ import annotations

import re

from .alternation import led

_TAIL = r"[）)]?[\"']?[ \u3000]*[：:为是]?[ \u3000]*[\"']?$"
_OTHER_CARD = led(
    r"(?:(?:积分|会员|购物|消费|储值|礼品|校园|饭|餐|门禁|借书|借阅|图书|加油|油|公交|交通|停车|"
    r"购电|购气|就诊|诊疗|健康|体检|员工|考勤|工作|VIP|vip|"
    # a utility's prepaid card (燃气卡号, 电卡号, 水卡号), a city's or a campus's 一卡通
    r"燃气|电|水|气|热)卡|(?:校园|公交|交通|城市)一卡通)(?:卡号|号码?|编号|ID)?" + _TAIL
)
# an export's key before the value ("jfkh": "…", <memberCardNo>…)
_KEY = re.compile(r"[\"'<]([A-Za-z][A-Za-z0-9_]{1,30})[\"']?[ \t]*[:=>][ \t]*[\"']?[ \t]*$")
_OTHER_CARD_KEY = re.compile(
    r"(?:member|points?|loyalty|bonus|reward|campus|library|meal|gift|fuel|bus|transit|"
    r"parking|access|patient|health|vip|jifen|huiyuan|jiuzhen|gas|water|power|electric)_?card",
    re.I,
)
# pinyin initials of a scheme's card before 卡号 (kh) or 卡 (k): 积分 jf, 会员 hy, 购物 gw,
# 消费 xf, 就诊 jz, 健康 jk, 停车 tc, 门禁 mj, 加油 jy
_INITIALS = re.compile(r"(?:jf|hy|gw|xf|jz|jk|tc|mj|jy)(?:kh|k|kbh|khm)", re.I)

_HOLDER = re.compile(
    r"([\u4e00-\u9fff]{2,16})(?:银行)?(?:账户|帐户|账号|帐号|户头)(?:号码?)?" + _TAIL
)
_UNIT_HEADS = (
    "村委会",
    "居委会",
    "委员会",
    "合作社",
    "联合社",
    "村民小组",
    "公司",
    "集团",
    "中心",
    "协会",
    "政府",
    "办事处",
    "学校",
    "医院",
    "卫生院",
    "社区",
    "局",
    "所",
    "站",
    "院",
    "馆",
    "办",
    "厂",
)
# an issuer, not a holder: a bank before the account word
_ISSUER = re.compile(r"银行|信用|农信|邮储|储蓄|营业所|支付宝|微信|财付通")
_PERSON_WORD = re.compile(r"本人|个人|名下|卡|户主|村民(?!小组)|社员|职工|居民")


def other_card(text: str, start: int) -> bool:
    """Whether the label or the key right before ``start`` names a card that is no bank's."""
    before = text[start - 40 if start > 40 else 0 : start]
    if "卡" in before and _OTHER_CARD.search(before, max(0, len(before) - 16)):
        return True
    m = _KEY.search(before)
    if m is None:
        return False
    return scheme_card_key(m.group(1))


# pinyin initials ending in an account's or a card's number (fhzh 分户账号, tkzh 退款账号,
# skzh 收款账号, yhkh 银行卡号, zhh 账户号), or an English account's or card's key
_ACCOUNT_KEY = re.compile(
    r"[b-df-hj-np-tv-z]{0,5}(?:zh|kh|zhh|khh|zhhm)|(?:[a-z_]*_)?(?:account|acct|card)(?:_?no)?",
    re.I,
)


def account_key(text: str, start: int) -> bool:
    """Whether the export's key right before ``start`` names an account or a card: its
    value is that account's number (a 15-digit 分户账号 in an old ID's shape is no ID)."""
    m = _KEY.search(text, start - 40 if start > 40 else 0, start)
    return (
        m is not None
        and _ACCOUNT_KEY.fullmatch(m.group(1)) is not None
        and not _ID_KEY.search(m.group(1))
    )


# 身份证号 spelled sfzh ends in zh like 账号, but names the identity card (czrsfzh 出租人身份证号,
# sfzhm 身份证号码): its value is an ID, no account (privfix22d, docs284)
_ID_KEY = re.compile(r"sfz", re.I)


def scheme_card_key(key: str) -> bool:
    """Whether an export's key names a scheme's card (memberCardNo, jfkh), no bank's, or
    another thing's number (orderNo, motorNo, tradeId, dbhh: 电表户号)."""
    folded = key.lower()  # (XML exports write initials in capitals: <DBHH>, <YKTH>)
    return bool(
        _OTHER_CARD_KEY.search(key)
        or _INITIALS.fullmatch(key)
        or (_NUMBER_INITIALS.fullmatch(folded) and not _CARD_INITIALS.search(folded))
        or other_key(key)
    )


# the initials of a bank's card or a subsidy's card named whole before its number's 号
# (ykth 一卡通号, yktbh 一卡通编号, yhkbh 银行卡编号): the number is that card's, as the
# Chinese label (一卡通号, module docstring) says; 卡号 itself (kh) is excluded above
_CARD_INITIALS = re.compile(r"ykt|yhk")


# pinyin initials (consonants only) ending in 号 h, 号码 hm, 编号 bh, 编码 bm or 代码 dm: a
# thing's number (bdcdyh 不动产单元号, dbhh 电表户号, ddbh 订单编号), not a card's or an
# account's (yhkh 银行卡号, skzh 收款账号, zhh 账户号, khh 开户号, khm 卡号码)
_NUMBER_INITIALS = re.compile(
    r"[b-df-hj-np-tv-z]{1,5}(?:h|hm|bh|bm|dm)(?<!kh)(?<!zh)(?<!khm)(?<!zhm)(?<!zhh)(?<!khh)"
)
# an English key naming a thing's number: a stem, then No / Num / Number / Id / Code
_NUMBER_KEY = re.compile(r"([A-Za-z]{2,}?)[_-]?(?:no|num|number|id|code|sn)", re.I)
_CARD_STEM = re.compile(r"card|acc|bank|pay|kh|zh|yh|sbk|fk|sk|hm", re.I)


def other_key(key: str) -> bool:
    """Whether an export's key names another thing's number by its stem (orderNo,
    trade_id, motorNo, invoiceCode): a key whose stem is no card's, account's or bank's
    word says what the number is; a bare key (no, number, id, hm) says nothing."""
    m = _NUMBER_KEY.fullmatch(key)
    return m is not None and _CARD_STEM.search(m.group(1)) is None


def scheme_card_label(label: str) -> bool:
    """Whether a label or a column's header names a card that is no bank's."""
    return "卡" in label and _OTHER_CARD.search(label) is not None


def holder_account(text: str, start: int) -> bool:
    """Whether the account label right before ``start`` names an organisation its holder."""
    before = text[start - 24 if start > 24 else 0 : start]
    if "户" not in before and "账号" not in before and "帐号" not in before:
        return False
    m = _HOLDER.search(before)
    if m is None:
        return False
    holder = m.group(1)
    if _ISSUER.search(holder) or _PERSON_WORD.search(holder):
        return False
    return holder.endswith(_UNIT_HEADS)
