"""Households listed by their heads with a head count (issue 16, privfix22b). Called last
from ``lastpasses``.

A report of a hazard, a relief round or a relocation lists the households concerned by
their heads: "受威胁对象：冉某某家4人、向某某家3人、邓某某家2人，共3户9人". Each item of
such a list — a run of two to four Han signs standing after a list's or a label's sign,
then 家, a count and 人 or 口 — names the head of a household, a private person. Two items
or more on one line make the list (one "X家3人" alone may be a sentence's "全家3人" or a
place's 张家); the name must read as one by the model of names (``namemodel``).

Speed: the text is walked by ``str.find`` of 家; a line is read only where a count follows.
"""

from __future__ import annotations

from . import namemodel
from .wordfind import places

Candidate = tuple[int, int, str, float]

_COUNT = frozenset("0123456789一二三四五六七八九十两")
_EDGE = frozenset("：:、，,；; \u3000\t\n")


def _item(text: str, at: int) -> tuple[int, int] | None:
    """The head's span before the 家 at ``at``, where a count and 人/口 follow it."""
    k = at + 1
    while k < len(text) and k - at <= 3 and text[k] in _COUNT:
        k += 1
    if k == at + 1 or text[k : k + 1] not in ("人", "口"):
        return None
    lo = at
    while lo > 0 and at - lo < 5 and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    if not 2 <= at - lo <= 4 or (lo > 0 and text[lo - 1] not in _EDGE):
        return None
    return (lo, at) if namemodel.score(text[lo:at]) >= 0.9 else None


def household_counts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the heads of households listed with their counts (module docstring)."""
    homes = places(text, "家")  # (家 is walked by other passes too: ``wordfind``)
    if not homes:
        return cands
    lines: dict[int, list[tuple[int, int]]] = {}
    for at in homes:
        if text[at + 1 : at + 2] in _COUNT and (span := _item(text, at)) is not None:
            lines.setdefault(text.rfind("\n", 0, at), []).append(span)
    have = [(c[0], c[1]) for c in cands if c[2] == "name"]
    out = [
        (s, e, "name", 0.75)
        for spans in lines.values()
        if len(spans) >= 2
        for s, e in spans
        if not any(a < e and s < b for a, b in have)
    ]
    return cands + out if out else cands
