"""A relative written as a cell of its own, a one-character kin word glued to the name
(issue 16, forty-ninth batch).

Registers of emergency contacts, seafarers' families or evacuees write each person on a
line with the relative beside, cells parted by wide blanks (an ideographic blank, a tab or two spaces or more)::

    张三　妻李秀英　13800000000
    王五　　母赵桂花　　某县某镇某村3组6号

A cell that opens with a kin word (妻, 母, 兄, 儿子 …) glued to a name of a person's shape,
after a blank and before a blank followed by a number or a place, is that relative. The
cell must stand after another cell on its line (the person it relates to), so a heading
or a sentence ("父母健在") is no such cell.

Speed: one regex, led by the blank before the kin word; the cell before is looked at\nonly then.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_KIN_FIRST = frozenset("妻丈父母儿女哥姐弟妹夫兄子")
_KIN = "妻子|丈夫|父亲|母亲|儿子|女儿|哥哥|姐姐|弟弟|妹妹|[妻夫父母兄弟姐妹子女]"
_CELL = re.compile(
    r"[ \u3000\t](?:" + _KIN + r")([\u4e00-\u9fff]{2,4}?)[ \u3000\t]+(?=[\d（(\u4e00-\u9fff+])"
)


def kin_cells(text: str) -> list[Candidate]:
    """The relatives written as cells "妻李秀英" between blanks on a person's line."""
    out: list[Candidate] = []
    for blank in " \t\u3000":
        at = text.find(blank)
        while at >= 0:
            if text[at + 1 : at + 2] in _KIN_FIRST:
                m = _CELL.match(text, at)
                if m is not None:
                    _cell(text, m, out)
            at = text.find(blank, at + 1)
    return out


def _cell(text: str, m: re.Match, out: list[Candidate]) -> None:
    name, at, end = m.group(1), m.start(), m.end(1)
    if text[at] == " " and text[at - 1 : at] != " ":
        return  # one space parts words, not cells
    if text[end] == " " and text[end + 1 : end + 2] != " ":
        return
    before = text[at - 8 if at > 8 else 0 : at].rstrip(" \u3000\t")
    if before and before[-1] != "\n" and v.plausible_name(name):
        out.append((m.start(1), end, "name", 0.8))
