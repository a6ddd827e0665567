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

Speed: nothing is read unless the text holds 验船, 检验, 船检 or 验车 (one ``in`` each); a name only
within 6,000 characters after such a header word, found by a literal-led search.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over

Candidate = tuple[int, int, str, float]

_SPAN = 6000
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


def surveyor_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in a column headed by an inspection body's surveyor
    (module docstring)."""
    if "验船" not in text and "检验" not in text and "船检" not in text and "验车" not in text:
        return cands
    marks = [m.start() for m in _WORDS.finditer(text)]
    if not marks:
        return cands
    out = []
    for c in cands:
        if c[2] == "name":
            k = bisect_left(marks, c[0])
            if k and c[0] - marks[k - 1] <= _SPAN:
                if _header(header_over(text, c[0], c[1], _WORDS)):
                    continue
        out.append(c)
    return out
