"""The clerk named under a document's issuing line (issue 16, privfix27c, docs305).

An official document ends with its 版记: the copy list, then the issuing office and date
("某县教育局办公室　2025年8月27日印发"), and a county's print often adds the staff who
handled, typed or checked it on the lines after: "经办人：X", "校对：Y", "打字：Z", "核稿人：W".
They act in office (README: 签发人 and a unit's staff are not marked), so a name on a line
that opens with such a label, within the three lines after a line ending in 印发, is dropped.

Not so: a name before the issuing line (the text's own persons, an annex's list), a label of
another kind after it ("附：申请人X"), a line past the third.

Cost: nothing unless "印发" ends a line (one ``in``); then a look at the few lines after it.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_CLERK = re.compile(
    r"[ \u3000]*(?:经办人|经办|承办人|校对人|校对|打字|打印|核稿人|核稿|拟稿人|拟稿)[：:]"
)


def footer_clerks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names on a clerk's line after the issuing line (docstring)."""
    if not has_word(text, "印发\n"):
        return cands  # (the cue index: a miss walks no text, privspeed27b)
    at = text.find("印发\n")
    spans = []
    while at >= 0:
        lo = text.find("\n", at) + 1
        hi = lo
        for _ in range(3):
            nl = text.find("\n", hi)
            hi = len(text) if nl < 0 else nl + 1
        spans.append((lo, hi))
        at = text.find("印发\n", lo)
    out = []
    for c in cands:
        if c[2] == "name" and any(lo <= c[0] < hi for lo, hi in spans):
            line = text.rfind("\n", 0, c[0]) + 1
            if _CLERK.match(text, line):
                continue
        out.append(c)
    return out
