"""Rotas and duty tables: staff in office by their table's columns (issue 16, docs115–117).

An exam's rota, a review panel's roster or a duty table lists the staff who act for an
office: one column gives each row's post or duty (岗位, 职务, 分工, 职责: 主考, 巡视,
组长, 成员, 值班员 …), another each person's office line (办公电话, 单位电话, 值班电话).
The names in such a table are officials acting in office, whatever the posts are called.

A table of private persons may have a post's column too (an owners' committee, village
cadres' pay, a militia roster: 职务 beside ID numbers, homes and mobiles), so the rule
reads the header as a whole: a name column, a post column and an office line's column,
and no column of a private datum (身份证, 手机, 住址, 家庭, 住宅, 房号, 出生, 银行, 账号,
邮箱 …). A row that still gives a private datum (a mobile, an ID, a card, a home found
on it) keeps its name.

Layouts: delimited rows (tab, bars, commas, semicolons), columns aligned with two spaces
or more, and a table flattened to one cell a line (the header's cells one a line, then
each record's cells in the same order).

Speed: a literal search for the post's and the office line's header words a text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .officialcolumns import _official

Candidate = tuple[int, int, str, float]

_POST = re.compile(r"[\u4e00-\u9fff]{0,4}(?:岗位|职务|职责|分工|职位|角色)")
_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}姓名")
_OFFICE_LINE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:办公|单位|值班|办公室|工作)(?:电话|座机)(?:号码)?"
)
_PRIVATE = re.compile(
    r"身份|证件|手机|移动电话|住址|住所|家庭|住宅|宅电|房号|户籍|出生|年龄|银行|账号|帐号|卡号|"
    r"邮箱|微信|本人|个人|私人"
)
_SPLIT = re.compile(r"\t|[|｜│;；]|,|[ \u3000]{2,}")
_ROW_PRIVATE = frozenset(("id_card", "mobile", "bank_card", "address", "passport", "email"))


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line`` (within the line), bare of padding."""
    out = []
    k = 0
    for m in [*_SPLIT.finditer(line), None]:
        end = m.start() if m else len(line)
        raw = line[k:end]
        s = k + len(raw) - len(raw.lstrip(" \u3000\"'"))
        e = k + len(raw.rstrip(" \u3000\"'"))
        out.append((s, max(s, e)))
        k = m.end() if m else len(line)
    if out and out[0][0] == out[0][1] and line[:1] in "|｜│":
        out.pop(0)  # a leading bar
    if out and out[-1][0] == out[-1][1] and line.rstrip()[-1:] in "|｜│":
        out.pop()
    return out


def _header(cells: list[str]) -> int | None:
    """The name column's index when ``cells`` head a rota (module docstring)."""
    name = next((i for i, c in enumerate(cells) if _NAME.fullmatch(c)), None)
    if name is None:
        return None
    if not any(_POST.fullmatch(c) for c in cells):
        return None
    if not any(_OFFICE_LINE.fullmatch(c) for c in cells):
        return None
    if any(_PRIVATE.search(c) for c in cells):
        return None
    return name


def _delimited(lines: list[tuple[int, str]], out: list[tuple[int, int, int, int]]) -> None:
    """(cell start, cell end, row start, row end) of the name cells under the delimited
    header ``lines[0]``."""
    line = lines[0][1]
    spans = _cells(line)
    if len(spans) < 3:
        return
    index = _header([line[s:e] for s, e in spans])
    if index is None:
        return
    width = len(spans)
    for pos, row in lines[1:200]:
        if not row.strip():
            continue
        cells = _cells(row)
        if len(cells) != width:
            break
        s, e = cells[index]
        out.append((pos + s, pos + e, pos, pos + len(row)))


_PHONE_LINE = re.compile(r"[（(]?0\d{2,3}[）)]?[-－ ]?[2-9]\d{6,7}(?:[-转]\d{1,6})?")
_NO_LINE = frozenset(("—", "-", "－", "/", "无", "——"))
_HEAD_CELL = re.compile(r"[\u4e00-\u9fff（）()]{2,10}")


def _stacked(lines: list[tuple[int, str]], i: int, out: list[tuple[int, int, int, int]]) -> None:
    """The same for a table one cell a line: the header's cells one a line, then each
    record's in the same order; the header's width is the one that puts two records'
    office lines under the office line's header."""
    found = None
    for lo in range(i, max(-1, i - 12), -1):
        if not _HEAD_CELL.fullmatch(lines[lo][1].strip()):
            break
        for hi in range(i, min(len(lines), i + 12)):
            if not _HEAD_CELL.fullmatch(lines[hi][1].strip()):
                break
            block = [x.strip() for _p, x in lines[lo : hi + 1]]
            index = _header(block)
            if index is None:
                continue
            phone = next(k for k, c in enumerate(block) if _OFFICE_LINE.fullmatch(c))
            width = hi - lo + 1
            first = hi + 1 + phone
            if all(
                k < len(lines) and _PHONE_LINE.fullmatch(lines[k][1].strip())
                for k in (first, first + width)
            ):
                found = (hi, index, width, phone)
                break
        if found:
            break
    if found is None:
        return
    hi, index, width, phone = found
    k = hi + 1
    while k + width <= len(lines):
        record = lines[k : k + width]
        if any(not x.strip() or _SPLIT.search(x.strip()) for _p, x in record):
            break
        if (
            not _PHONE_LINE.fullmatch(record[phone][1].strip())
            and record[phone][1].strip() not in _NO_LINE
        ):
            break  # the table ends: no office line under its header
        pos, x = record[index]
        s = pos + len(x) - len(x.lstrip())
        end = record[-1][0] + len(record[-1][1])
        out.append((s, pos + len(x.rstrip()), record[0][0], end))
        k += width


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    out = []
    for line in text[lo:hi].split("\n"):
        out.append((lo, line))
        lo += len(line) + 1
    return out


