"""A table's row whose party is an organisation: its landline and premises are its own
(issue 16, privfix20e).

A register of sites or cases lists bodies and households alike in its party column
(产权单位（户主）, 当事人, 户名): "县第一中学 | X（后勤处） | 0718-…" is the school's row, and
the fixed line the school gives for its keeper is the school's desk; a household's row
("X（房东） | X | 7261735") keeps its line. Two layouts:

- **one cell a line** (an HTML or DOCX table flattened): the header block above the
  records (``stackedheader``) names the cells of the landline's record; a cell under a
  party's or owner's header (产权单位, 管理单位, 户主, 户名, 当事人, 业主 …; not an employer's
  用工单位 or 工作单位, over a worker's own phone) that is an organisation's
  name (…中学, …卫生院, …管委会, …集团, a note in brackets after it) makes the row's
  landline the organisation's;
- **delimited rows** (CSV, tabs, bars): a row whose party cell is an organisation
  (``memberphones.unit_party_row``) and that holds no person's ID or mobile (an official in
  charge may be named in it) gives its own landline and its address (a works' premises).

Cost: a landline or an address is looked at only when its line (its row, delimited) or
the few lines above it (one cell a line) hold an organisation's last word.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .memberphones import unit_party_row
from .rowcontext import _separator
from .stackedheader import _WORDS, _header_cells

Candidate = tuple[int, int, str, float]

# an organisation's name, a note in brackets after it allowed ("县城投公司（物业代管）")
_UNIT_CELL = re.compile(
    r"[\u4e00-\u9fff]{2,24}(?:公司|集团|合作社|协会|商会|中心|中学|小学|学校|幼儿园|医院|卫生院"
    r"|卫生室|管委会|委员会|人民政府|办事处|[^工]厂|加工厂|银行|支行|[局站所队])"
    r"(?:[（(][^（()）\n]{1,12}[）)])?"
)
# an organisation's last word anywhere (the cheap look before the header is read)
_UNIT_WORD = re.compile(
    r"公司|集团|合作社|协会|商会|中心|学校?|幼儿园|医院|卫生[院室]|委员会|政府|办事处|厂|银行|[局站所队]"
)
# the header of a party's or an owner's column
# (not an employer's: 用工单位, 工作单位 over a person's own phone)
_PARTY_HEAD = re.compile(
    r"产权|权属|(?:管理|使用|设置)单位|单位名称|户主|户名|当事人|业主|所有人|权利人"
)
_PERSON_KINDS = frozenset(("id_card", "mobile"))  # (a name may be an official's: 整改责任人)
_LOOK_UP = 160  # characters above a stacked landline where its record's cells stand


def unit_party_rows(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines (and, delimited, the addresses) of a table's row
    whose party is an organisation."""
    drop: set[int] = set()
    persons: list[int] | None = None
    rows: dict[int, bool] = {}  # a delimited line's start: whether a body's row may stand
    for start, end, kind, _ in cands:
        if kind != "landline" and kind != "address":
            continue
        line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
        if kind == "landline" and line_start == start:
            if _UNIT_WORD.search(text, max(0, start - _LOOK_UP), start) and _stacked_unit(
                text, start
            ):
                drop.add(start)
            continue
        line_end = text.find("\n", end, end + 400)
        line_end = min(len(text), end + 400) if line_end < 0 else line_end
        unit = rows.get(line_start)
        if unit is None:
            line = text[line_start:line_end]
            unit = rows[line_start] = (
                _separator(line) is not None and _UNIT_WORD.search(line) is not None
            )
        if not unit or not unit_party_row(text, start):
            continue
        if persons is None:
            persons = sorted(c[0] for c in cands if c[2] in _PERSON_KINDS)
        k = bisect_left(persons, line_start)
        if k == len(persons) or persons[k] >= line_end:
            drop.add(start)  # (no person's ID or mobile in the row)
    if not drop:
        return cands
    return [c for c in cands if not (c[0] in drop and c[2] in ("landline", "address"))]


def _stacked_unit(text: str, start: int) -> bool:
    """Whether the landline alone on its line at ``start`` stands in a record (one cell a
    line) whose party's or owner's cell is an organisation."""
    got = _header_cells(text, start, phone_only=False, words=_WORDS)
    if got is None:
        return False
    header = got[0]  # (its count of cells may fall short over the first record)
    phone = next((i for i, h in enumerate(header) if any(w in h for w in _WORDS)), 0)
    end = start - 1  # the record's cells above, nearest first (header[phone - 1] …)
    for i in range(phone - 1, -1, -1):
        begin = text.rfind("\n", 0, end) + 1
        cell = text[begin:end].strip(" \u3000\t")
        if _PARTY_HEAD.search(header[i]) and _UNIT_CELL.fullmatch(cell):
            return True
        if begin == 0:
            break
        end = begin - 1
    return False
