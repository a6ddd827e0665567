"""Columns of the surveyors who inspected each row's ship or vehicle (issue 16, privfix26a,
docs297).

A register of inspections (内河船舶检验登记台账, 渔船年度检验台账, 机动车安全技术检验记录)
names, beside each row's owner, the surveyor of the inspection body who examined the row's
ship or vehicle and signed its result: 验船师, 主检验船师, 船检员, 检验员, 检验师, 检验人员,
验车员. Such a surveyor acts for the body in its statutory inspection, as an 执法人员 or a
查验人员 does (README lines 1–83: officials acting in office are not marked; the held-out
sets mark a 检验员 under a station's label and a 验船师 in a notice's prose as in office,
docs182, docs297): the names under such a header are dropped in any table layout
(``columnheads.header_over``: commas, tabs, HTML flattened, bars, spaces, one cell a line),
a cell of two surveyors ("X、Y") alike. The row's owner, its 联系人 and the other columns
keep their persons.

Not such a column: a 检验 alone (检验种类, 检验日期, 检验结论: no persons), nor a
post noted in a person's own cell (绵阳市疾控中心（检验师）: that person's employer and
trade, a cell of another column).

Speed: nothing is read unless the cue index finds a header word in the text (验船师, 船检员,
检验员, 检验师, 检验人, 验车员); then each one found by ``str.find``, and a name only
within 6,000 characters after such a header word standing as a whole cell (separators
around it), each found by ``str.find``.
"""

from __future__ import annotations

import re

from .columnheads import without_names_marked
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_SPAN = 6000
# the header words by the cue index (``cueindex.CUE_WORDS``), then each by ``str.find``
_CUE_WORDS = ("验船师", "船检员", "检验员", "检验师", "检验人", "验车员")
# the header word, searched for in the text (literal-led: its first two characters fixed)
_WORDS = re.compile(r"(?:验船|船检|检验|验车)(?:师|员|人员|人)")
# the whole header cell (its rank and its 姓名 / 签名 note aside)
_HEADER = re.compile(
    r"(?:主|主任|高级|助理|持证|责任|现场|主检)?(?:验船|船检|检验|验车)(?:师|员|人员|人)"
)
_NOTE = re.compile(r"(?:[（(](?:签名|签字|姓名|签章)[）)]|姓名|签名|签字|签章)$")


def _header(cell: str | None) -> bool:
    if not cell or len(cell) > 12:
        return False
    bare = _NOTE.sub("", cell.replace(" ", "").replace("\u3000", ""))
    return _HEADER.fullmatch(bare) is not None


_SEPS = frozenset("\n\t|,｜│ \u3000\"'")


def _cell_at(text: str, start: int, end: int) -> bool:
    """Whether the header word at ``start``–``end`` is a whole cell (its rank before it, its
    note after it), not a word of prose ("由检验员X", "经验船师检验")."""
    lo = start
    while lo > 0 and start - lo < 4 and text[lo - 1] not in _SEPS:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < 6 and text[hi] not in _SEPS:
        hi += 1
    return (
        (lo == 0 or text[lo - 1] in _SEPS)
        and (hi == len(text) or text[hi] in _SEPS)
        and _header(text[lo:hi])
    )


def surveyor_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in a column headed by an inspection body's surveyor
    (module docstring)."""
    cores = [w for w in _CUE_WORDS if has_word(text, w)]
    if not cores:
        return cands
    marks = []
    for core in cores:  # (each core by ``str.find``: a regex of alternatives tries every sign)
        k = text.find(core)
        while k >= 0:
            m = _WORDS.match(text, k)
            if m is not None and _cell_at(text, k, m.end()):
                marks.append(k)
            k = text.find(core, k + 3)
    marks.sort()
    if not marks:
        return cands
    return without_names_marked(text, cands, marks, _SPAN, _WORDS, _header)
