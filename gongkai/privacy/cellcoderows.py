"""A one-cell-a-line table's row whose ID cell holds a credit code (privfix25b).

A table flattened to one cell per line (a DOCX or a PDF read cell by cell) gives each
row as a run of short lines from its number on: ``11 / 中海村6组 / 某县某专业合作社 /
93522427… / 620.0 / … / 对公账户 / 0857-…``. Where the cell under the persons' ID column
holds an organisation's unified social credit code (an ``org_code`` alone on its line),
the row's holder is that body, as ``coderows`` reads a delimited row: the row's landline
and address are the body's, no private person's. A row with a person's ID in it, and a
code in prose or on a line of its own label (统一社会信用代码：…), are left alone.
"""

from __future__ import annotations

import re

from .wordfind import blank

Candidate = tuple[int, int, str, float]

_UNIT_KINDS = frozenset(("landline", "address"))
_IDENTITY = frozenset(("id_card", "passport", "permit", "residence"))
_ROW_NUMBER = re.compile(r"[ \u3000]*\d{1,3}[ \u3000]*")
_MAX_CELLS = 16


def _alone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line of ``text[start:end]`` when the value is all of it (blanks aside)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if not blank(text, lo, start) or not blank(text, end, hi):
        return None
    return lo, hi


def _row_start(text: str, line_lo: int) -> int | None:
    """The start of the row holding the line at ``line_lo``: the nearest line above that
    is a bare row number, the lines between all short cells (no sign of a delimited
    table or a sentence)."""
    pos = line_lo
    for _ in range(_MAX_CELLS):
        if pos <= 0:
            return None
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1]
        if len(line) > 40 or "\t" in line or "|" in line or "。" in line:
            return None
        if _ROW_NUMBER.fullmatch(line):
            return above
        pos = above
    return None


def cell_code_rows(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and addresses of one-cell rows of a body's code."""
    codes = [(s, e) for s, e, k, _ in cands if k == "org_code"]
    if not codes or "身份证" not in text:
        return cands  # (the cheap look first: no credit code, no persons' ID column)
    drop = set()
    for s, e in codes:
        line = _alone(text, s, e)
        if not line:
            continue
        row = _row_start(text, line[0])
        if row is None:
            continue
        hi = line[1]  # the row runs to the next bare number's line
        for _ in range(_MAX_CELLS):
            if hi >= len(text):
                break
            end = text.find("\n", hi + 1)
            end = len(text) if end < 0 else end
            cell = text[hi + 1 : end]
            if _ROW_NUMBER.fullmatch(cell) or len(cell) > 40 or not cell.strip():
                break
            hi = end
        if any(k in _IDENTITY and row <= c < hi for c, _, k, _ in cands):
            continue  # a person's ID in the row: the code is not the row's only party
        drop.update(
            (c, k)
            for c, ce, k, _ in cands
            if k in _UNIT_KINDS and row <= c < hi and _alone(text, c, ce)
        )
    return [c for c in cands if (c[0], c[2]) not in drop] if drop else cands
