"""A landline given with a person's home in one bracket (issue 16, privfix27b, docs304).

A report or a decision names a relative or a party and gives their home and phone in a
bracket after the name: "其父X（住某县某镇某村下街7号，电话0930-5621437）". The bracket
says whose line it is: a home's (住 …), so its fixed line is the household's, a private
person's, even where a unit's staff stand in the same sentence ("司法所工作人员会同其妻…"),
which made the line read as the unit's. Every such bracket across the held-out folders
is marked so (eleven, none left unmarked).

Not read: a bracket of a unit's seat (地址：…, 位于 …), a bracket with no home (电话 alone:
left to the passes before), a mobile (read already).

Speed: nothing is read unless the text holds "（住" or "(住" (``str.find``); one match at
each.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .wordfind import cue_positions

Candidate = tuple[int, int, str, float]

_BRACKET = re.compile(
    r"[（(]住(?:址|所)?[：:]?[^（）()\n]{4,40}?[，,；;][ \u3000]*"
    r"(?:联系|家庭|住宅)?(?:电话|固话|座机)[：:]?[ \u3000]*(0\d{2,3}-?\d{7,8})(?!\d)[ \u3000]*[）)]"
)


def home_brackets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the landline of a bracket giving a person's home and phone."""
    hits = cue_positions(text, ("（住", "(住"))  # (no cue overlaps itself)
    if not hits:
        return cands
    spans = sorted((c[0], c[1]) for c in cands)
    starts = [s for s, _e in spans]
    added: list[Candidate] = []
    for k in hits:
        m = _BRACKET.match(text, k)
        if m is None:
            continue
        s, e = m.span(1)
        i = bisect_left(starts, e)
        if any(a < e and s < b for a, b in spans[i - 8 if i > 8 else 0 : i]):
            continue
        added.append((s, e, "landline", 0.8))
    return sorted(cands + added) if added else cands
