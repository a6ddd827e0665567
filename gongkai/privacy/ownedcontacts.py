"""Whose landline or mailbox it is by the record, row or bracket it stands in (issue 16,
the fortieth held-out batch).

A landline or mailbox in a private person's row, record or bracket is the person's; a
unit's or a company's is not. The rules here read the layout around the number:

- ``home_table_landline``: a row of a table (aligned with spaces, or delimited by tabs,
  "|" or ",") whose header has a column of persons (姓名, 来访人, 申请人 …) and a column
  of their homes (住址, 住所, 家庭住址, 现住址 …), the number under a plain phone header and
  a name (or names joined by 、) in the row's column of persons (or, beside a column of
  resident IDs, in the column of the business's keeper: 经营者, 负责人 of 个体工商户): the person's phone, though
  a unit's word stands near (a column of the units the case was handed to). A table with
  a column of the persons' employers (工作单位, 职务) is not one: its phone is at work.
- ``persons_bracket``: a bracket right after a person's name that holds their own
  particulars (a mobile, an ID, a mailbox at a public mail service): the contacts in it
  are the person's, though it opens with their school or employer ("X（某大学，0351-…，
  x@qq.com）").
- ``handled_by_unit``: a number in the clause that says which unit takes a matter over
  ("（由县管理部承接，电话…）", "由镇便民服务中心受理，联系电话…"): the unit's.
- ``mailfind.record_mailbox``: a mailbox labelled after a named field ("联系人：X　邮箱：…")
  on a line of a record of ``key：value`` lines that holds a person's number: the person's.
"""

from __future__ import annotations

import re

from . import validators as v
from .unitcolumns import rows_above

# a cell of an aligned row: words joined by single spaces, cut by two or more (or a
# full-width one)
_ALIGNED_CELL = re.compile(r"[^ \u3000\t]+(?: [^ \u3000\t]+)*")
_DELIMITERS = ("\t", "|", "│", ",", ";")  # (";": a CSV saved in a locale with decimal commas)
_DIGITS5 = re.compile(r"\d{5}")
# a cell of a row parted by single spaces: numbers joined by " / " or " 、 " are one
_SPACED_CELL = re.compile(r"[^\s/／、]+(?:\s*[/／、]\s*[^\s/／、]+)*")
_RULE = re.compile(r"[ \t|│:：\-—－=+]*")
# a plain phone header (a person's): not a unit's, an office's or a duty line's
_PHONE_HEADER = re.compile(r"电话|手机|座机|固话|联系方式|号码")
_NOT_OWN_PHONE = re.compile(r"单位|办公|值班|工作|公司|企业|机构|医院|学校|村委|居委|社区")
# a column of the persons' employers or posts: the row's phone is their phone at work
_EMPLOYER = re.compile(
    r"(?<![交承责办转理经主])单位|职务|职称|工作|就职|任职|公司|企业|机构|学校|院校"
)
_NAMES_CELL = re.compile(r"[\u4e00-\u9fff·]{2,8}(?:[、，,][\u4e00-\u9fff·]{2,8})*")


def _names_cell(cell: str) -> bool:
    """Whether a cell is a name or names joined by 、 (a household's members)."""
    if not _NAMES_CELL.fullmatch(cell):
        return False
    first, *rest = re.split(r"[、，,]", cell)
    if not (2 <= len(first) <= 4 and v.plausible_name(first)):
        return False
    # the others plausible too, or of the first's family name ("牛二女" after "牛天赐")
    return all(2 <= len(p) <= 4 and (v.plausible_name(p) or p[0] == first[0]) for p in rest)


def _header_kinds(cells: list[str]) -> tuple[int, bool] | None:
    """(column of persons, whether a column of homes follows) of a header's cells."""
    from .tables import _kinds  # (tables imports nothing from here)

    kinds = _kinds(cells)
    persons = next((k for k, kind in kinds if kind == "name"), None)
    if persons is None:  # "来电人" of a hotline's export: a person when the cell is a name
        persons = next((k for k, kind in kinds if kind == "maybe_name"), None)
    if persons is None and any(kind == "id" for _k, kind in kinds):
        # 经营者 / 负责人 beside their resident IDs: an individual business's keeper, a
        # person when the cell is a name (a register of 个体工商户 and their homes)
        persons = next((k for k, kind in kinds if kind == "business"), None)
    if persons is None:
        return None
    return persons, any(kind == "address" for _k, kind in kinds)


def _own_phone_header(cell: str) -> bool:
    return bool(_PHONE_HEADER.search(cell)) and not _NOT_OWN_PHONE.search(cell)


def _width(s: str) -> int:
    """The width of ``s`` on screen: a Chinese or full-width sign takes two columns."""
    return len(s) + sum(1 for ch in s if ch >= "\u2e80")


def _display_cells(line: str) -> list[tuple[str, int]]:
    """An aligned line's cells and the screen column each starts at."""
    out = []
    pos = width = 0
    for m in _ALIGNED_CELL.finditer(line):
        width += _width(line[pos : m.start()])
        pos = m.start()
        out.append((m.group(), width))
    return out


