"""Personal names, which only context reveals: labels, cues, table columns, neighbours.

A name is two to four characters starting with a common surname (``validators``);
these functions decide where such characters are a person's name: after a label
(申请人：张三), after or before a cue word (村民张三, 张三同志), in the cells under a
姓名/户主/申请人 column of a table, or right before an ID or phone number.
"""

from __future__ import annotations

import re

from . import validators as v
from .patterns import (
    BEFORE_NAME,
    CELL_NAME,
    CELL_SPLIT,
    LABEL_TAIL,
    ORG_SUFFIX,
    TABLE_HEAD,
    TABLE_HEADERS,
)

Candidate = tuple[int, int, str, float]  # start, end, type, confidence


def name_before(text: str, end: int, conf: float) -> Candidate | None:
    """The name that ends right at ``end`` (three, four or two characters)."""
    run = text[max(0, end - 4) : end]
    for size in (3, 4, 2):
        piece = run[-size:]
        if len(piece) == size and v.name_shape(piece) == piece:
            return end - size, end, "name", conf
    return None


def name_from_label(text: str, label_end: int, *, cue: bool = False) -> Candidate | None:
    """The name written after a label such as 申请人： or a cue such as 村民."""
    m = LABEL_TAIL.match(text, label_end)
    if not m:
        return None
    start = m.start(2)
    run = m.group(2)
    if "·" in run[1:-1] and m.group(1):
        # a transliterated name (买买提·艾力) has no Chinese surname but its dot
        return start, start + len(run), "name", 0.8
    name = v.name_shape(run)
    if not name:
        return None
    after = text[start + len(name) : start + len(name) + 14]
    if after and after[0] not in v.NAME_STOP and ORG_SUFFIX.match(after):
        return None  # "申请人：王氏实业有限公司" names an organisation
    if cue:
        return (start, start + len(name), "name", 0.6) if not m.group(1) else None
    conf = 0.9 if m.group(1) or label_end < start else 0.7
    return start, start + len(name), "name", conf


_SPACE_TOKEN = re.compile(r"[^ \u3000\t]+")


def _cells(row: str, spaced: bool) -> list[tuple[str, int]]:
    """The cells of one table row with their offsets in the row."""
    if spaced:
        return [(m.group(), m.start()) for m in _SPACE_TOKEN.finditer(row)]
    offsets = [0] + [sep.end() for sep in CELL_SPLIT.finditer(row)]
    return list(zip(CELL_SPLIT.split(row), offsets, strict=True))


def _column_names(text: str, line_start: int, out: list[Candidate], *, spaced: bool) -> int:
    """Names in the 姓名-like columns of the table whose header starts at ``line_start``.

    Returns where the table ends. A tab- or bar-separated table may have ragged rows;
    a space-separated one (PDF text) must keep the header's number of cells exactly.
    """
    line_end = text.find("\n", line_start)
    if line_end < 0:
        return len(text)
    header = _cells(text[line_start:line_end], spaced)
    if spaced and len(header) < 3:
        return line_end
    columns = [k for k, (cell, _o) in enumerate(header) if cell.strip(" \u3000") in TABLE_HEADERS]
    pos = line_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end]
        if not row.strip():
            pos = end + 1
            continue
        if spaced:
            cells = _cells(row, True)
            if len(cells) != len(header) or len(row) > 160:
                break
        else:
            if not CELL_SPLIT.search(row):
                break
            cells = _cells(row, False)
            if len(cells) < len(header) - 1:
                break  # not a row of this table any more
        if TABLE_HEAD.search(row) or any(c.strip() in TABLE_HEADERS for c, _o in cells):
            break  # the next table's header
        for k in columns:
            if k < len(cells):
                cell, offset = cells[k]
                cm = CELL_NAME.match(cell)
                if cm and not ORG_SUFFIX.fullmatch(cm.group(1)):
                    start = pos + offset + cm.start(1)
                    conf = 0.95 if v.name_shape(cm.group(1)) else 0.8
                    out.append((start, start + len(cm.group(1)), "name", conf))
        pos = end + 1
    return pos


def table_names(text: str, spaced_headers: list[int]) -> list[Candidate]:
    """Cells under a 姓名/户主/申请人 column of a table (tab, bar or space separated)."""
    out: list[Candidate] = []
    done_until = 0
    if "\t" in text or "|" in text:
        for head in TABLE_HEAD.finditer(text):
            line_start = text.rfind("\n", 0, head.start() + 1) + 1
            if line_start >= done_until:
                done_until = _column_names(text, line_start, out, spaced=False)
    for line_start in spaced_headers:
        if line_start >= done_until:
            line_end = text.find("\n", line_start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if "\t" not in line and "|" not in line:
                done_until = _column_names(text, line_start, out, spaced=True)
    return out


def names_near(text: str, anchors: list[Candidate]) -> list[Candidate]:
    """A name written right before an ID or phone number: "张三 110105…"."""
    out: list[Candidate] = []
    for start, _end, kind, _conf in anchors:
        if kind not in ("id_card", "mobile"):
            continue
        m = BEFORE_NAME.search(text[max(0, start - 24) : start])
        if not m:
            continue
        run = m.group(1)
        run_end = max(0, start - 24) + m.end(1)
        for size in (4, 3, 2):
            if len(run) < size:
                continue
            piece = run[-size:]
            name = v.name_shape(piece)
            if name == piece:
                out.append((run_end - size, run_end, "name", 0.8))
                break
    return out


def salutation_names(text: str) -> list[Candidate]:
    """The addressee of a letter: a line holding only "张建国：" (reply letters)."""
    out: list[Candidate] = []
    for colon in ("：\n", ":\n"):
        at = text.find(colon)
        while at >= 0:
            line_start = text.rfind("\n", max(0, at - 6), at) + 1
            if line_start or at <= 5:
                line = text[line_start:at].strip(" \u3000")
                if 2 <= len(line) <= 4 and v.name_shape(line) == line:
                    start = text.index(line, line_start)
                    out.append((start, start + len(line), "name", 0.7))
            at = text.find(colon, at + 2)
    return out
