"""A certificate's, licence's or register's number under its own column (issue 16, the
fifty-third held-out batch).

An old resident ID has 15 digits: a region, a birth date YYMMDD and three more. Many
numbers of 15 digits issued by a county (乡村医生执业证书编号, 许可证号, 注册号, 备案编号)
open with the county's region code too, and one in three or so then reads as a date: the
scanner took them for old IDs. The column's header says which number it is; a number
under a header naming a certificate, licence, registration or serial number (and no
identity word: 身份证号, 证件号码, 公民身份号码 stay IDs) is that number, in every form a
table reaches the scanner:

- a delimited row (tab, "|", "｜", "│", ","; a Markdown table's ``|---|`` rule is passed):
  the header cell over the number's cell, the nearest row above without a long number;
- a table aligned with spaces (a PDF's text layer): the header cell whose display
  columns hold the number's;
- cells parted by single spaces: the header line split into as many cells (a row one
  cell short only in a table with no ID column: an empty cell could shift an ID left);
- a table one cell a line: the header cell at the number's place in its record
  (``stackedheader``), or, where empty cells were dropped, a header block of three cells
  or more naming a certificate's number and no identity number.

A label right before the number (执业证书编号：…) is read by ``numberlabels.other_number``.
"""

from __future__ import annotations

import re

from .context import registration_column
from .gapalign import cell_at, display_columns
from .stacked import _is_header_cell
from .stackedheader import stacked_header_by
from .unitcolumns import rows_above

# a header naming a number that is no identity document's
_CERT_HEAD = re.compile(
    r"(?:证书|执照|许可证?|执业证?|资格证?|注册|登记|备案|档案|登记证|合格证|上岗证|从业证|"
    r"[证照卡])(?:编号|号码|编码|号)|编号|注册号|代码|序列号"
    # a certificate's noun closing the header: its number is meant (从业资格证, 执业证书)
    r"|(?:证书|执照|许可证|执业证|资格证|合格证|上岗证|从业证)$"
)
# (a document numbered by its holder's ID keeps its numbers IDs: 驾驶证号, 居住证号, 社保卡号)
_ID_WORDS = re.compile(
    r"身份证|证件号|证照号|公民身份|身份号码|身份号|驾驶证|驾照|居住证|社会保障|社保卡|医保卡"
)
_SEPARATORS = ("\t", "|", "｜", "│", ",")
_RULE = re.compile(r"[ \t|｜│:：\-—－=+]*")
_DATA = re.compile(r"\d{5}")
# the words that find a header block one cell a line (any of its cells will do)
_STACKED_WORDS = ("编号", "证号", "号码", "注册号", "代码")
_GAP = re.compile(r" {2,}|\u3000|\t")


def _is_cert(header: str | None) -> bool:
    return bool(header and _CERT_HEAD.search(header) and not _ID_WORDS.search(header))


def certificate_column(text: str, start: int, in_cell: bool = False, near=None) -> bool:
    """Whether the number at ``start`` stands under a header naming a certificate's,
    licence's or register's number (see the module's text); ``in_cell``: right after a
    tab, bar or comma, where a table naming a 注册号 and no ID is read as before;
    ``near``: an identity word in the 12 characters before the number."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False  # a long line of prose
    before = text[line_start:start]
    if not before.strip(" \u3000\t"):
        # alone on its line, one cell a line: the identity word may be a header cell
        return _stacked(text, start) or (not near and in_cell and registration_column(text, start))
    if near:
        return False  # "身份证号：…", a cell right after an identity word
    if in_cell and registration_column(text, start):
        return True  # (context: an old business registration number, 注册号)
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is not None:
        index = before.count(sep)
        for line in rows_above(text, line_start, most=60):
            if line.count(sep) < index or _DATA.search(line) or _RULE.fullmatch(line):
                continue
            return _is_cert(line.split(sep)[index].strip(" \u3000\"'*"))
        return False
    if not _GAP.search(before):
        return _spaced(text, start, line_start)  # cells parted by single spaces, or prose
    column = display_columns(text[line_start : start + 1])[start - line_start]
    for line in rows_above(text, line_start, most=40):
        if "。" in line:
            return False  # prose: the table's start is passed
        if _DATA.search(line) or len(_GAP.findall(line.strip(" \u3000"))) < 2:
            continue
        return _is_cert(cell_at(line, column))
    return False


def _spaced(text: str, start: int, line_start: int) -> bool:
    """Cells parted by single spaces: the header line above (the nearest without a long
    number) split into as many cells as the row, the cell at the number's place."""
    if text[start - 1 : start] != " ":
        return False
    end = text.find("\n", start)
    row = text[line_start : len(text) if end < 0 else end].split()
    index = len(text[line_start:start].split())
    if len(row) < 4 or index >= len(row):
        return False
    for line in rows_above(text, line_start, most=40):
        if "。" in line or "，" in line:
            return False  # prose
        if _DATA.search(line):
            continue
        cells = line.split()
        if len(cells) != len(row) and (len(cells) < len(row) or _ID_WORDS.search(line)):
            return False  # (cells left empty shift an ID left: only with no ID column)
        return _is_cert(cells[index])
    return False


def _stacked(text: str, start: int) -> bool:
    """A table one cell a line: the header cell at the number's place in its record; or,
    records whose empty cells were dropped (no place to count), a header block that
    names a certificate's number and no identity number."""
    if _is_cert(stacked_header_by(text, start, _STACKED_WORDS)):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    block: list[str] = []
    for line in rows_above(text, line_start, most=400):
        cell = line.strip(" \u3000\t")
        if block and not (cell and _is_header_cell(cell)):
            break  # above the header block
        if not block and not (_CERT_HEAD.search(cell) and _is_header_cell(cell)):
            continue  # the records, up to the block's certificate header
        if cell:
            block.append(cell)
    if not block:
        return False
    end = text.rfind(block[0], 0, start)  # the header block's cells below the found one
    for line in text[end : end + 400].split("\n")[1:]:
        cell = line.strip(" \u3000\t")
        if not cell or not _is_header_cell(cell) or cell.isdigit():
            break
        block.append(cell)
    return len(block) >= 3 and not any(_ID_WORDS.search(cell) for cell in block)
