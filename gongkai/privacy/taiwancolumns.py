"""Taiwan permits (台胞证: 8 or 10 digits) in a column of a delimited table (issue 16).

An eight-digit number has no shape of its own, so ``taiwanpermits`` needs the document's
name next to it. In a table exported cell by cell (tab, semicolon, pipe or comma) the name
often stands elsewhere: the number column is headed 通行证号码 / 来往内地（大陆）通行证号码 /
证件号码, and the row says the person is from Taiwan in another cell (居民类别 台湾居民, or
证件类别 台湾居民来往大陆通行证 two columns away). A cell of that column is a permit when it
is all 8 or 10 digits and its row (or the column's header) names Taiwan, or holds a Taiwan
resident's residence permit (830000…); in a column headed 通行证 that also holds Hong Kong
or Macao permits (H/M and digits), a cell of digits only is the Taiwan resident's. A row of
a Hong Kong or Macao resident, a vehicle pass column, or a cell of another shape is left
alone. The table may be a fully quoted CSV ("H12345678") or a PDF's text aligned by
spaces (two or more between cells, ``_cells``), its header repeated on each page.
"""

from __future__ import annotations

import re

from .wordfind import find_by

Candidate = tuple[int, int, str, float]

_SEPS = ("\t", ";", "|", ",", "  ")  # (the last: a table aligned by spaces, ``_cells``)
# (an old 台胞证 of ten digits may carry its issue's letter: 0123456789(B), as after its name)
_NUMBER = re.compile(r"\d{8}(?:\d{2})?(?:[（(][A-Z][）)])?")
# a header cell of a travel document's number (not 编号 of a vehicle's pass: see _VEHICLE),
# or the document's name alone: a column headed 台湾居民来往大陆通行证 (台胞证, 通行证)
# holds its numbers as a column headed 身份证 holds IDs
_HEADER = re.compile(r"(?:通行证|台胞证|证件|驾驶证|驾照)(?:号码|号)|(?:通行证|台胞证)$")
# a header naming the column a person's identity documents (通行证号, 证件号码, 驾驶证号:
# IDs, passports and permits in one column): a cell of digits only among Hong Kong or
# Macao permits is a Taiwan resident's
_DOCUMENTS = ("通行证", "证件", "驾驶证", "驾照")
_VEHICLE = ("车", "货", "施工")
_TAIWAN = ("台湾", "台胞", "台籍")
# a Taiwan resident's residence permit (港澳台居民居住证 starting 830000) in the row
_TAIWAN_RESIDENT = re.compile(r"(?<!\d)830000\d{11}[\dXx](?![\dA-Za-z])")
# a Hong Kong or Macao resident's permit (H/M + 8 or 10 digits) in the same column: the
# column holds the permits of all three, and one of digits only is a Taiwan resident's
_HK_MACAO = re.compile(r"[HM]\d{8}(?:\d{2})?")


# a Hong Kong or Macao permit standing as a table's cell
# (a quoted CSV's cell: "H12345678"; a column aligned by spaces: two or more either side)
_HK_MACAO_CELL = re.compile(
    r"(?:^|[\t|;,]|[ \u3000]{2})[ \u3000\"']*[HM]\d{8}(?:\d{2})?[ \u3000\"']*(?:$|[\t|;,]|[ \u3000]{2})",
    re.M,
)
# a cell of a table aligned by spaces (a PDF's text): words with single spaces inside,
# two spaces or more (or a full-width space) between cells
_ALIGNED_CELL = re.compile(r"[^ \u3000\t\r]+(?: [^ \u3000\t\r]+)*")
_ALIGNED = "  "  # (the separator's mark for such a table)


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """The cells of ``line`` with their offsets, split by ``sep`` (or aligned by spaces)."""
    if sep == _ALIGNED:
        return [(m.start(), m.group()) for m in _ALIGNED_CELL.finditer(line)]
    out, at = [], 0
    for cell in line.split(sep):
        out.append((at, cell))
        at += len(cell) + len(sep)
    return out


