"""A street address given as a person's 联系方式 in a table's row (issue 16, privfix19h).

A register of complaints or letters asks each row's person for a way to reach him; one who
wrote a letter gives his postal address there, alone or with a phone ("…路112号、135…").
Under a header cell 联系方式 (通讯方式, 联系方式（电话/地址）) of a delimited table whose
row names a person (a name found in it), a piece of that cell that is a street address
with its house number is the person's address. A unit's row (no name found) keeps its
cell unread.

Speed: nothing is read unless the text holds 联系方式 or 通讯方式, and then only the
lines from each line that holds one on (``contact_cells``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .csvcells import quoted_cells
from .tables import _HOUSE_CELL
from .wordfind import find_by, has_word
from .wordfind import lines as split_lines

Candidate = tuple[int, int, str, float]

_HEAD = re.compile(r"^(?:联系|通讯)方式(?:[（(][^（）()]{0,8}[）)])?$")
_SEPS = ("\t", "|", ",")
_PIECE = re.compile(r"[^、；;/／]+")
_ROAD = re.compile(r"[路街道巷弄村组里]")


def _cells(line: str, sep: str) -> list[str]:
    if sep == "," and '"' in line:
        return quoted_cells(line)
    return line.split(sep)


def _cue_lines(text: str, starts: list[int]) -> list[int]:
    """The indexes of the lines that hold 联系方式 or 通讯方式, ascending (a header's)."""
    found = set()
    for word, at in (("联系方式", 0), ("通讯方式", 1)):  # (by 联, 讯: rarer than 方)
        k = find_by(text, word, at)
        while k >= 0:
            found.add(bisect_right(starts, k) - 1)
            k = find_by(text, word, at, k + 1)
    return sorted(found)


def contact_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The addresses given in a person's 联系方式 cell (module docstring).

    Speed: a header is only set on a line that holds its cue word, and until then a line
    changes nothing; so the lines are walked from each cue line on while a header holds
    (up to a line without a separator), not every line of the text."""
    if not has_word(text, "联系方式") and not has_word(text, "通讯方式", 1):
        return []
    names = sorted(c[0] for c in cands if c[2] == "name")
    if not names:
        return []
    out: list[Candidate] = []
    lines, starts = split_lines(text)
    cues = _cue_lines(text, starts)
    header: tuple[str, int, int] | None = None  # (separator, column, width)
    i = 0
    for cue in cues:
        if cue < i:
            continue  # (walked already under an earlier header)
        i = cue
        header = None
        while i < len(lines):
            line = lines[i]
            start = starts[i]
            pos = start + len(line) + 1
            i += 1
            sep = next((s for s in _SEPS if s in line), None)
            if sep is None:
                break  # (the header ends: nothing until the next cue line)
            cells = _cells(line, sep)
            heads = [c.strip(" \u3000\"'*") for c in cells]
            column = next((k for k, h in enumerate(heads) if _HEAD.match(h)), None)
            if column is not None and not any(ch.isdigit() for ch in line):
                header = (sep, column, len(cells))
                continue
            if header is None:
                break  # (a cue line that sets no header)
            if header[0] != sep or len(cells) != header[2]:
                continue
            n = bisect_left(names, start)
            if n == len(names) or names[n] >= pos:
                continue  # a unit's row: no person named in it
            cell = cells[header[1]]
            at = line.find(cell) if cell else -1
            if at < 0 or line.find(cell, at + 1) >= 0:
                continue  # (the cell's place not sure)
            for m in _PIECE.finditer(cell):
                piece = m.group().strip(' \u3000"')
                if piece and _ROAD.search(piece) and _HOUSE_CELL.match(piece):
                    s = start + at + m.start() + m.group().index(piece)
                    out.append((s, s + len(piece), "address", 0.8))
    return out
