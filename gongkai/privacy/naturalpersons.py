"""Persons in a mixed column of parties, told by the row's own category (issue 16).

An enforcement register lists units and persons in one column ("行政相对人名称",
"当事人名称") and says in another which a row is ("自然人", "个人", "个体工商户" …). A
cell of that column is a person's name where its row's category is 自然人 or 个人 and the
cell reads as a name; a unit's row (法人及非法人组织) and any other column are left alone.
Led by the literal 自然人/个人 as a whole cell: no such cell, no work.
"""

from __future__ import annotations

import re

from . import validators as v
from .unitcolumns import rows_above
from .wordfind import find_word, has_word

Candidate = tuple[int, int, str, float]

_EDGES = frozenset('\t|," \u3000\n')


def _category_cells(text: str):
    """Where 自然人 or 个人 stands as a whole cell (a cheap look at its two neighbours)."""
    for word in ("自然人", "个人"):
        k = find_word(text, word)  # (by its first character: ``wordfind``)
        while k >= 0:
            after = text[k + len(word) : k + len(word) + 1]
            if text[k - 1 : k] in _EDGES and (after in _EDGES or not after):
                yield k
            k = find_word(text, word, k + 1)


_NAME_HEADER = re.compile(r"(?:相对人|当事人|被处罚人|主体|对象)?(?:名称|姓名)|当事人|相对人")
_QUOTED = re.compile(r'"(?:[^"\n]|"")*"|[^,\n]*')


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of ``line``; quoted CSV cells keep their commas."""
    if sep == "," and '"' in line:
        out, pos = [], 0
        while pos <= len(line):
            m = _QUOTED.match(line, pos)
            out.append((m.start(), m.group()))
            pos = m.end() + 1
        return out
    out, pos = [], 0
    for cell in line.split(sep):
        out.append((pos, cell))
        pos += len(cell) + len(sep)
    return out


def _header(text: str, line_start: int, sep: str) -> list[str] | None:
    """The cells of the nearest line above (at most 80) with a name column's header."""
    for line in rows_above(text, line_start, most=80):
        if _NAME_HEADER.search(line) and not any(c.isdigit() for c in line):
            return [c.strip(' "\u3000') for _o, c in _cells(line, sep)]
    return None


def natural_persons(text: str) -> list[Candidate]:
    """The names of persons in a column of parties whose row says 自然人 or 个人."""
    if not has_word(text, "自然人") and "个人" not in text:
        return []
    from .cellsplit import _separator

    out: list[Candidate] = []
    seen = -1
    for k in _category_cells(text):
        line_start = text.rfind("\n", 0, k) + 1
        if line_start == seen:
            continue
        seen = line_start
        line_end = text.find("\n", k)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        sep = _separator(line)
        if sep is None and line.strip(" \u3000") in ("自然人", "个人"):
            out += _stacked_person(text, line_start)  # one cell a line (a PDF's or a sheet's)
            continue
        if sep is None or sep in (" ", "  "):
            continue
        header = _header(text, line_start, sep)
        if header is None:
            continue
        for k, (offset, cell) in enumerate(_cells(line, sep)):
            if k >= len(header) or not _NAME_HEADER.search(header[k]) or "代表" in header[k]:
                continue
            value = cell.strip(' "\u3000')
            base = line_start + offset + (cell.index(value) if value else 0)
            # co-owners or joint parties in one cell ("冼平、冼宝珠"): each a name
            pieces = _PIECES.split(value) if len(value) > 4 and _PIECES.search(value) else [value]
            if not all(2 <= len(p) <= 4 and v.plausible_name(p) for p in pieces):
                continue
            at = 0
            for piece in pieces:
                at = value.index(piece, at)
                out.append((base + at, base + at + len(piece), "name", 0.85))
                at += len(piece)
    return out


_PIECES = re.compile(r"[、，,；;]")


# --- one cell a line ------------------------------------------------------------------
_DIGIT = re.compile(r"\d")
# the party's own cell in a header one cell a line (not 行政相对人类别, its category)
_PARTY_CELL = re.compile(r"(?:名称|姓名)$|^(?:行政)?(?:当事人|相对人)$")


def _line_list(text: str, line_start: int, most: int) -> list[tuple[int, str]]:
    """(start, line) of up to ``most`` lines above the one at ``line_start``, nearest first."""
    out: list[tuple[int, str]] = []
    end = line_start - 1
    while end > 0 and len(out) < most:
        begin = text.rfind("\n", end - 200 if end > 200 else 0, end) + 1
        if begin == 0 and end > 200:
            break
        out.append((begin, text[begin:end]))
        end = begin - 1
    return out


def _stacked_person(text: str, line_start: int) -> list[Candidate]:
    """The person's cell of a record laid one cell a line whose category cell (自然人, 个人)
    starts at ``line_start``: the record's lines (from a blank line, or counted from the
    header where no blank line parts the records) are read against the header's cells, one
    a line above the records, and the cell under the party's header is the person's name."""
    above = _line_list(text, line_start, 400)
    # the header: the nearest run of lines without digits (a blank or a digit ends a run)
    # holding a party's header; records' runs are short and hold none
    k = 0
    header: list[str] = []
    bottom = -1
    while k < len(above):
        run_start = k
        while k < len(above) and above[k][1].strip(" \u3000") and not _DIGIT.search(above[k][1]):
            k += 1
        cells = [c.strip(" \u3000") for _b, c in reversed(above[run_start:k])]
        if (
            len(cells) >= 3
            and all(len(c) <= 12 for c in cells)
            and any(_PARTY_CELL.search(c) and "代表" not in c for c in cells)
        ):
            header, bottom = cells, run_start
            break
        k += 1
    if not header:
        return []
    width = len(header)
    between = above[:bottom]  # the lines from the category's up to the header's last
    blank = next((i for i, (_b, line) in enumerate(between) if not line.strip(" \u3000")), -1)
    column = blank if blank >= 0 else len(between) % width
    if column <= 0 or column >= width or _PARTY_CELL.search(header[column]):
        return []
    out: list[Candidate] = []
    for col in range(column):
        begin, cell = between[column - 1 - col]
        if _PARTY_CELL.search(header[col]) and "代表" not in header[col]:
            value = cell.strip(" \u3000")
            if 2 <= len(value) <= 4 and v.plausible_name(value):
                s = begin + cell.index(value)
                out.append((s, s + len(value), "name", 0.85))
    return out
