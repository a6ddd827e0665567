"""A row's person named again in a cell of prose of the same row (issue 16).

A register's row names its person in a column of names and tells what happened in a cell
of prose: "邹X\t2312…\t原承包方代表死亡，由邹X继承，其他继承人…". The prose's mention is
cut from the words around it by nothing but the reader's knowing the name: "由邹X继承"
could open a name 邹X继. The row knows it: the name fills a cell of its own in the same
row, so its mention in another cell of that row (a cell of prose: the row holds a comma), after a character that ends the words
before a name (none, a sign, a preposition: ``laternames._starts_name``), is that person.

A longer name opening with the same characters (王强 in one cell, 王强华 in the prose) is
left alone where the text finds that longer name anywhere, and a name that is also a
common word never counts.

Cost: only the lines holding a tab or a bar, and in them only the names filling a cell.
"""

from __future__ import annotations

from . import validators as v
from .laternames import _starts_name

Candidate = tuple[int, int, str, float]

_CELL_EDGE = frozenset("\t|│")
_NEAR_EDGE = frozenset("\t|│ \u3000")  # the character before a name filling a cell


def _fills_cell(text: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]`` fills a cell of a delimited row."""
    k = s - 1
    while k >= 0 and text[k] in " \u3000":
        k -= 1
    before = text[k] if k >= 0 else "\n"
    k = e
    while k < len(text) and text[k] in " \u3000":
        k += 1
    after = text[k] if k < len(text) else "\n"
    return before in _CELL_EDGE and (after in _CELL_EDGE or after == "\n")


def row_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a row's named person's mentions in the row's other cells."""
    if "\t" not in text and "|" not in text:
        return cands
    cells = [
        (s, e)
        for s, e, k, _c in cands
        if k == "name" and 2 <= e - s <= 4 and text[s - 1 : s] in _NEAR_EDGE
    ]
    if not cells:
        return cands
    names: set[tuple[int, int]] | None = None
    found_names: set[str] = set()
    taken: list[tuple[int, int]] | None = None
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    line_lo = line_hi = -1
    prose = False
    for s, e in sorted(set(cells)):
        name = text[s:e]
        if name in v.COMMON_WORDS or not _fills_cell(text, s, e):
            continue
        if not line_lo <= s < line_hi:
            line_lo = text.rfind("\n", 0, s) + 1
            line_hi = text.find("\n", e)
            line_hi = len(text) if line_hi < 0 else line_hi
            # a row with a cell of prose: a clause's sign in it
            prose = text.find("，", line_lo, line_hi) >= 0
        if not prose:
            continue
        lo, hi = line_lo, line_hi
        at = text.find(name, lo, hi)
        while at >= 0:
            end = at + len(name)
            span = (at, end)
            if span != (s, e) and span not in seen and _starts_name(text, at):
                if names is None:
                    names = {(a, b) for a, b, k, _c in cands if k == "name"}
                    found_names = {text[a:b] for a, b in names}
                if span in names:
                    at = text.find(name, end, hi)
                    continue
                if text[at : end + 1] in found_names:
                    at = text.find(name, end, hi)
                    continue
                if taken is None:
                    taken = [(a, b) for a, b, _k, _c in cands]
                if not any(a < end and at < b for a, b in taken):
                    seen.add(span)
                    out.append((at, end, "name", 0.7))
            at = text.find(name, end, hi)
    return cands + out if out else cands