_POST_WORD = re.compile(r"岗位|职务|职责|分工|职位|角色")
_REACH = 20000  # how far below its header a table is read


def rota_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in the name column of a rota (module docstring)."""
    k = text.find("姓名")
    if k < 0 or not any(c[2] == "name" for c in cands):
        return cands
    cells: list[tuple[int, int, int, int]] = []
    while k >= 0:
        ls = text.rfind("\n", 0, k) + 1
        le = text.find("\n", k)
        le = len(text) if le < 0 else le
        line = text[ls:le] if le - ls < 300 else ""  # (a header is short)
        if not line:
            pass
        elif _NAME.fullmatch(line.strip()):  # a header one cell a line
            window = text[max(0, ls - 200) : le + 200]
            if _POST_WORD.search(window) and _OFFICE_LINE.search(window):
                lo = text.rfind("\n", 0, max(0, ls - 200)) + 1
                lines = _lines(text, lo, min(len(text), le + _REACH))
                at = next(j for j, (p, _x) in enumerate(lines) if p == ls)
                _stacked(lines, at, cells)
        elif _POST_WORD.search(line) and _OFFICE_LINE.search(line):
            _delimited(_lines(text, ls, min(len(text), le + _REACH)), cells)
        k = text.find("姓名", le)
    if not cells:
        return cands
    private = sorted(c[0] for c in cands if c[2] in _ROW_PRIVATE)
    drop = set()
    for s, e, row, row_end in cells:
        j = bisect_left(private, row)
        if j < len(private) and private[j] < row_end:
            continue  # the row gives a private datum: its person may be private
        for i, c in enumerate(cands):
            if c[2] == "name" and s <= c[0] and c[1] <= e:
                drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands


# a header cell alone on its line ending in a doer's sign (受理人, 经办人员, 监考员)
_DOER_LINE = re.compile(r"^[ \u3000\t]*[\u4e00-\u9fff（）()]{1,10}[人员][ \u3000\t]*$", re.M)


def _signature(lines: list[str], at: int, width: int) -> tuple[bool, ...] | None:
    """Which cells of the record at ``at`` hold a digit (None past the text or at a blank)."""
    if at + width > len(lines):
        return None
    cells = lines[at : at + width]
    if any(not x.strip() for x in cells):
        return None
    return tuple(any(ch.isdigit() for ch in x) for x in cells)


def stacked_staff(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names under an official's header (``officialcolumns``: 受理人,
    经办人, 审核人 …) in a table one cell a line whose records carry no serial line: the
    header block is the run of header cells around it, its width the one under which the
    records repeat the same cells with digits (a registration number, a phone) at least
    three times."""
    lone = [
        i
        for i, c in enumerate(cands)
        if c[2] == "name" and text[c[0] - 1 : c[0]] == "\n" and text[c[1] : c[1] + 1] == "\n"
    ]
    if not lone:
        return cands
    heads = [m for m in _DOER_LINE.finditer(text) if _official(m.group().strip())]
    if not heads:
        return cands
    drop = set()
    for m in heads:
        lo_text = text.rfind("\n\n", 0, m.start())
        lo_text = 0 if lo_text < 0 else lo_text + 2
        block = _lines(text, lo_text, min(len(text), m.end() + _REACH))
        lines = [x for _p, x in block]
        h = next(j for j, (p, _x) in enumerate(block) if p <= m.start() < p + len(_x) + 1)
        got = None
        for lo in range(h, max(-1, h - 14), -1):
            if not _HEAD_CELL.fullmatch(lines[lo].strip()):
                break
            for hi in range(h, min(len(lines), h + 14)):
                if not _HEAD_CELL.fullmatch(lines[hi].strip()):
                    break
                width = hi - lo + 1
                if width < 3:
                    continue
                first = _signature(lines, hi + 1, width)
                if first is None or not any(first):
                    continue
                if all(_signature(lines, hi + 1 + r * width, width) == first for r in (1, 2)):
                    got = (hi, width, h - lo, first)
                    break
            if got:
                break
        if got is None:
            continue
        hi, width, index, first = got
        k = hi + 1
        while _signature(lines, k, width) == first:
            pos, x = block[k + index]
            s = pos + len(x) - len(x.lstrip())
            e = pos + len(x.rstrip())
            for i in lone:
                if cands[i][0] == s and cands[i][1] == e:
                    drop.add(i)
            k += width
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
