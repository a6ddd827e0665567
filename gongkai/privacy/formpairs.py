"""A form's table flattened to tab-separated label and value cells (a DOCX form's text).

A county office's form — a petition's transfer slip, a proposal's reply sheet, a visit's
record — is a Word table of label cells each followed by its value cell; its text keeps
the cells of a row parted by tabs, one row a line, two or four cells a row::

    信访人	张三	性别	男
    身份证号码	…
    共同信访人	李四
    经办人	王五	办公电话	0575-…

A label cell in a pair's place (the first, third or fifth cell of its line) that names
persons (``tables``: 信访人, 共同信访人, 申请人, 来访人姓名 …; 人-ending labels of the
"maybe" kind too) makes the value cell after it a name when the value is wholly
name-shaped (``namemodel``). The office's staff (经办人, 承办人, 复查人:
``headerroles``) and contacts and representatives (联系人, 法定代表人: ``tables``
decides those by the row) are no persons' labels here. A table's header row is no form
row: the cell after its person header is another header, not a name; a table's data
row has no label before its name. A form is a person's record: its block (up to blank
lines) holds a field of the person's own (身份证号码, 联系电话, 住址 …), which a list of
roles and who holds them (计票人\t…, 发言人\t…) does not.

Speed: one search for a tab (a literal) after a label's last character; nothing else runs
on a text without such a cell.
"""

from __future__ import annotations

import re

from . import namemodel
from .tables import Candidate, _column_kind

# a tab after a label cell ending like a person's (…人, …姓名, 户主, …对象): the regex
# looks for the tab (a literal: a fast scan) and then at the character before it
_TAB = re.compile("\t(?:(?<=[人名主象]\t)|(?<=[人名主象][ \u3000]\t))")
_LABEL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:人|姓名|户主|对象)")
_VALUE = re.compile(r"[ \u3000]*([\u4e00-\u9fff·]{2,8})[ \u3000]*(?=[\t\n]|$)")
_LEAST = 0.7
# a line opening with a serial number cell: a table's numbered row ("12\t…", "3．\t…")
_SERIAL_CELL = re.compile(r"[ \u3000]*\d{1,4}[.．、]?[ \u3000]*\t")
# a form of a person's record holds a field of the person's own: an ID, a phone, a home
_OWN_FIELD = re.compile(r"(?:身份证|证件号|公民身份|电话|手机|住址|地址|联系方式)[^\t\n]{0,6}\t")
_BLOCK = 1500  # characters each way: a form's block, up to its blank lines


def _record_block(text: str, at: int) -> bool:
    """The form around ``at`` (up to blank lines) holds a field of a person's own."""
    lo = text.rfind("\n\n", max(0, at - _BLOCK), at)
    hi = text.find("\n\n", at, at + _BLOCK)
    lo = max(0, at - _BLOCK) if lo < 0 else lo
    hi = min(len(text), at + _BLOCK) if hi < 0 else hi
    return _OWN_FIELD.search(text, lo, hi) is not None


def form_pairs(text: str) -> list[Candidate]:
    """Names in the value cells after persons' labels of a form flattened to tabs."""
    out: list[Candidate] = []
    for m in _TAB.finditer(text):
        value = _VALUE.match(text, m.end())
        if value is None:
            continue
        line_start = text.rfind("\n", max(0, m.start() - 200), m.start()) + 1
        cell_start = text.rfind("\t", line_start, m.start()) + 1 or line_start
        label = _LABEL.fullmatch(text, cell_start, m.start()) or _LABEL.fullmatch(
            text, cell_start, m.start() - 1
        )
        if label is None:
            continue  # (more than a label in the cell)
        if text.count("\t", line_start, cell_start) % 2:
            continue  # the label in a value's place: a table's row, no form's pair
        if _SERIAL_CELL.match(text, line_start):
            continue  # a numbered row ("2\t张三\t…\t本人\t本人\t白血病"): a table's, whose
            # cells are values (本人: the patient is the applicant), no form's labels
        kind = _column_kind(label.group())
        if kind == "maybe_name" and not label.group().endswith("人"):
            continue  # (a role, 调解员 …, or a relative's column: its own readers)
        if kind not in ("name", "maybe_name"):
            continue
        name = value.group(1)
        if namemodel.score(name) < _LEAST or _column_kind(name) is not None:
            continue  # a header after a header: a table's header row
        if not _record_block(text, m.start()):
            continue  # a list of roles and who holds them (计票人\t…, 发言人\t…): no form
        out.append((value.start(1), value.end(1), "name", 0.85))
    return out
