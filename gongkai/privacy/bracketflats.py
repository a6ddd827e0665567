"""A bare flat in a bracket right after a person's name (issue 16, docs233's class).

Notices about an estate name owners by their flat alone, the estate being the notice's
own: "共同署名人：X（5栋1201房）、Y（3栋802室）", "罢免委员X（3栋1单元1101号）",
"其中X（7栋502室）等9户". A building and its room (``estates.flat_number``: 栋, 幢, 号楼
or 座, a staircase maybe, a room closed by 室, 号, 户 or 房) standing alone in the bracket
that opens right after a name found leads to that person's home. Not a unit's room (no
name stands before "物业服务中心（3栋101室）"), not a bracket holding more than the flat
("X（3栋802室业主代表）"), not a building alone ("X（3栋）").
"""

from __future__ import annotations

import re

from .estates import flat_number

Candidate = tuple[int, int, str, float]

_CLOSE = re.compile(r"[）)，,、；;]")
_TAILS = ("夫妇", "夫妻", "家", "户")  # "X、Y夫妇（3栋802室）"


def bracket_after(text: str, end: int) -> int:
    """The first position inside the bracket that opens right after a name ending at
    ``end`` (or after its owners' tail: "X、Y夫妇（", "X家（"); -1 when none opens there."""
    at = end
    if text[at : at + 1] not in "（(":
        for tail in _TAILS:
            if text.startswith(tail, at):
                at += len(tail)
                break
        if text[at : at + 1] not in "（(":
            return -1
    return at + 1


def bracketed_flats(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    """The spans of bare flats alone in a bracket right after a name of ``cands``."""
    out: list[tuple[int, int]] = []
    for _s, e, kind, conf in cands:
        if kind != "name" or conf < 0.6:
            continue
        at = bracket_after(text, e)
        if at < 0:
            continue
        close = _CLOSE.search(text, at, at + 16)
        if close and flat_number(text, at, close.start()):
            out.append((at, close.start()))
    return out
