"""Persons that open the items of a compilation of notices: lost-document notices
("■陆伟强遗失居民身份证，…，声明作废"), each item a paragraph of its own.

An item opens (after the line's indent, a bullet or a number, and 本人 or not) with the
name, then the verb of the notice (遗失, 不慎遗失, 丢失) or the person's ID in brackets
("梁振东（身份证号：…）遗失…"). A unit that lost something ("■县五金厂遗失营业执照")
has no surname and a name's shape, or ends as units end, and is left alone; a
transliterated name (库尔班·买买提) is known by its dot.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_ITEM = re.compile(
    r"^[ \t\u3000]*(?:[■□●○◆◇▲△★☆※•·\-]|\d{1,3}[.、．]|[（(]\d{1,3}[）)])?[ \u3000]*"
    rf"(?:本人)?([{_H}]{{2,4}}?|[{_H}]{{1,5}}·[{_H}]{{1,6}}?)"  # (or 库尔班·买买提)
    r"(?=(?:不慎)?(?:遗失|丢失|遗落)|[（(](?:身份证|公民身份)[^（()）\n]{0,30}[）)](?:不慎)?(?:遗失|丢失))",
    re.M,
)


def _line_starts(text: str) -> list[int]:
    """The starts of the lines that hold the verb of a notice (遗失, 遗落, 丢失), found
    with ``str.find`` (a text without them costs two finds of one character)."""
    starts: set[int] = set()
    for c in "遗丢":
        k = text.find(c)
        while k >= 0:
            if text[k + 1 : k + 2] in ("失", "落"):
                starts.add(text.rfind("\n", 0, k) + 1)
            k = text.find(c, k + 1)
    return sorted(starts)


def notice_names(text: str) -> list[Candidate]:
    """The persons that open the items of lost-document notices."""
    out: list[Candidate] = []
    for start in _line_starts(text):
        m = _ITEM.match(text, start)
        if m is None:
            continue
        name = m.group(1)
        if "·" in name:  # a transliterated name: its dot, no Chinese surname
            out.append((m.start(1), m.end(1), "name", 0.8))
            continue
        if non_name(name) or name in v.COMMON_WORDS:
            continue
        if v.plausible_name(name) or v.name_shape(name) == name:
            out.append((m.start(1), m.end(1), "name", 0.8))
    return out
