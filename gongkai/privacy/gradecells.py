"""A school grade standing as a cell is no name (issue 16, after docs143, privfix16ya).
Called from ``lastpasses``.

初 and 高 are surnames, so 初一, 初三, 高二 are name-shaped; but a pupils' roster gives each
row's grade in its own column — 初一 … 初四 (junior middle school), 高一 … 高三 (senior) —
and a cell holding the grade alone is no person. The rule reads the value's edges, not its
table's layout: the candidate is the whole cell (a separator, a line's edge or a run of
two spaces on both sides, as in a tab, pipe, comma, quoted or space-aligned table), so
"初三学生王某" and a person named 高一鸣 are not touched.

Speed: a candidate's two or three characters are compared first; the text is not searched.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_GRADE = re.compile(r"[初高][一二三四]")
_EDGE = frozenset("\t|｜│,，\"'\n")


def _edge(text: str, at: int, step: int) -> bool:
    """The character at ``at`` (going by ``step``) closes a cell: a separator, the text's
    edge, or two spaces."""
    if at < 0 or at >= len(text):
        return True
    c = text[at]
    if c in _EDGE:
        return True
    if c in " \u3000":
        nxt = at + step
        return nxt < 0 or nxt >= len(text) or text[nxt] in " \u3000\n\t"
    return False


def grade_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the name candidates that are a grade alone in a cell."""
    drop = {
        c[0]
        for c in cands
        if c[2] == "name"
        and c[1] - c[0] == 2
        and _GRADE.fullmatch(text, c[0], c[1])
        and _edge(text, c[0] - 1, -1)
        and _edge(text, c[1], 1)
    }
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
