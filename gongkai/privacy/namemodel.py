"""A scored test for an isolated token: how much it looks like a person's name.

The layout passes (``blocks``) find tokens that stand alone — a table's cell, a list's
piece, the value after a label, the word before a bracket of particulars — and ask this
model how much each looks like a name. The score is general knowledge of names, not of
any document:

- a compound surname (欧阳, 司马, 尉迟, 张廖 …) and one or two characters: 0.95;
- a known surname and a given name of given-name characters: 0.9; a known surname and a
  given name without a character that cuts names: 0.75 (a rare surname needs
  given-name characters);
- a name with ·, or four to six characters of transliterated names (Tibetan, Mongolian,
  Uyghur, Yi): 0.9; the names of Yunnan's Lahu, Wa and Dai, which open with a word of
  sex or birth order (扎, 娜, 岩, 玉, 艾, 依, 咪, 叶) or carry one after a surname
  (胡扎迫, 李娜倮): 0.7;
- a surname and a word (温柔, 丁香, 江河, 宁静, 万里): 0.3 — a name only where the
  column or the list it stands in is one of names;
- no name at all (0): a known non-name (totals, relations, nationalities, roles,
  places and units by their last character, headers), an official's title, 某.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import validators as v
from .listwords import NON_NAME, TRANSLIT, non_name

_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}")
_TRANSLIT_RUN = re.compile(r"[\u4e00-\u9fff]{4,6}")
# words of sex or birth order that open the names of the Lahu (扎 men, 娜 women), the Wa
# and the Dai (岩/艾 men, 玉/依/咪/叶 women); after a surname too (胡扎迫, 李娜倮)
_SOUTHWEST_LEAD = frozenset("扎娜岩艾玉依咪叶")
# compound surnames of mixed families in Fujian and Taiwan (张廖, 张简, 范姜) beside the
# classical ones of ``validators``
_DOUBLE = frozenset("张廖 张简 范姜 刘张 陈林 简廖".split())
# titles and roles: a token that is one names nobody
_ROLE = re.compile(
    r"(?:书记|主任|局长|科长|股长|所长|站长|镇长|乡长|县长|村长|组长|队长|会计|出纳|专干|网格员|"
    r"经理|老师|医生|律师|师傅|同志|先生|女士|代表|委员|干部|人员|职工)$"
)
# words that end no name: verbs and places a cell may hold instead (合计, 本人, 之子 …)
_NOT_END = frozenset("村组镇乡街路巷号室楼局委办院所站队部处科股型类级费款额计")
_NOT_START = frozenset("之其本该此每各另共合小总")


# the characters a name may open with: surnames, transliterations, the south-west's leads
NAME_START = frozenset(
    {w[0] for w in v.COMPOUND_SURNAMES} | v.SURNAMES | v.RARE_SURNAMES | TRANSLIT | _SOUTHWEST_LEAD
)


def _surname(token: str) -> int:
    if token[:2] in v.COMPOUND_SURNAMES or token[:2] in _DOUBLE:
        return 2 if len(token) >= 3 else 0
    if token[:1] in v.SURNAMES:
        return 1
    if token[:1] in v.RARE_SURNAMES:
        return 1
    return 0


@lru_cache(maxsize=8192)
def score(token: str) -> float:
    """How much an isolated token looks like a person's name, from 0 to 1."""
    if not token or "某" in token:
        return 0.0
    if "·" in token:
        return 0.9 if _DOTTED.fullmatch(token) else 0.0
    n = len(token)
    if n > 6 or not _HAN.fullmatch(token[:4]) or (n > 4 and not _TRANSLIT_RUN.fullmatch(token)):
        return 0.0
    if token in NON_NAME or non_name(token) or _ROLE.search(token):
        return 0.0
    if token[0] in _NOT_START or token[-1] in _NOT_END:
        return 0.0
    if n >= 4 and all(c in TRANSLIT for c in token):
        return 0.9
    k = _surname(token)
    if k == 2 and n - k in (1, 2):
        return 0.95
    if k == 1 and n <= 3:
        if token in v.COMMON_WORDS:
            return 0.3
        if v.plausible_name(token, strict=True):
            return 0.9
        if token[1] in _SOUTHWEST_LEAD and n == 3:
            return 0.7  # 胡扎迫, 李娜倮, 周扎克
        if v.plausible_name(token):
            return 0.75
        return 0.3
    if k == 1 and n == 4:
        # 包格日勒, 宝音图: a Mongolian name under a Han surname; else a word of four
        return 0.7 if all(c in TRANSLIT for c in token[1:]) else 0.3
    if token[0] in _SOUTHWEST_LEAD and n <= 3:
        return 0.7  # 扎约, 娜阿, 岩三, 玉香
    if n <= 3 and all(c in TRANSLIT for c in token):
        return 0.5  # 乌云, 宝音, 萨仁: names only where the list is one of names
    if n == 3 and v.plausible_given(token[1:]):
        return 0.3  # a surname in no tier (瓦明生, 芦保平): where the column says so
    return 0.0


def confident(token: str) -> bool:
    return score(token) >= 0.7


def possible(token: str) -> bool:
    """A token that may be a name where its column or list says so (温柔, 宁静)."""
    return score(token) >= 0.3
