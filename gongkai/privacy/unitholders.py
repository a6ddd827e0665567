"""An organisation standing as a row's holder (户主, 产权人, 所有人): the row's address is
its premises (issue 16, privfix19i).

A register of door plates or houses lists households, and now and then a body in the
holder's column ("…,石下组,石下村民委员会,某县某乡石下村石下组1号,…,签收人X,村委会主任,…").
The door then is the committee's (or the school's, the company's) office, whoever signs
for it on the row: the address is no household's home. A person in the holder's column
keeps the row's address, whatever unit another cell names.
"""

from __future__ import annotations

import re

# the holder's column
_HOLDER_HEADER = re.compile(r"户主|产权人|所有人|权利人|户名|业主")
_NOT_HOLDER = re.compile(r"关系|电话|身份|证件|地址|住址")
_DIGIT = re.compile(r"[0-9]")


def unit_holder_row(text: str, lo: int, start: int, sep: str, organisation: re.Pattern) -> bool:
    """Whether a cell of the row from ``lo`` to the address at ``start`` holds an
    organisation under a holder's column header."""
    cells = text[lo:start].split(sep)
    units = [
        k
        for k, cell in enumerate(cells)
        if len(cell) <= 42 and organisation.fullmatch(cell.strip(" \u3000\"'"))
    ]
    if not units:
        return False
    header = _header_row(text, lo, sep, len(cells))
    if header is None:
        return False
    for k in units:
        head = header[k].strip(" \u3000\"'")
        if _HOLDER_HEADER.search(head) and not _NOT_HOLDER.search(head):
            return True
    return False


def _header_row(text: str, lo: int, sep: str, width: int) -> list[str] | None:
    """The cells of the nearest row above ``lo`` without digits and at least ``width``
    cells (the table's header), within 60 rows."""
    end = lo - 1
    for _ in range(60):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.count(sep) >= width - 1 and not _DIGIT.search(line):
            return line.split(sep)
        end = begin - 1
    return None
