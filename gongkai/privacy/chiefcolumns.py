"""Columns of chiefs under the 河长制 / 湖长制 / 林长制 (issue 16, privfix20d).

A river chief (河长: 县级河长, 镇级河长, 村级河长), a lake chief (湖长) or a forest chief
(林长) is an official assigned a river, a lake or a forest in office: a list of patrollers
engaged for each village names the village's 河长 in a column of its own, a register of
illegal buildings by a river names who must see to each case in a column headed
"整改责任人（镇级河长）". The names under such a header act in office and are no private
persons, whatever the table's layout (``columnheads.header_over``: tabs, an HTML table
flattened with tabs, bars, commas, spaces, one cell a line). The other columns of the same
table (the patroller, the party of a case) keep their persons.

Not a chief in office: a 民间河长 (a citizen who volunteers to watch a river; registered
by name as a private person), an 企业河长 or a 护河志愿者; a column of 河长度 (a length).

Speed: nothing is read unless the text holds 河长, 湖长 or 林长 (walks of 河, 湖, 林), and a
name only within 6,000 characters after such a word standing as a header cell does.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over
from .wordfind import find_word, has_word

Candidate = tuple[int, int, str, float]

_CUES = ("河长", "湖长", "林长")
_SPAN = 6000  # a header stands at most this far before its values
# a header cell naming a chief: 村级河长, 镇级河长, 河长, 河湖长, 整改责任人（镇级河长）
# (the post opens the cell or its note and ends it: not a unit's name read as the header,
# 吉林长白山…公司, nor 民间河长)
_CHIEF = re.compile(
    r"(?:^|[（(])(?:[省市县区乡镇村]级|总|副)?(?:河|湖|林|河湖)长(?:姓名)?(?:[）)]|$)"
)
# a header cell's chief, as it stands in a header row (a cell's or a note's edges around it:
# not 河长制 or 县级河长X in prose), which finds the row and the names below it
_WORDS = re.compile(
    r"(?:^|(?<=[\t|｜│,，\s（(]))(?:[省市县区乡镇村]级|总|副)?(?:河|湖|林|河湖)长(?:姓名)?"
    r"(?=[\t|｜│,，\s）)]|$)",
    re.M,
)


def _chief_header(cell: str | None) -> bool:
    return bool(cell) and len(cell) <= 16 and _CHIEF.search(cell) is not None


def chief_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names standing in a column headed by a chief's post (module
    docstring)."""
    if not any(has_word(text, w) for w in _CUES):
        return cands
    marks = []
    for word in _CUES:  # (walked by the word's first sign, as ``has_word``)
        k = find_word(text, word)
        while k >= 0:
            if _WORDS.search(text, k - 3 if k > 3 else 0, k + 6):
                marks.append(k)
            k = find_word(text, word, k + 1)
    marks.sort()
    out = []
    for c in cands:
        if c[2] == "name":
            k = bisect_left(marks, c[0])
            if k and c[0] - marks[k - 1] <= _SPAN:
                if _chief_header(header_over(text, c[0], c[1], _WORDS)):
                    continue
        out.append(c)
    return out
