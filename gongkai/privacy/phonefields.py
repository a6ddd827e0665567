"""A bare local number in the phone field of unheaded records (issue 16, docs38): rows
of a person each, their fields parted by spaces or tabs and no header line ("张三　4203…
139…" one a line), where the neighbouring rows hold a mobile or a landline in the same
field. Seven or eight digits in that field are the row's landline printed without its
area code ("王五　4203…　85564107"), not an amount or a count: the rows around it say
what the field holds. Asked by ``localphones`` only for numbers no label names.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"[^ \t\u3000]+")
_PHONE = re.compile(r"1[3-9]\d{9}|(?:0\d{2,3}[-—－ ]?|[（(]0\d{2,3}[）)])?[2-9]\d{6,7}")
_NEAR = 3  # rows looked at above and below


def _fields(line: str) -> list[str]:
    return _FIELD.findall(line)


def _neighbours(text: str, line_start: int, line_end: int):
    """Up to ``_NEAR`` non-blank lines above and below the number's line, nearest first."""
    up, down = line_start - 1, line_end
    for _ in range(_NEAR):
        if up > 0:
            b = text.rfind("\n", 0, up) + 1
            yield text[b:up]
            up = b - 1
        if 0 <= down < len(text):
            e = text.find("\n", down + 1)
            e = len(text) if e < 0 else e
            yield text[down + 1 : e]
            down = e


def phone_field(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` stands in a field that the rows around it
    fill with phones (at least two of them, every one of the same width a phone, one
    a mobile or a number with its area code: not a column of bare figures)."""
    if start and text[start - 1] not in " \t\u3000":
        return False  # not a field of its own
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t\u3000"):
        return False  # (the last field only: a row's phone closes it)
    fields = _fields(text[line_start:line_end])
    width, phones, sure = len(fields), 0, False
    if width < 3:
        return False
    for line in _neighbours(text, line_start, line_end):
        cells = _fields(line)
        if len(cells) != width:
            continue
        if not _PHONE.fullmatch(cells[-1]):
            return False  # a field of something else in a row of the same width
        phones += 1
        sure = sure or len(cells[-1]) > 8  # a mobile or a number with its area code
    return phones >= 2 and sure
