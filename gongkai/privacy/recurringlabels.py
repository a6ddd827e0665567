"""A person's label repeated over records whose names recur: the office's staff (issue 16,
privfix16xa). Called from ``lastpasses``.

A register exported one key and one value a line repeats its labels record after record.
A private person is the subject of one record (or a few); the office's people who act on
the records — the one who confirmed, registered, checked each — are a handful recurring
down the whole export. So a label of a person (a key ending in 人, not 被…人) on a line of its
own, found on three lines or more, whose name-shaped values are at most half distinct and
not all single (one name at least twice), names the office's staff: its names are dropped.
A value found as a name elsewhere (a guardian under 监护人 in each child's record and in
their own) keeps the label's names. The label's words are never read, so acts never listed are covered; a label whose values
are mostly distinct (申请人, 监护人, 户主 of a register of families) keeps every name.
"""

from __future__ import annotations

import re
from collections import Counter

from .seqlists import line_bounds
from .wordfind import colons

Candidate = tuple[int, int, str, float]

# a person's key (…人, not 被…人) and a name-shaped value, alone on a line
_LINE = re.compile(
    r"[ \t]*([\u4e00-\u9fff]{0,5}(?<!被)[\u4e00-\u9fff]人)[ \t]*[：:][ \t]*"
    r"([\u4e00-\u9fff·]{2,8})[ \t]*"
)
_LEAST = 3


def recurring_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names under a person's label whose values recur."""
    # every 人： and then every 人:, from the colons the scan's passes share (``wordfind``:
    # no search of the whole text for a word)
    people = [k - 1 for signs in colons(text) for k in signs if k and text[k - 1] == "人"]
    if len(people) < _LEAST:
        return cands
    by_label: dict[str, list[tuple[int, int, str]]] = {}
    for k in people:
        lo, hi = line_bounds(text, k)
        m = _LINE.fullmatch(text, lo, hi) if k - lo <= 10 and hi - k <= 14 else None
        if m:
            by_label.setdefault(m.group(1), []).append((m.start(2), m.end(2), m.group(2)))
    drop: set[int] = set()
    for values in by_label.values():
        if len(values) < _LEAST:
            continue
        counts = Counter(v for _s, _e, v in values)
        if 2 * len(counts) > len(values) or max(counts.values()) < 2:
            continue
        starts = {s for s, _e, _v in values}
        if any(
            c[2] == "name" and c[0] not in starts and text[c[0] : c[1]] in counts for c in cands
        ):
            continue  # a person of the records too (a guardian's own record)
        drop.update(starts)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
