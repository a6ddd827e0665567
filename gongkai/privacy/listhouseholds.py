"""A list's household by its number: ``东胜村4号户`` is no address (privfix25b).

A roster's notes refer to its rows by their number and 户 (household): ``2.某村4号户实际
经营人为X``, ``某村5号户X户籍仍…``. The village and the number read like a village's
house number (某村4号), but the 户 right after the number makes it the list's fourth
household, not a home: such an address, a village and a number alone (no county, town
or road before it), is dropped. A house number followed by 户主 (``某村4号户主X``: the
householder living there) or by anything else stays an address.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# a village's name and a number: the whole of the address (no larger place before it)
_SHORT = re.compile(r"[\u4e00-\u9fff]{1,6}(?:村|社区|屯)\d{1,3}号")


def list_households(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without a village and a row number before 户 read as an address."""
    if not has_word(text, "号户"):
        return cands  # (the cheap look first)
    drop = set()
    for start, end, kind, _conf in cands:
        if kind != "address" or text[end - 1 : end + 1] != "号户":
            continue
        if text[end + 1 : end + 2] == "主":
            continue  # 某村4号户主X: the householder of a house number
        if _SHORT.fullmatch(text, start, end):
            drop.add(start)
    return [c for c in cands if not (c[2] == "address" and c[0] in drop)] if drop else cands
