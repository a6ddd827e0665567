"""Columns of the office's staff who answered each row of a register of petitions or calls
(issue 16, privfix27d, docs308).

A women's federation's, a bureau's or a hotline's register of 信访 / 来电 / 来信 lists, beside each
row's caller and the matter they raised, the office's reply and the cadre who gave it:
答复人, 回复人, 答复经办人, 接访人, 接访领导, 办结人. That cadre acts in office, as a 承办人 or a
回访人 does (``officialcolumns`` reads those); the caller and the relatives named in the
matter's cell keep their names. The names under such a header are dropped in any table layout
(``columnheads.header_over``: tabs, HTML flattened, bars, commas, spaces, one cell a line).

Not such a column: 答复意见 / 答复日期 (no person's cell), a 答复对象 (the person answered),
a 被答复人 (the party).

Speed: nothing is read unless the text holds 答复, 回复, 接访 or 办结 (``str.find``), and a
name only within 6,000 characters after such a header word.
"""

from __future__ import annotations

import re

from .columnheads import without_names_marked

Candidate = tuple[int, int, str, float]

_SPAN = 6000
_CORE = ("答复", "回复", "接访", "办结")
# the whole header cell (its 姓名 / 签名 note aside)
_HEADER = re.compile(r"(?:答复|回复|接访|办结)(?:经办)?(?:人|领导|干部|人员)")
_WORDS = _HEADER
_NOTE = re.compile(r"(?:[（(](?:签名|签字|姓名)[）)]|姓名|签名|签字)$")


def _header(cell: str | None) -> bool:
    if not cell or len(cell) > 12:
        return False
    bare = _NOTE.sub("", cell.replace(" ", "").replace("\u3000", "").strip("\"'*"))
    return _HEADER.fullmatch(bare) is not None


def reply_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in a column headed by the office's replier (module
    docstring)."""
    marks = []
    for core in _CORE:
        k = text.find(core)
        while k >= 0:
            m = _HEADER.match(text, k)
            if m is not None and (k == 0 or text[k - 1] != "被"):
                marks.append(m.end())
            k = text.find(core, k + 2)
    if not marks:
        return cands
    marks.sort()
    return without_names_marked(text, cands, marks, _SPAN, _WORDS, _header)
