"""A person named right after the honour they were given, in quotation marks (issue 16,
the thirty-seventh held-out batch's class): "“最美退役军人”X、“最美导游”Y的事迹",
"授予“三八红旗手”Z". The quoted title ends in a word for a person (军人, 导游, 教师,
红旗手, 标兵, 模范, 能手 …), and the name after it is a sure one (common given-name
characters, ``validators.plausible_name`` strict) standing as a word of its own (a sign,
的 or a bracket after it). A quoted title before another word (“最美家庭”评选, “优秀党员”
称号) or a title of no person (“放管服”改革) gives nothing.

Cost: only texts holding ”; one pattern led by that literal.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]
_H = "\u4e00-\u9fff"
_TITLE = re.compile(rf"“[{_H}]{{1,10}}(?:人|员|手|兵|范|师|游|者|星|匠|士|医|娘|嫂|卫)$")
_NAME_AFTER = re.compile(rf"([{_H}]{{2,4}}?)(?=[、，,。；;（(的\s]|$)")


def honoured_persons(text: str) -> list[Candidate]:
    """Names right after a quoted honour of a person (module docstring)."""
    out: list[Candidate] = []
    k = text.find("”")
    while k >= 0:
        if _TITLE.search(text, k - 12 if k > 12 else 0, k):
            m = _NAME_AFTER.match(text, k + 1)
            name = m.group(1) if m else ""
            if name and v.plausible_name(name, strict=True) and not non_name(name):
                out.append((m.start(1), m.end(1), "name", 0.7))
        k = text.find("”", k + 1)
    return out
