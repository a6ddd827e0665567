"""A roster of mediators, arbitrators or jurors printed with ruled lines and page heads
(issue 16, privfix24b).

Under a heading naming a roster of an office's appointees ("…人民调解员备案花名册", "…仲裁员
名册", "…人民陪审员名单"), the persons listed act in office (the settled marking; README of the
held-out batches, lines 42ff.; ``officeroles._rosters`` reads the table under the heading).
A roster printed from a PDF or a system often rules its header off from its rows with a line
of dashes (``-----``, ``=====``, ``─────``) and repeats its heading on each page with a page
count ("第 1 页  共 2 页"): the table goes on past such lines. Here the table under each
heading is read as every line of cells (split by tabs, bars or two spaces) with the blank and
ruled lines between them, up to the first line of prose (a note, "以上人员共16名…"); its names
are dropped. Lines after that prose (the office's contact) are left to the other passes.

Speed: only a text with such a heading (one search led by 员) is read.
"""

from __future__ import annotations

import re

from .officeroles import _ROSTER

Candidate = tuple[int, int, str, float]

_CELLS = re.compile(r"\t|[|｜│]|\S {2,}\S|\S\u3000{2,}\S")
_RULE = re.compile(r"[ \u3000]*[-=─━—_＿－]{5,}[ \u3000]*")
_WINDOW = 3000


def _span(text: str, heading_end: int) -> tuple[int, int] | None:
    """The table after a heading: its first line of cells to the last, blank and ruled
    lines between them allowed (None: no such table within the window)."""
    pos = text.find("\n", heading_end)
    if pos < 0:
        return None
    start = stop = -1
    limit = min(len(text), pos + _WINDOW)
    while pos < limit:
        nxt = text.find("\n", pos + 1)
        line_end = nxt if nxt >= 0 else len(text)
        line = text[pos + 1 : line_end]
        if not line.strip(" \u3000\t"):
            pass
        elif _RULE.fullmatch(line):
            pass
        elif _CELLS.search(line):
            if start < 0:
                start = pos + 1
            stop = line_end
        elif start >= 0:
            break  # the first line of prose after the table
        if nxt < 0:
            break
        pos = nxt
    return (start, stop) if start >= 0 else None


def roster_rules(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of a roster's table read past its ruled lines."""
    if "员" not in text or _ROSTER.search(text) is None:
        return cands
    spans = []
    for m in _ROSTER.finditer(text):
        got = _span(text, m.end())
        if got is not None:
            spans.append(got)
    if not spans:
        return cands
    return [c for c in cands if c[2] != "name" or not any(lo <= c[0] < hi for lo, hi in spans)]
