"""Names noted by their kinship keep their finding (issue 16, privfix17d).

A name with its kinship to the record's person noted right after it — "曾某（子）",
"陈某（儿媳）", "周某（侄）" (``context.KIN_AFTER``) — is that person's relative, a private
person, whatever its column's header says. A family's own 治丧经办人 (who arranged the
funeral), 经办人 or 代办人 of a claim reads, by its header, like the unit's staff
(经办人, 承办人: ``officialcolumns``, ``servicestaff``); an official in office is never
noted as the row's son or daughter-in-law. So the names the late passes that read
officials and staff by their column or post would drop are kept when such a note
follows them and the name opens its cell (not "方圆" cut out of "訾方圆（侄子）"), unless a
pass put another candidate on the same characters (an edge set
anew: that reading stands).

Speed: one look at the character after each name; the late passes' results are compared
only when a name before them has such a note.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from .context import KIN_AFTER

Candidate = tuple[int, int, str, float]


def _noted(text: str, cands: list[Candidate]) -> list[Candidate]:
    return [
        c
        for c in cands
        if c[2] == "name"
        and text[c[1] : c[1] + 1] in ("（", "(")
        and not (c[0] and "\u4e00" <= text[c[0] - 1] <= "\u9fff")  # (its cell's whole name)
        and KIN_AFTER.match(text, c[1])
    ]


def kin_kept(
    text: str, cands: list[Candidate], passes: Callable[[str, list[Candidate]], list[Candidate]]
) -> list[Candidate]:
    """``passes(text, cands)`` with the kin-noted names it dropped put back (above)."""
    noted = _noted(text, cands)
    out = passes(text, cands)
    if not noted:
        return out
    present = set(out)
    missing = [c for c in noted if c not in present]
    if not missing:
        return out
    spans = sorted((c[0], c[1]) for c in out)
    lost = []
    for c in missing:
        k = bisect_left(spans, (c[0] - 60,))
        while k < len(spans) and spans[k][0] < c[1] and spans[k][1] <= c[0]:
            k += 1
        if k < len(spans) and spans[k][0] < c[1]:
            continue  # (the same characters read otherwise, or the name kept)
        lost.append(c)
    return out + lost if lost else out
