"""A unit's cell after a phone that other rows repeat beside other numbers (issue 16).

``unitphones`` gives a landline to the unit whose cell follows it in a table row
("0932-2218405  县社会福利院"). In a table of persons the cell after the phone is often
a column of its own — the hospital that operated, the school, the clinic that serves
the household — and the same unit stands in many rows, each beside a different number.
A unit keeps one number for the public; the numbers beside it that differ row by row are
the persons' of the rows. So the unit's cell does not make the number the unit's when,
in a table of persons, at least two other rows hold the same cell beside other numbers.
"""

from __future__ import annotations

import re

from .rowcontext import _persons_table

_SEPARATORS = ("\t", "|", "｜", "│", ",")
# a phone as a table's cell holds it: a landline (area code, maybe in brackets) or a
# local number, or a mobile
_PHONE = re.compile(r"(?:(?:0\d{2,3}|[（(]0\d{2,3}[）)])[-—－ ]?)?[2-9]\d{6,7}|1[3-9]\d{9}")
_ROWS = 40  # rows looked at each way


def _cells(line: str, sep: str) -> list[str]:
    return [c.strip(" \u3000\"'") for c in line.split(sep)]


def varied_unit_numbers(text: str, start: int) -> bool:
    """Whether the phone at ``start`` stands in a person's row of a delimited table whose
    cell after it repeats in two other rows beside other phones in the same column (a
    header above names a column of persons: ``rowcontext``)."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before = text[line_start:start]
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is None:
        return False
    index = before.count(sep)
    cells = _cells(line, sep)
    if index + 1 >= len(cells) or not cells[index + 1]:
        return False
    number = _PHONE.match(cells[index])
    if number is None:
        return False
    unit, own = cells[index + 1], number.group()
    others: set[str] = set()
    for step in (-1, 1):
        pos = line_start - 1 if step < 0 else (line_end if line_end >= 0 else len(text))
        for _ in range(_ROWS):
            if step < 0:
                if pos <= 0:
                    break
                begin = text.rfind("\n", 0, pos) + 1
                row, pos = text[begin:pos], begin - 1
            else:
                if pos >= len(text):
                    break
                end = text.find("\n", pos + 1)
                end = len(text) if end < 0 else end
                row, pos = text[pos + 1 : end], end
            if not row.strip():
                continue
            row_cells = _cells(row, sep)
            if len(row_cells) <= index + 1:
                break  # the table ends
            other = _PHONE.match(row_cells[index])
            if row_cells[index + 1] == unit and other and other.group() != own:
                others.add(other.group())
        if len(others) >= 2:
            break
    return len(others) >= 2 and _persons_table(text, line_start, sep)
