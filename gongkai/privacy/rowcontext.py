"""What stands before a phone or mailbox inside a table row.

A row of a delimited table (cells separated by tabs, bars or commas) is one record: the
words that tell an office's phone from a person's (``context.office_phone``) are read in
that row only, not in the rows above it (an expert's row does not inherit the hospital
of the row before), and a contact line right under a table is read on its own line.
In a row that names a person (a cell holding just a name), a mailbox is that person's
even when the row also names their work unit: a unit's mailbox is not listed per
person.
"""

from __future__ import annotations

from . import validators as v


def _separator(line: str) -> str | None:
    if line.count("\t") >= 2:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count(",") >= 2 and "，" not in line and "。" not in line:
        return ","
    return None


def _line_start(text: str, start: int) -> int:
    """Where the line of ``start`` begins; -1 beyond 400 characters (no table row)."""
    lo = start - 400 if start > 400 else 0
    k = text.rfind("\n", lo, start)
    return k + 1 if k >= 0 or lo == 0 else -1


def row_window(text: str, start: int, n: int = 80) -> str:
    """The text before ``start`` in which its owner is named: its table row, the line
    after a table row, or else up to ``n`` characters."""
    line_start = _line_start(text, start)
    if line_start < 0:
        return text[max(0, start - n) : start]
    if _separator(text[line_start:start]):
        return text[line_start:start]
    if line_start > 1:
        above = _line_start(text, line_start - 1)
        if above >= 0 and _separator(text[above : line_start - 1]):
            return text[max(line_start, start - n) : start]
    return text[max(0, start - n) : start]


def person_row(text: str, start: int) -> bool:
    """Whether ``start`` stands in a table row with a cell that is a person's name."""
    line_start = _line_start(text, start)
    if line_start < 0:
        return False
    line = text[line_start:start]
    sep = _separator(line)
    if sep is None:
        return False
    for cell in line.split(sep):
        cell = cell.strip(' \u3000"')
        if 2 <= len(cell) <= 4 and v.plausible_name(cell):
            return True
        if "·" in cell and 4 <= len(cell) <= 16 and cell.replace("·", "").isalpha():
            return True
    return False
