"""A delimited table's column of persons under community correction or released from
prison (issue 16, privfix27b, docs304).

A justice bureau's registers list the persons it supervises or helps: 社区矫正对象,
安置帮教对象, 刑满释放人员, 社区服刑人员, 暂予监外执行罪犯 head the column of their names,
beside the supervising 司法所, their IDs, the violation and the warning. Each is a private
person. The tables read a header of persons' kind (…对象, …人员) only up to five
characters (``tables.PERSONISH``), so these six-character headers head no column there,
and a row that opens with a 司法所's cell is read as the office's. Here such a header's
column, in a table delimited by tabs, bars or commas (an HTML or DOCX table flattened,
a pipe table, a CSV), gives one name for each cell of a name's shape
(``namemodel.possible``: 本人, 合计, 无 are none), several when the cell lists them
(A、B), a note in brackets after a name aside.

Two readings follow from the row's being the person's: a landline alone in the row's cell
under a person's phone column (联系电话, not 单位电话 / 办公电话 / 司法所电话), in a table
with no other person's column (小组成员, 监护人, 联系人: the phone may be theirs), is the
person's line, though the row opened with its 司法所; and a name of three characters or
more read in the column is the same person in the text's prose (a note below the table:
"对X的撤销缓刑建议…"), so its other whole mentions are names too.

Not read: a header naming staff (矫正小组成员, 帮教责任人: their own pass), a count
(矫正对象人数), a column whose cells are sentences, and cells already covered by another
finding.

Speed: nothing is read unless the text holds one of the header's cores (矫正对象,
帮教对象, 释放人员, 服刑人员, 监外执行, by ``str.find``); only the header's own line and the
rows under it, up to a line that is not a row of the table.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .csvcells import quoted_cells
from .namemodel import possible
from .tables import _column_kind
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_CORES = ("矫正对象", "帮教对象", "释放人员", "服刑人员", "监外执行")
# the whole header cell: the persons' word, an optional 姓名 (and a star or quotes aside)
_HEADER = re.compile(
    r"(?:社区)?矫正对象|(?:安置)?帮教对象|刑满释放人员|(?:社区)?服刑人员"
    r"|(?:暂予)?监外执行(?:罪犯|人员|对象)"
)
_HEADER_CELL = re.compile(r"(?:未成年)?(?:" + _HEADER.pattern + r")(?:姓名)?")
_SEPS = ("\t", "|", "｜", ",")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10}")
_NOTE = re.compile(r"[（(][^（）()\n]{1,12}[）)]")
_ROWS = 400
_UNIT_PHONE = re.compile(r"单位|办公|司法所|值班|监督|机构|部门")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """(offset in the line, raw cell) of each cell of a delimited line."""
    if sep == "," and '"' in line:
        out, pos = [], 0
        for cell in quoted_cells(line):
            quoted = line.startswith('"', pos)
            raw = line[pos : pos + len(cell) + (2 if quoted else 0)]
            out.append((pos + (1 if quoted else 0), cell if '""' not in raw else raw))
            pos += len(raw) + 1
        return out
    out, pos = [], 0
    for cell in line.split(sep):
        out.append((pos, cell))
        pos += len(cell) + 1
    return out


def _header_index(line: str) -> tuple[str, int, int | None] | None:
    """(separator, the persons' column, the person's phone column or None) of a header."""
    for sep in _SEPS:
        if line.count(sep) < 2:
            continue
        cells = [cell.strip(" \u3000\"'*") for _off, cell in _cells(line, sep)]
        for i, cell in enumerate(cells):
            if _HEADER_CELL.fullmatch(cell):
                phone = next(
                    (
                        k
                        for k, c in enumerate(cells)
                        if ("电话" in c or "联系方式" in c) and not _UNIT_PHONE.search(c)
                    ),
                    None,
                )
                others = any(
                    _column_kind(c) in ("name", "maybe_name", "contact")
                    for k, c in enumerate(cells)
                    if k != i and c
                )
                return sep, i, None if others else phone
    return None


def _names(text: str, start: int, cell: str) -> list[tuple[int, int]]:
    """The names of one cell (starting at ``start`` in ``text``): each of a list A、B of
    names, a bracketed note after a name aside; none when a piece is no name."""
    out = []
    pos = 0
    for piece in re.split(r"([、，；;/])", cell):
        if piece in ("、", "，", "；", ";", "/"):
            pos += 1
            continue
        bare = _NOTE.sub("", piece)
        lead = len(piece) - len(piece.lstrip(" \u3000\"'"))
        name = bare.strip(" \u3000\"'")
        if name and piece[lead : lead + len(name)] == name:
            if not _NAME.fullmatch(name) or not possible(name):
                return []
            out.append((start + pos + lead, start + pos + lead + len(name)))
        elif name:
            return []
        pos += len(piece)
    return out


def subject_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names of a column of persons under correction or released
    (module docstring)."""
    heads = []
    for core in _CORES:
        if not has_word(text, core):
            continue  # (the cue index: a miss walks no text, privspeed27b)
        k = text.find(core)
        while k >= 0:
            heads.append(text.rfind("\n", 0, k) + 1)
            k = text.find(core, text.find("\n", k) + 1 if text.find("\n", k) >= 0 else len(text))
    if not heads:
        return cands
    spans = sorted((c[0], c[1]) for c in cands)
    starts = [s for s, _e in spans]
    added: list[Candidate] = []
    for line_start in sorted(set(heads)):
        end = text.find("\n", line_start)
        end = end if end >= 0 else len(text)
        found = _header_index(text[line_start:end])
        if found is None:
            continue
        sep, index, phone = found
        pos = end
        for _ in range(_ROWS):
            if pos >= len(text):
                break
            row_start = pos + 1
            row_end = text.find("\n", row_start)
            row_end = row_end if row_end >= 0 else len(text)
            row = text[row_start:row_end]
            pos = row_end
            if not row.strip():
                continue  # (a blank line between a flattened HTML table's rows)
            if row.count(sep) < index:
                break
            cells = _cells(row, sep)
            if index >= len(cells):
                break
            off, cell = cells[index]
            if not cell.strip(" \u3000-:：|"):
                continue  # a markdown table's rule, an empty cell
            got = _names(text, row_start + off, cell)
            for s, e in got:
                if not _covered(spans, starts, s, e):
                    added.append((s, e, "name", 0.8))
            if got and phone is not None and phone < len(cells):
                # the row's phone under a person's phone column: the person's line, though
                # the row opened with its 司法所 (a mobile is read already)
                p_off, p_cell = cells[phone]
                bare = p_cell.strip(" \u3000\"'")
                if _LANDLINE.fullmatch(bare):
                    s = row_start + p_off + p_cell.index(bare)
                    if not _covered(spans, starts, s, s + len(bare)):
                        added.append((s, s + len(bare), "landline", 0.8))
    if not added:
        return cands
    # a name read in the column is the same person in the text's prose ("对X的建议"): its
    # other whole mentions, for names of three characters or more (two may be a word's part)
    seen = {text[s:e] for s, e, k, _c in added if k == "name" and e - s >= 3}
    spans = sorted(spans + [(c[0], c[1]) for c in added])
    starts = [s for s, _e in spans]
    more: list[Candidate] = []
    for name in seen:
        k = text.find(name)
        while k >= 0:
            if not _covered(spans, starts, k, k + len(name)):
                more.append((k, k + len(name), "name", 0.8))
            k = text.find(name, k + len(name))
    return sorted(cands + added + more)


def _covered(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect_left(starts, e)
    return any(a < e and s < b for a, b in spans[k - 8 if k > 8 else 0 : k])
