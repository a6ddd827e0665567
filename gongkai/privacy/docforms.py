"""Travel documents and residence cards in forms the number pass does not read (issue 16,
after docs123–docs125).

The number pass (``numbers``) reads a document as one run of a letter and digits, and
the new 外国人永久居留身份证 (18 digits starting with 9) only right after its name. Two
forms are read here, each only where the text names the document (the scanner's word
pass and ``taiwanpermits`` find the names; nothing here searches the whole text):

- a permit's number written in groups after its document's name: 往来港澳通行证号码：
  C 1234 5678, 回乡证 H-1234-5678, 往来台湾通行证 T 12345678 — the letter, then eight or
  ten digits parted by single spaces or hyphens (groups of two digits or more). Without the
  document's name such groups are a code's, not read;
- a new permanent-residence card number as a whole cell under a column headed by the
  card's name (永久居留身份证号码, 永居证号): 18 digits starting with 9 whose last character
  checks as an ID's (GB 11643), in a row of as many cells as the header (tab, bar, comma or
  two spaces), down to a blank line;
- a record's type field naming a document, then its number's field (证件类型：护照 /
  证件号码：123456789, JSON "zjlx": "护照", "zjhm": "…", XML): the number is the named
  document's (``typed_number``: passports here and in ``passports``, residence cards).
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

# the document's name and its number's label, then the grouped number
_GROUPED = re.compile(
    r"(?:号码|证号|号)?[ \u3000]*[：:（(]?[ \u3000]*"
    r"(?<![0-9A-Za-z])([CWHMLT](?:[ \-]?\d{2,6}){2,5})(?![0-9A-Za-z])"
)
_VEHICLE = "车"

_CELL = re.compile(r"[ \u3000]*(9\d{16}[\dX])[ \u3000]*$")
_DELIM = re.compile(r"[ \u3000]*(?:\t|[|｜,，]|  +)[ \u3000]*")
_RESIDENCE_HEAD = re.compile(r"永久居留|永居")

# a record's type field naming the document, then its number's field: 证件类型：护照 /
# 证件号码：…, JSON "zjlx": "护照", "zjhm": "…", XML <zjlx>护照</zjlx><zjhm>…</zjhm>
_TYPE_KEY = re.compile(
    r"(?:类型|类别|种类|名称|zjlx|zjzl|lx|type|Type|TYPE)[\"'>]?[ \u3000]*[:：=]?[ \u3000]*"
    r"[\"']?[\u4e00-\u9fff]{0,4}$"
)
_NUMBER_KEYS = r"[A-Za-z_]{0,8}(?:hm|HM|no|No|NO|num|number|Number)"
_NUMBER_KEY = re.compile(
    r"[\"'”]?[ \u3000]*(?:</[A-Za-z_]+>)?[ \u3000]*[,，;；、]?[ \u3000]*(?:\r?\n[ \t\u3000]*)?"
    rf"(?:<{_NUMBER_KEYS}>|[\"']?(?:[\u4e00-\u9fff]{{0,4}}(?:号码|证号|编号)|{_NUMBER_KEYS})[\"']?"
    r"[ \u3000]*[:：=][ \u3000]*[\"']?)"
)
_NEW_CARD = re.compile(r"(9\d{16}[\dX]|[A-Z]{3}\d{12})(?![0-9A-Za-z])")


def typed_number(text: str, start: int, end: int) -> int:
    """Where the number's field starts when the document's name at ``start``–``end`` is
    the value of a record's type field and the number's field follows it; else -1."""
    if not _TYPE_KEY.search(text, start - 24 if start > 24 else 0, start):
        return -1
    m = _NUMBER_KEY.match(text, end)
    return m.end() if m else -1


def grouped_permit(text: str, at: int) -> Candidate | None:
    """The permit's number in groups after the document's name ending at ``at`` (通行证,
    回乡证); a vehicle's pass (车辆通行证) excepted."""
    m = _GROUPED.match(text, at)
    if m is None or _VEHICLE in text[at - 6 : at - 3]:
        return None
    value = m.group(1)
    digits = sum(c.isdigit() for c in value)
    first = len(value[1:].lstrip(" -").split(" ")[0].split("-")[0])
    # (a whole number, then a date's or a count's digits: H12345678 12月, not one number)
    if first < 8 and (digits == 8 or (digits == 10 and value[0] in "HM")):
        return (m.start(1), m.end(1), "permit", 0.9)
    return None


def _cells(line: str) -> list[str]:
    return _DELIM.split(line.strip(" \u3000|｜"))


def residence_column(text: str, at: int, end: int) -> list[Candidate]:
    """New residence cards under the header cell holding ``at`` (the card's name, found
    by the scanner's word pass, ending at ``end``), if its line is a table's header row;
    or the card's number in the number field after a type field naming the card."""
    out: list[Candidate] = []
    k = typed_number(text, at, end)
    if k >= 0:
        m = _NEW_CARD.match(text, k)
        if m and (m.group(1)[0] != "9" or v.id_check_char(m.group(1)[:17]) == m.group(1)[17]):
            out.append((m.start(1), m.end(1), "residence", 0.9))
        return out
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    header = _cells(text[line_start:line_end])
    column = next((k for k, c in enumerate(header) if _RESIDENCE_HEAD.search(c)), -1)
    if len(header) < 2 or column < 0 or len(header[column]) > 14:
        return out  # prose, not a header row
    row = line_end
    for _ in range(200):
        if row >= len(text):
            break
        start = row + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        row = end
        if not line.strip():
            break
        cells = _cells(line)
        if len(cells) != len(header):
            continue
        c = _CELL.match(cells[column])
        if c and v.id_check_char(c.group(1)[:17]) == c.group(1)[17]:
            offset = start + line.find(cells[column])
            out.append((offset + c.start(1), offset + c.end(1), "residence", 0.9))
    return out
