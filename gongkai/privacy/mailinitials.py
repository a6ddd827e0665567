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

import re
from bisect import bisect_right

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
_LOCAL = re.compile(r"([a-z]{4,10})@", re.I)
_VOWELS = re.compile(r"[aeiou]", re.I)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,16}")
# the characters a unit's name ends with (局, 中心, 协会, 代表队, 学校 …)
_UNIT_LAST = frozenset("局委办院所站校心会队处科股馆厅室部")
# a county's, city's or town's name before its sign: its initials may lead the mailbox
_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(?:县|市|区|镇|乡)")
_WINDOW = 4000


def _initial(ch: str) -> str:
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return "?"
    if len(code) != 2:
        return "?"
    k = bisect_right(_CODES, code[0] * 256 + code[1]) - 1
    return _BOUNDS[k][1] if k >= 0 else "?"


def _initials(run: str) -> str:
    return "".join(_initial(ch) for ch in run)


def _unit_spelled(text: str, start: int, local: str) -> bool:
    """Whether ``local`` spells the initials of a unit's name near ``start`` (module
    docstring), alone or after a place's."""
    lo, hi = max(0, start - _WINDOW), start + _WINDOW
    places = {_initials(m.group(1)) for m in _PLACE.finditer(text, lo, hi)}
    heads = {""} | {p for p in places if "?" not in p and local.startswith(p)}
    for m in _HAN_RUN.finditer(text, lo, hi):
        run = m.group()
        if _UNIT_LAST.isdisjoint(run):
            continue
        spelled = _initials(run)
        for i, ch in enumerate(run):
            if ch not in _UNIT_LAST or i < 1:
                continue
            for head in heads:
                rest = local[len(head) :]
                if (
                    len(rest) >= 2
                    and i + 1 >= len(rest)
                    and spelled[i + 1 - len(rest) : i + 1] == rest
                ):
                    return True
    return False


def spelled_unit_mail(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mailboxes spelled from a unit's name (module docstring)."""
    out = []
    for c in cands:
        if c[2] == "email":
            m = _LOCAL.match(text, c[0])
            if (
                m
                and len(_VOWELS.findall(m.group(1))) <= 1
                and not personal_label(text, c[0])
                and _unit_spelled(text, c[0], m.group(1).lower())
            ):
                continue
        out.append(c)
    return out