def documents_column(text: str) -> bool:
    """A table whose column of identity documents (证件号码, 驾驶证号) holds Hong Kong or
    Macao permits among IDs: its cells of digits only are read by ``taiwan_columns``."""
    for word, by in (("驾驶证", 1), ("驾照", 0), ("证件号", 1)):
        k = find_by(text, word, by)  # (a rare character first: a miss is one memchr)
        if k >= 0 and _HK_MACAO_CELL.search(text, k, k + 20000):
            return True
    return False


def _column(cells: list[str]) -> int:
    for i, cell in enumerate(cells):
        cell = cell.strip(" \u3000\"'")
        if len(cell) <= 16 and _HEADER.search(cell) and not any(w in cell for w in _VEHICLE):
            return i
    return -1


# the words a header row holds (``_HEADER``), looked for to skip the lines between tables
_HEAD_WORDS = ("证号", "证件号", "照号", "通行证", "台胞证")


def taiwan_columns(text: str) -> list[Candidate]:
    """Permit numbers under a document-number column in rows that name Taiwan."""
    out: list[Candidate] = []
    pos, size = 0, len(text)
    nexts = [text.find(w) for w in _HEAD_WORDS]
    column, sep, width, header_taiwan, header = -1, "", 0, False, ""
    pending: list[Candidate] = []  # digits only, in rows that do not name Taiwan
    mixed = False  # the column holds Hong Kong or Macao permits too
    body = False  # a row read under the header (a blank line ends the table after it)
    while pos < size:
        end = text.find("\n", pos)
        if end < 0:
            end = size
        line = text[pos:end]
        if column >= 0 and not line.strip() and not body:
            pass  # a blank line between a table's head and its body (an HTML thead, tbody)
        elif column >= 0:
            cells = _cells(line, sep)
            if len(cells) != width:
                column = -1  # the table ended (or another one starts: looked at below)
                out += pending if mixed else []
                pending = []
            else:
                at, cell = cells[column]
                core = cell.strip(" \u3000\"'\r")
                body = body or bool(core)  # (a header's second row: blank over the column)
                if _NUMBER.fullmatch(core):
                    start = pos + at + cell.index(core)
                    if (
                        header_taiwan
                        or any(w in line for w in _TAIWAN)
                        or _TAIWAN_RESIDENT.search(line)
                    ):
                        out.append((start, start + len(core), "permit", 0.9))
                    elif (
                        any(w in header for w in _DOCUMENTS)
                        and "香港" not in line
                        and "澳门" not in line
                    ):
                        pending.append((start, start + len(core), "permit", 0.9))
                else:
                    mixed = mixed or _HK_MACAO.fullmatch(core) is not None
        if column < 0 and (
            "证号" in line
            or "证件号" in line
            or "照号" in line
            or "通行证" in line
            or "台胞证" in line
        ):  # (_HEADER; a header cell ending in the document's name: 通行证, 台胞证)
            for s in _SEPS:
                if s in line:
                    cells = line.split(s) if s != _ALIGNED else [c for _a, c in _cells(line, s)]
                    col = _column(cells)
                    if col >= 0 and len(cells) >= 3:
                        column, sep, width = col, s, len(cells)
                        header = cells[col]
                        header_taiwan = any(w in header for w in _TAIWAN)
                        pending, mixed, body = [], False, False
                        break
        pos = end + 1
        if column < 0:  # no table open: on to the next line holding a header's word
            for k, at in enumerate(nexts):  # (each word's next place, found once)
                if 0 <= at < pos:
                    nexts[k] = text.find(_HEAD_WORDS[k], pos)
            nxt = min((k for k in nexts if k >= 0), default=-1)
            if nxt < 0:
                break
            pos = text.rfind("\n", pos, nxt) + 1 or pos
    return out + pending if column >= 0 and mixed else out
