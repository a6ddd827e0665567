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
        if sep is None or sep in (" ", "  "):
            continue
        header = _header(text, line_start, sep)
        if header is None:
            continue
        for k, (offset, cell) in enumerate(_cells(line, sep)):
            if k >= len(header) or not _NAME_HEADER.search(header[k]) or "代表" in header[k]:
                continue
            value = cell.strip(' "\u3000')
            if 2 <= len(value) <= 4 and v.plausible_name(value):
                s = line_start + offset + cell.index(value)
                out.append((s, s + len(value), "name", 0.85))
    return out