def home_table_landline(text: str, start: int, line_start: int | None = None) -> bool:
    """Whether the number at ``start`` stands in a row of a table of persons and their
    homes, under a plain phone header (see the module's text)."""
    if line_start is None:
        line_start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[line_start : len(text) if end < 0 else end]
    at = start - line_start
    sep = next((s for s in _DELIMITERS if s in line[:at]), None)
    if sep is not None:
        cells = [c.strip(" \u3000\"'") for c in line.split(sep)]
        index = line[:at].count(sep)
        for above in rows_above(text, line_start, most=60):
            if above.count(sep) < index or _DIGITS5.search(above) or _RULE.fullmatch(above):
                continue  # (a row above, or a Markdown table's |---|:---:| rule)
            header = [c.strip(" \u3000\"'*") for c in above.split(sep)]
            return _table_row(header, cells, index)
        return False
    row = _display_cells(line)
    if len(row) < 4:
        return _spaced_row(text, line_start, line, at) if len(row) == 1 else False
    for above in rows_above(text, line_start, most=60):
        if "。" in above:
            return False  # prose: the table's start is passed
        head = _display_cells(above)
        if len(head) < 4 or _DIGITS5.search(above):
            continue
        return _aligned_row(head, row, _width(line[:at]))
    return False


def _spaced_row(text: str, line_start: int, line: str, at: int) -> bool:
    """A row of cells parted by single spaces (a PDF's text layer): the header line above
    split into as many cells; a phone cell "0574-… / 138…" is one cell."""
    cells = _SPACED_CELL.findall(line)
    if len(cells) < 4:
        return False
    index = len(_SPACED_CELL.findall(line[:at]))
    for above in rows_above(text, line_start, most=60):
        if "。" in above:
            return False  # prose: the table's start is passed
        if _DIGITS5.search(above):
            continue
        header = above.split()
        return len(header) == len(cells) and _table_row(header, cells, index)
    return False


def _table_row(header: list[str], cells: list[str], index: int) -> bool:
    got = _header_kinds(header)
    if got is None or not got[1] or index >= len(header):
        return False
    persons = got[0]
    if not _own_phone_header(header[index]) or any(_EMPLOYER.search(h) for h in header):
        return False
    return persons < len(cells) and _names_cell(cells[persons])


def _aligned_row(head: list[tuple[str, int]], row: list[tuple[str, int]], at: int) -> bool:
    from .tables import _aligned_cell

    header = [c for c, _o in head]
    got = _header_kinds(header)
    if got is None or not got[1] or any(_EMPLOYER.search(h) for h in header):
        return False
    persons = got[0]
    # the header over the number, and the row's cell under the header of persons
    phone = _aligned_cell(head, (at, at + 8))
    if phone is None or not _own_phone_header(header[phone]):
        return False
    if len(row) == len(head):
        cell = row[persons][0]
    else:
        name_at = head[persons][1]
        k = _aligned_cell(row, (name_at, name_at + _width(header[persons])))
        if k is None:
            return False
        cell = row[k][0]
    return _names_cell(cell)


# a mailbox at a public mail service (a person's own, not a unit's domain)
_FREE_MAIL = re.compile(
    r"@(?:vip\.)?(?:qq|foxmail|163|126|yeah|sina|sohu|139|189|aliyun|outlook|hotmail|"
    r"gmail|live|msn|yahoo|tom|21cn|wo)\.(?:com|cn|net|com\.cn)\b",
    re.IGNORECASE,
)
_MOBILE_OR_ID = re.compile(r"(?<![0-9])(?:1[3-9]\d{9}|\d{17}[\dXx])(?![0-9])")
# an office's role right before the name: the official acts in office
_ROLE_BEFORE = re.compile(
    r"(?:联系人|联络人|经办人|承办人|负责人|长|主任|书记|代表|干部|老师)[:：]?[ \u3000]*$"
)


def in_persons_bracket(text: str, start: int) -> bool:
    """Whether ``start`` stands in a bracket of a person's particulars after their name."""
    lo = start - 60 if start > 60 else 0
    bracket = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
    if bracket < 2 or max(text.rfind("）", bracket, start), text.rfind(")", bracket, start)) >= 0:
        return False
    return persons_bracket(text, bracket)


def persons_bracket(text: str, bracket: int) -> bool:
    """Whether the bracket opening at ``bracket`` follows a person's name and holds their
    own particulars (see the module's text)."""
    name = next(
        (
            k
            for k in (3, 4, 2)
            if v.plausible_name(text[bracket - k if bracket > k else 0 : bracket], strict=True)
        ),
        0,
    )
    if not name or _ROLE_BEFORE.search(text, max(0, bracket - name - 8), bracket - name):
        return False
    close = text.find("）", bracket, bracket + 120)
    if close < 0:
        close = text.find(")", bracket, bracket + 120)
    if close < 0:
        return False
    inside = text[bracket + 1 : close]
    return bool(_FREE_MAIL.search(inside) or _MOBILE_OR_ID.search(inside))


# "由县管理部承接，电话…": the unit that takes a matter over, then its number
_HANDLED_BY = re.compile(
    r"由[\u4e00-\u9fff]{2,24}(?:局|办|委|中心|站|所|部|处|科|股|队|院|馆|社|公司|政府|办事处|"
    r"委员会|居委会|村委会|窗口|大厅)(?:负责|承接|接管|受理|办理|承办|代管|管理|统一办理)"
    r"[^。；;\n（(）)]{0,6}?[，,、 \u3000]*(?:联系)?(?:电话|座机|方式)?[:：]?[ \u3000]*$"
)


def handled_by_unit(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the words naming the unit that takes the
    matter over, in the same clause."""
    lo = start - 40 if start > 40 else 0
    if text.find("由", lo, start) < 0:
        return False
    return bool(_HANDLED_BY.search(text, lo, start))
