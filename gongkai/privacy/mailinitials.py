"""A mailbox spelled from a unit's name is the unit's (issue 16, privfix16zd, after docs148).

Offices and schools open their public mailboxes on free mail services under the pinyin
initials of their names, often after their county's: ``yfxjtj@163.com`` is 云峰(yf) 县教体局
(xjtj), ``ljxwsjkj@126.com`` 临江县卫生健康局. A person's mailbox spells a name or a word in
full pinyin (``lanyue1991``) or adds digits and signs (``cao.tt87``, ``lxm1985``). So a mailbox
whose local part is letters only with at most one vowel, and equals the initials of a unit's
name the document gives near it (a run of Han characters ending in a unit's word: 局, 委, 办,
院, 所, 站, 校, 中心, 协会, 代表队 …), alone or after the initials of a county's or town's
name the document also gives (云峰县 → yf), is the unit's, whatever row or key it stands
in, unless its label calls it a person's own (个人邮箱, 本人邮箱).

Initials are read from the GB2312 code of each character (its first level is ordered by
pinyin); a character outside that level has none and matches no letter.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right

from .kindindex import kind_positions, without
from .unitmail import personal_label

Candidate = tuple[int, int, str, float]

# the first GB2312 code of each initial's run in the first level (ordered by pinyin)
_BOUNDS = (
    (0xB0A1, "a"), (0xB0C5, "b"), (0xB2C1, "c"), (0xB4EE, "d"), (0xB6EA, "e"), (0xB7A2, "f"),
    (0xB8C1, "g"), (0xB9FE, "h"), (0xBBF7, "j"), (0xBFA6, "k"), (0xC0AC, "l"), (0xC2E8, "m"),
    (0xC4C3, "n"), (0xC5B6, "o"), (0xC5BE, "p"), (0xC6DA, "q"), (0xC8BB, "r"), (0xC8F6, "s"),
    (0xCBFA, "t"), (0xCDDA, "w"), (0xCEF4, "x"), (0xD1B9, "y"), (0xD4D1, "z"), (0xD7FA, "?"),
)  # fmt: skip
_CODES = [b for b, _ in _BOUNDS]
_ENCODE = codecs.getencoder("gb2312")  # (the codec loaded with the module, not in a scan)
_LOCAL = re.compile(r"([a-z]{4,10})@", re.I)
_VOWELS = re.compile(r"[aeiou]", re.I)
# the characters a unit's name ends with (局, 中心, 协会, 代表队, 学校 …), by their initial
_BY_INITIAL = {
    "j": "局", "w": "委", "b": "办部", "y": "院", "s": "所室", "z": "站", "x": "校心",
    "h": "会", "d": "队", "c": "处", "k": "科", "g": "股馆", "t": "厅",
}  # fmt: skip
# a county's, city's or town's sign: the two characters before it may lead the mailbox
_PLACE_SIGNS = "县市区镇乡"
_WINDOW = 2000


_MEMO: dict[str, str] = {}


def _initial(ch: str) -> str:
    got = _MEMO.get(ch)
    if got is not None:
        return got
    try:
        code = _ENCODE(ch)[0]
    except UnicodeEncodeError:
        code = b""
    k = bisect_right(_CODES, code[0] * 256 + code[1]) - 1 if len(code) == 2 else -1
    got = _MEMO[ch] = _BOUNDS[k][1] if k >= 0 else "?"
    return got


def _spelled_before(text: str, end: int, letters: str, lo: int) -> bool:
    """Whether the characters ending at ``end`` (not before ``lo``) spell ``letters``."""
    begin = end - len(letters)
    if begin < lo:
        return False
    return all(_initial(text[begin + i]) == letter for i, letter in enumerate(letters))


def _unit_spelled(text: str, start: int, local: str) -> bool:
    """Whether ``local`` spells the initials of a unit's name near ``start`` (module
    docstring), alone or after a place's two: each unit's last character whose initial
    ends ``local`` is found, and the characters before it read back."""
    lo, hi = max(0, start - _WINDOW), min(len(text), start + _WINDOW)
    before = local[-2]  # (the initial of the character before the unit's last: a cheap look)
    for last in _BY_INITIAL.get(local[-1], ""):
        k = text.find(last, lo + 2, hi)
        while k >= 0:
            if _initial(text[k - 1]) == before and (
                _spelled_before(text, k + 1, local, lo)
                or (
                    len(local) >= 5
                    and _spelled_before(text, k + 1, local[2:], lo)
                    and _place_spelled(text, local[:2], lo, hi)
                )
            ):
                return True
            k = text.find(last, k + 1, hi)
    return False


def _place_spelled(text: str, head: str, lo: int, hi: int) -> bool:
    """Whether a place's two-character name before its sign (云峰县) spells ``head``."""
    for sign in _PLACE_SIGNS:
        k = text.find(sign, lo + 2, hi)
        while k >= 0:
            if _spelled_before(text, k, head, lo):
                return True
            k = text.find(sign, k + 1, hi)
    return False


def spelled_unit_mail(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is spelled from a unit's name (module docstring)."""
    m = _LOCAL.match(text, start)
    return bool(
        m
        and len(_VOWELS.findall(m.group(1))) <= 1
        and not personal_label(text, start)
        and _unit_spelled(text, start, m.group(1).lower())
    )


def unit_spelled_mails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mailboxes spelled from a unit's name (``spelled_unit_mail``)."""
    if "@" not in text:
        return cands
    kinds = [c[2] for c in cands]
    return without(
        cands, {k for k in kind_positions(kinds, "email") if spelled_unit_mail(text, cands[k][0])}
    )
