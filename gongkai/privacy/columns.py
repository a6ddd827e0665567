"""The header of the column a value stands in, in a table whose cells are separated by a
sign (tabs, bars, commas, semicolons, full-width or not).

``tables`` reads tables separated by tabs, bars, commas and slashes; exports also use
full-width commas, semicolons and bars ("序号，船名号，…，公民身份号码，…"). For a number
whose kind its column decides (an ID with a wrong check character under 公民身份号码),
``header_of`` walks up from its row to the first row of words with the same separator
and returns that row's cell above it.

``ClerkColumns`` tells the names in a clerk's column (经办人, 审核人, 制表人 …) of a
table, delimited or one cell a line: a unit's staff acting in office, even beside every
row's ID or phone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .headerroles import own_id_column
from .patterns import ID_CONTEXT
from .stacked import clerk_cell
from .wordfind import has_word

_SEPARATORS = ("\t", "｜", "|", "，", ",", "；", ";")
_DIGIT = re.compile(r"\d")


def header_of(text: str, start: int, *, header_row: bool = False) -> str | None:
    """The header cell over the cell that starts at ``start`` (None: no such table): the
    rows up to the header hold as many separators as this row, and no sentence. The
    header is the first row up whose cell is words; with ``header_row``, the first row
    up without a digit in it (over a column of words: the cell above a name is a name)."""
    sep = text[start - 1 : start]
    if sep not in _SEPARATORS:
        return None
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return None
    line_end = text.find("\n", start, start + 400)
    row = text[line_start : line_end if line_end >= 0 else start + 400]
    width = row.count(sep)
    if width < 2 or "。" in row:
        return None  # a comma in prose, not a table's row
    column = text.count(sep, line_start, start)
    pos = line_start
    for _ in range(60):  # up the rows to the header: the first row whose cell is words
        if pos <= 0:
            return None
        above = text.rfind("\n", pos - 401 if pos > 401 else 0, pos - 1) + 1
        if above == 0 and pos > 401:
            return None
        row = text[above : pos - 1]
        if not row.strip():
            pos = above  # a blank line between rows (an HTML table's thead and tbody)
            continue
        if row.count(sep) != width:
            return None
        cell = row.split(sep)[column].strip(" \u3000")
        if cell and not _DIGIT.search(row if header_row else cell):
            return cell
        pos = above
    return None


def id_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands under a header of identity numbers."""
    header = header_of(text, start)
    return header is not None and ID_CONTEXT.search(header) is not None


_STAFF_WORDS = ("经办", "经手", "审核", "复核", "制表", "填表", "填报", "核对", "保管", "受理")
# (the cadres who call on, survey or look after a household: staff on the office's side)
_VISIT_WORDS = ("走访", "调查", "核查", "回访", "接待", "入户", "包保", "包联", "帮扶")
_STAFF_SEARCH = re.compile("|".join(_STAFF_WORDS + _VISIT_WORDS))
_STAFF_HEADER = re.compile(
    r"(?:经办|经手|审核|复核|审批|制表|填表|填报|核对|记账|报账|保管|受理)(?:人|人员|员)?(?:姓名)?$"
    r"|(?:走访|调查|核查|回访|接待|入户|包保|包联|帮扶)(?:人|人员|干部|责任人|联系人)(?:姓名)?$"
)
_CELL_SEPARATORS = frozenset("\t|,｜，;；")
_ROW_SPLIT = re.compile(r"[\t|,｜，;；]")


class ClerkColumns:
    """The clerks' columns of the tables of a text, asked name by name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: list[int] | None = None  # where a clerk's word stands (found once)

    def holds(self, start: int, end: int) -> bool:
        """Whether the name at ``start``–``end`` is a cell under a clerk's header."""
        text = self.text
        before = text[start - 1 : start]
        if before not in _CELL_SEPARATORS and before != "\n":
            return False
        if self._at is None:  # the cheap test first: the words at all
            found = any(has_word(text, word) for word in _STAFF_WORDS + _VISIT_WORDS)
            self._at = [m.start() for m in _STAFF_SEARCH.finditer(text)] if found else []
        k = bisect_left(self._at, start)
        if k == 0 or start - self._at[k - 1] > 3000:
            return False  # no clerk's header within 3,000 characters before
        if before != "\n":
            head = header_of(text, start, header_row=True)
            if not head:
                return False
            head = head.strip(' "')
            return _STAFF_HEADER.match(head) is not None and not self._own_id(head, start)
        return text[end : end + 1] in ("\n", "") and clerk_cell(text, start, end)

    def _own_id(self, head: str, start: int) -> bool:
        """Whether the clerk's own ID heads a column of the clerk's header row (经办人 beside
        经办人身份证号): a party's agent, no staff in office (``headerroles.own_id_column``)."""
        text = self.text
        role = head[:-2] if head.endswith("姓名") else head
        lo = start - 3000 if start > 3000 else 0
        hit = max(text.rfind(role + word, lo, start) for word in ("身份", "证件", "公民身份"))
        if hit < 0:
            return False
        ls = text.rfind("\n", 0, hit) + 1
        le = text.find("\n", hit)
        cells = [c.strip(' "\u3000') for c in _ROW_SPLIT.split(text[ls : le if le >= 0 else start])]
        return head in cells and own_id_column(head, cells)
