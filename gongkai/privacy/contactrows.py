"""Persons listed one a line with their landline (issue 16, the twenty-fifth held-out
batch): "吴丽娇　18065917203　西滨村前埔87号" / "洪阿扁　（0595）85632417　霞浯路90号之一".

``names.names_near`` takes a name right before a mobile, an ID or a card; a landline
may be an office's, so a name before one alone is not taken. In a list of contacts one
person a line, a line that opens with a name and a gap before a landline found as a
person's is a person's row when the line next to it opens the same way with a name
already found: the name is taken when the name model holds it likely (≥ 0.7).
"""

from __future__ import annotations

import re

from .listwords import non_name
from .namemodel import score

Candidate = tuple[int, int, str, float]

# a line's opening: a name, then a gap up to the number ("洪阿扁　", "  张三\t")
_GAPS = frozenset(" \u3000\t")
_OPENING = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,4})[ \u3000\t]+")


def landline_rows(text: str, found: list[Candidate]) -> list[Candidate]:
    """The names of the module docstring (a row next to one taken counts too)."""
    landlines = sorted(c[0] for c in found if c[2] == "landline")
    if not landlines:
        return []
    # a row's landline: after a gap, at most 12 characters into its line
    landlines = [
        s
        for s in landlines
        if text[s - 1 : s] in _GAPS and text.rfind("\n", s - 13 if s > 13 else 0, s) + 1 > s - 13
    ]
    if not landlines:
        return []
    named = {s for s, _e, k, _c in found if k == "name"}
    out: list[Candidate] = []
    for _round in range(2):  # down the list, then up it
        if _round and not out:
            break
        for s in landlines if not _round else landlines[::-1]:
            line = text.rfind("\n", s - 13 if s > 13 else 0, s) + 1
            m = _OPENING.fullmatch(text, line, s)
            if not m or m.start(1) in named:
                continue
            name = m.group(1)
            if score(name) < 0.7 or non_name(name):
                continue
            above = text.rfind("\n", 0, line - 1) + 1 if line else -1
            below = text.find("\n", s) + 1 or -1
            if _named_opening(text, above, named) or _named_opening(text, below, named):
                out.append((m.start(1), m.end(1), "name", 0.7))
                named.add(m.start(1))
    return out


def _named_opening(text: str, line: int, named: set[int]) -> bool:
    """Whether the line at ``line`` opens with a name found and a gap after it."""
    if line < 0:
        return False
    m = _OPENING.match(text, line)
    return bool(m) and m.start(1) in named and "\n" not in m.group()
