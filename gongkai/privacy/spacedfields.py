"""A form's fields parted from their values by blanks, not colons (issue 16, forty-ninth
batch).

A decision or a register printed from a form template often writes its fields as
"label, a wide gap, value", several on a line::

    被处罚人  张三          性别  男        出生日期  1974年3月2日
    住址      某县某镇某路37号
    联系电话  13800000000

Read as an aligned table, the first line is a header and the labels under it
("住址", "联系电话") would be taken for persons. ``spaced_fields`` writes the first blank
after each such label as a colon ("被处罚人： 张三 …"): the same length, so every offset
holds, and every rule for "label：value" fields applies.

A line is a form's only when it opens with a person's field label, its cells alternate
label / value (a value never itself a label: "姓名  性别  住址" is a header), and either it
holds two fields or more or the line next to it is such a line too (a lone "姓名  所在村"
heads a table). Speed: only lines that open with a label are read (one regex led by "\\n").
"""

from __future__ import annotations

import re

_LABELS = (
    "姓名 被处罚人 当事人 违法行为人 申请人 被申请人 举报人 投诉人 来信人 代理人 性别 民族 "
    "出生日期 出生年月 年龄 住址 现住址 家庭住址 户籍地址 户籍所在地 户籍地 经常居住地 "
    "居住地址 联系电话 联系方式 手机 手机号码 身份证号 身份证号码 公民身份号码 "
    "身份证件种类及号码 证件号码 工作单位 职业 监护人 户主"
).split()
_LABEL_SET = frozenset(_LABELS)
# whose name a form asks for: 学生姓名, 父亲姓名, 监护人姓名, 户主姓名 (any one to four
# characters before 姓名)
_NAMED = re.compile(r"[\u4e00-\u9fff]{1,4}姓名")
_GAP = r"(?: {2,}|[\u3000\t]+)"
# a line opening with a label and a gap (found by its "\n": a literal the engine seeks fast)
_LINE = re.compile(
    r"\n[ \u3000]*(?:"
    + "|".join(sorted(_LABELS, key=len, reverse=True))
    + r"|[\u4e00-\u9fff]{1,4}姓名)"
    + _GAP
    + r"\S"
)
_CELL = re.compile(r"\S+(?: \S+)*")
# a column's name in a value's place ("姓名  住宅电话  工作单位  单位电话"): a header's cells,
# no form's field and value (a form's value is a datum, never a kind of number or place)
_COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}(?:电话|号码|座机|固话|手机|地址|住址)")


def _label(cell: str) -> bool:
    return cell in _LABEL_SET or _NAMED.fullmatch(cell) is not None


def _fields(line: str) -> list[int] | None:
    """Where the gap after each label of a form's line starts, or None (no form's line)."""
    cells = [(m.group(), m.start(), m.end()) for m in _CELL.finditer(line)]
    if len(cells) < 2 or not _label(cells[0][0]):
        return None
    gaps = []
    for k in range(0, len(cells) - 1, 2):
        label, value = cells[k][0], cells[k + 1][0]
        named = _label(value) or _COLUMN_NAME.fullmatch(value) is not None
        if not _label(label) or named:
            return None if k == 0 or named else gaps
        gaps.append(cells[k][2])
    return gaps


def spaced_fields(text: str) -> str:
    """``text`` with the blank after each spaced field label of a form written as a colon."""
    found = []  # (line's start, line's end, gaps in the line)
    for m in _LINE.finditer("\n" + text):
        start = m.start()  # (the line's start in ``text``: one "\n" was put before it)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        gaps = _fields(text[start:end])
        if gaps and not _header_row(text, start, end):
            found.append((start, end, gaps))
    if not found:
        return text
    colons = []
    for k, (start, end, gaps) in enumerate(found):
        near = (k > 0 and _next_line(text, found[k - 1][1]) == start) or (
            k + 1 < len(found) and _next_line(text, end) == found[k + 1][0]
        )
        if len(gaps) >= 2 or near:
            colons += [start + gap for gap in gaps]
    if not colons:
        return text
    pieces, pos = [], 0
    for at in colons:
        pieces += (text[pos:at], "：")
        pos = at + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def heads_table(text: str, label: int, value: int) -> bool:
    """Whether the label at ``label`` and the cell at ``value`` after a wide gap are cells of
    a table's header line (``_header_row``), not a field and its value."""
    if text[value - 2 : value] != "  " and text[value - 1 : value] not in ("\t", "\u3000"):
        return False
    start = text.rfind("\n", 0, label) + 1
    end = text.find("\n", value)
    end = len(text) if end < 0 else end
    if text[start:label].strip(" \u3000") or end - start > 300:
        return False  # (a header's first cell opens its line)
    return _header_row(text, start, end)


def _header_row(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start`` heads a table: four cells or more (tabs or wide gaps
    between), and the next line holding something has as many cells, opens with no label
    and holds a number where this line has labels ("姓名\t原职级\t住址\t家庭电话" over
    "张三\t正团职\t…\t0570-…": a header, not a form's fields)."""
    tabbed = text.count("\t", start, end) >= 3
    head = text[start:end].split("\t") if tabbed else _WIDE.split(text[start:end].strip())
    if len(head) < 4 or _DIGIT.search(text, start, end):
        return False  # (a header holds labels; "身份证号\t4307…\t4307…" is a transposed row)
    nxt = _next_line(text, end)
    if nxt < 0:
        return False
    nl = text.find("\n", nxt)
    row = text[nxt : len(text) if nl < 0 else nl]
    cells = row.split("\t") if tabbed else _WIDE.split(row.strip())
    if len(cells) != len(head) and (tabbed or len(cells) < len(head) - 1):
        return False  # (aligned columns may leave a cell empty: one fewer)
    # a form's next line holds labels where this one does (出生地, 民族: no digits); a
    # table's row holds values in every column, a number among them (a phone, an ID)
    return not _label(cells[0].strip(" \u3000")) and any(_DIGIT.search(c) for c in cells[::2])


_WIDE = re.compile(r" {2,}|[\u3000\t]+")
_DIGIT = re.compile(r"\d")


def _next_line(text: str, end: int) -> int:
    """The start of the next line after the line ending at ``end`` that holds something."""
    pos = end + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            return pos
        pos = nl + 1
    return -1
