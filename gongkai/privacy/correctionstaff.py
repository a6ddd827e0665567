"""Columns of the staff a justice bureau charges with a supervised or released person
(issue 16, privfix27b, docs304).

A register of community correction or of help after release names, beside each person,
the cadres charged with them: 帮教责任人 (often twice, the 司法所's and the village's or
community's: 帮教责任人（司法所）, 帮教责任人（村居）), 矫正责任人, 监管责任人, 矫正专干,
专管人员, 矫正工作人员. They act in office, as an 经办人 or a 稳控责任人 does
(``deskduties``); the README leaves officials acting in office unmarked. The names under
such a header are dropped in any table layout (``columnheads.header_over``: tabs, bars,
commas, spaces, one cell a line), also where the cell notes the cadre's post after the
name (X（村支书）, Y（网格员）). The other columns keep their persons: the person helped
(帮教对象), a relative helping (亲属帮教人), a guarantor (保证人), a guardian (监护人).

Not such a column: a 责任人 of no such duty (监护责任人 is a guardian), a 帮教人 alone or
a relative's (亲属帮教人), a 志愿者 (a private helper).

Speed: nothing is read unless the text holds 帮教, 矫正, 专管 (the cue index, privspeed27b)
or 监管责任人 (one ``str.find``), each walked by ``str.find``; a name only within 6,000 characters after such
a header word standing as a cell (a cell's edge right after it, not prose).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_SPAN = 6000
_WORDS = re.compile(
    r"(?:安置)?帮教(?:责任人|干部|工作人员)|(?:社区)?矫正(?:责任人|专干|工作人员)"
    r"|监管责任人|专管(?:人员|干部|民警)|专管员"
)
_CORES = ("帮教", "矫正", "监管", "专管")
# the whole header cell: the staff's word, a bracketed note (its unit) or 姓名 after it
_HEADER = re.compile(
    r"(?:" + _WORDS.pattern + r")(?:[（(][\u4e00-\u9fff、/]{1,8}[）)])?(?:姓名|签名)?"
)
_EDGE = frozenset(("\t", "|", ",", "\n", '"', " ", "\u3000", "｜", ""))
# a cadre's post noted after the name in the cell: X（村支书）
_POST_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)][ \u3000]*(?=\n|$)")


def _marks(text: str) -> list[int]:
    out = []
    for core in _CORES:
        # 监管 heads no word but 监管责任人, which no other word holds two characters in
        # (the match two characters back): its walk is of that word (privspeed27b)
        if core == "监管":
            word = "监管责任人"  # (one walk of the word: its lead 责 is common in text)
        elif has_word(text, core):
            word = core  # (the cue index first: a miss walks no text)
        else:
            continue
        k = text.find(word)
        while k >= 0:
            m = _HEADER.match(text, k) or (k >= 2 and _HEADER.match(text, k - 2))
            if m and text[m.end() : m.end() + 1] in _EDGE:
                out.append(k)  # (a header cell: a cell's edge after it, not prose)
            k = text.find(word, k + 2)
    return sorted(out)


def _header(cell: str | None) -> bool:
    if not cell or len(cell) > 16:
        return False
    return _HEADER.fullmatch(cell.replace(" ", "").replace("\u3000", "")) is not None


def correction_staff(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in a column of the staff charged with a person under
    correction or released (module docstring)."""
    marks = _marks(text)
    if not marks:
        return cands
    out = []
    for c in cands:
        if c[2] == "name":
            k = bisect_left(marks, c[0])
            if k and c[0] - marks[k - 1] <= _SPAN:
                note = _POST_NOTE.match(text, c[1])
                end = note.end() if note else c[1]
                if _header(header_over(text, c[0], end, _WORDS)):
                    continue
        out.append(c)
    return out
