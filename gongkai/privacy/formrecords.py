"""Records written one field a line, "label：value", repeated for each person: a table
turned on its side (a notice listing households one block each, a register's print).

    ———— 第1户 ————
    死亡人员：张某某
    公民身份号码：…
    档案登记地址：…

The labels of a block are its header and the values its cells (``tables``: persons,
IDs, cards, addresses by their column). A block counts when its person label (any
label ``tables`` reads as persons: 姓名, 申请人, 死亡人员, 受助对象 …) opens at least two
blocks of the text: one "label：value" line alone is a label, which the label pass reads.
"""

from __future__ import annotations

import re

from .tables import Candidate, _column_kind, _emit, _kinds

_FIELD = re.compile(r"[ \u3000]*([\u4e00-\u9fff（）()/／]{2,12})[ \u3000]*[：:][ \u3000]*([^\n]*)")
_LONG_VALUE = 40  # characters: a value longer than this (or a sentence) is no cell


_NOTE = re.compile(r"[（(][^（()）\n]*[）)]")
_CLAUSE_SIGNS = re.compile(r"[，,；;]")


def _clauses(value: str) -> bool:
    """A value of clauses ("独居；孙子某某在外务工，为联系人"), not of persons: a comma or
    semicolon outside its notes and a piece too long for a name with its relation."""
    bare = _NOTE.sub("", value) if "（" in value or "(" in value else value
    if not _CLAUSE_SIGNS.search(bare):
        return False
    return any(len(piece.strip(" \u3000")) > 6 for piece in re.split(r"[，,；;、]", bare))


def _field(text: str, start: int) -> tuple[str, str, int] | None:
    """(label, value, offset of the value) of the line at ``start``, or None."""
    m = _FIELD.match(text, start)
    if not m or (m.end() < len(text) and text[m.end()] != "\n"):
        return None
    value = m.group(2)
    if len(value) > _LONG_VALUE or "。" in value.rstrip("。") or _clauses(value):
        value = ""  # a sentence after a label: no table's cell
    return m.group(1), value, m.start(2)


def _block(text: str, start: int) -> tuple[list[tuple[str, str, int]], int]:
    """The fields of the block of "label：value" lines around the line at ``start``, and
    where the block ends."""
    fields = []
    lo = start
    while lo > 0:
        prev = text.rfind("\n", 0, lo - 1) + 1
        got = _field(text, prev)
        if got is None:
            break
        fields.insert(0, got)
        lo = prev
    pos = start
    while pos < len(text):
        got = _field(text, pos)
        if got is None:
            break
        fields.append(got)
        end = text.find("\n", pos)
        pos = len(text) if end < 0 else end + 1
    return fields, pos


def form_records(text: str, starts: list[int]) -> list[Candidate]:
    """Findings in the blocks whose person label's line starts at one of ``starts``."""
    labels = {}
    for start in starts:
        got = _field(text, start)
        if got and _column_kind(got[0]) in ("name", "maybe_name"):
            labels[start] = got[0]
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    out: list[Candidate] = []
    done = -1
    for start, label in labels.items():
        if counts[label] < 2 or start < done:
            continue
        fields, done = _block(text, start)
        header = [label for label, _v, _at in fields]
        kinds = _kinds(header)
        if kinds:
            _emit(kinds, [(value, at) for _l, value, at in fields], header, 0, out)
    return out
