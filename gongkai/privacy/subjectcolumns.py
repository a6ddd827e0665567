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


def _header_index(line: str) -> tuple[str, int] | None:
    for sep in _SEPS:
        if line.count(sep) < 2:
            continue
        for i, (_off, cell) in enumerate(_cells(line, sep)):
            if _HEADER_CELL.fullmatch(cell.strip(" \u3000\"'*")):
                return sep, i
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
        sep, index = found
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
            for s, e in _names(text, row_start + off, cell):
                k = bisect_left(starts, e)
                if not any(a < e and s < b for a, b in spans[k - 8 if k > 8 else 0 : k]):
                    added.append((s, e, "name", 0.8))
    return sorted(cands + added) if added else cands
