"""Passport numbers of every shape, found by their label or column (issue 16).

The number pass of ``scanner`` knows the shapes of the ordinary Chinese passport
(E + 8 digits, E + letter + 7, G + 8) wherever they stand. Other passports have shapes
shared with many codes — 公务护照 SE1234567, 外交护照 DE1234567, 公务普通护照 P1234567,
foreign passports of nine digits (123456789) or letters and digits (TZ1234567,
C01X00T47) — so they are passports only where the text says so:

- after the word 护照 (护照号码：, 护照号, 持…护照（P1234567）, 护照，号码…, 护照号码 = …), up
  to three signs between, or as a record's type field before its number's field (证件类型：
  护照 / 证件号码：…, JSON "zjlx": "护照", "zjhm": …, XML: ``docforms.typed_number``);
- as a whole cell of a table under a header cell that names 护照 (the nearest line
  above holding 护照, no blank line between, at most 40 lines up, as many cells as
  the row), or after a cell that reads 护照 (证件类型 | 证件号码: 护照 | P1234567).
  A header naming a permit too (护照/通行证号码) lets the number's shape decide: a
  往来港澳 (C + 8 digits, C + letter + 7) or 台湾 (L + 8 digits) permit's is a permit.

What the text calls a passport is one whatever its shape (a Korean M12345678 is no
回乡证 after 护照号码): these candidates outrank the number pass's on the same span.

A cell is delimited by a tab, a bar, a comma or two spaces; a whole cell only, so that a
passport column's header does not make codes inside sentences passports.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .docforms import typed_number
from .wordfind import find_word

_NUMBER = (
    r"(?<![0-9A-Za-z])([A-Z]{1,2}[0-9]{6,9}|[0-9]{9}|(?=(?:[A-Z]*[0-9]){5})[A-Z0-9]{8,9})"
    r"(?![0-9A-Za-z])"
)
_AFTER_LABEL = re.compile(
    r"[（(，,]?[ \u3000]?(?:号码|号|证号|编号)?[ \u3000]{0,2}[：:（(，,=]?[ \u3000]{0,2}" + _NUMBER
)
_TYPED = re.compile(_NUMBER)
_WHOLE = re.compile(r"[ \u3000]*" + _NUMBER + r"[ \u3000]*$")
_TYPE_CELL = re.compile(
    r"[ \u3000]*(?:\t|[|｜,，]|  +)[ \u3000]*" + _NUMBER + r"(?=[ \u3000]*(?:$|[\t|｜,，]|  ))",
    re.M,
)
_DELIM = re.compile(r"[ \u3000]*(?:\t|[|｜,，]|  +)[ \u3000]*")

Candidate = tuple[int, int, str, float]

# a number the text calls a passport (after 护照, under a 护照 column) is one whatever its
# shape: a Korean passport M12345678 has the shape of a 回乡证, which the number pass
# reads as a permit at 0.9; the label's word is surer than the shape (``scanner._resolve``
# keeps the surer of two candidates on one span)
_SAID = 0.92


def _by_label(text: str, hits: list[int]) -> list[Candidate]:
    out = []
    for at in hits:
        m = _AFTER_LABEL.match(text, at + 2)
        if m is None:  # 证件类型：护照 / 证件号码：…, "zjlx": "护照", "zjhm": "…" (docforms)
            k = typed_number(text, at, at + 2)
            m = _TYPED.match(text, k) if k >= 0 else None
        if m:
            out.append((m.start(1), m.end(1), "passport", _SAID))
    return out


def _cells(line: str) -> list[str]:
    return _DELIM.split(line.strip(" \u3000|｜"))


def _by_column(text: str, hits: list[int]) -> list[Candidate]:
    """Cells under a header cell naming 护照, or after a cell reading 护照."""
    out: list[Candidate] = []
    i = 0
    while i < len(hits):
        at = hits[i]
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        m = _TYPE_CELL.match(text, at + 2)
        if m:
            out.append((m.start(1), m.end(1), "passport", _SAID))  # 护照 | P1234567
        elif line_end - line_start <= 400:  # a header row, not a paragraph
            header = _cells(text[line_start:line_end])
            column = next((k for k, cell in enumerate(header) if "护照" in cell), -1)
            if len(header) > 1 and len(header[column]) <= 12:  # a header cell
                both = _PERMIT_WORD.search(header[column]) is not None
                out += _column(text, line_end, column, len(header), both)
        i = bisect_left(hits, line_end, i)  # the first 护照 after the line
    return out


# a header naming a permit beside the passport (护照/通行证号码, 护照或港澳通行证号):
# the number's own shape decides — C + 8 digits or C + letter + 7 (往来港澳通行证),
# L + 8 digits (往来台湾通行证) is the permit
_PERMIT_WORD = re.compile(r"通行证|港澳|台湾|回乡证|台胞证")
_PERMIT_SHAPE = re.compile(r"[CL](?:[A-Z][0-9]{7}|[0-9]{8})")


def _column(text: str, pos: int, column: int, width: int, both: bool = False) -> list[Candidate]:
    """Whole cells in ``column`` of the rows below ``pos`` (up to a blank line, 40 rows);
    ``both``: the header names a permit too."""
    out: list[Candidate] = []
    for _ in range(40):
        if pos >= len(text):
            break
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line.strip():
            break
        pos = end
        stripped = line.strip(" \u3000|｜")
        if set(stripped) <= set("-:|｜ \u3000"):  # a markdown rule
            continue
        cells = _cells(line)
        if len(cells) != width:
            continue
        m = _WHOLE.match(cells[column])
        if m:
            offset = start + line.find(cells[column])
            kind = "permit" if both and _PERMIT_SHAPE.fullmatch(m.group(1)) else "passport"
            conf = _SAID if kind == "passport" else 0.9
            out.append((offset + m.start(1), offset + m.end(1), kind, conf))
    return out


def passports(text: str) -> list[Candidate]:
    """Passport numbers after 护照 or in a passport column."""
    hits = []  # where 护照 stands (one scan of the text for both rules)
    at = find_word(text, "护照")
    while at >= 0:
        hits.append(at)
        at = find_word(text, "护照", at + 2)
    if not hits:
        return []
    return _by_label(text, hits) + _by_column(text, hits)
