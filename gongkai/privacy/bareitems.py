"""A numbered item that holds a name alone ("6．贺某某" among "5．王某，电话…" and
"7．李某，住址…"): the person of the list as the items around it, whose opening names
were found (issue 16, the fortieth held-out batch: a list of account holders the office
cannot reach, some with nothing known but their name).

Only an item of a run of numbered items of which the one before or after opens with a
found name, and only a token that may be a name (a known surname, not a word of places,
units or headers: ``listwords.non_name``).
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

# a line of an item's number (1． 1. 1、 1） (1)) and a name alone
_BARE = re.compile(
    r"\n[ \u3000]*(?:\d{1,3}[.．、）)]|[（(]\d{1,3}[）)])[ \u3000]*([\u4e00-\u9fff]{2,4})[ \u3000]*(?=\n|$)"
)
# an item's opening: its number, then where its first word starts
_ITEM = re.compile(r"[ \u3000]*(?:\d{1,3}[.．、）)]|[（(]\d{1,3}[）)])[ \u3000]*")


def bare_items(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The names alone in numbered items among items that open with found names."""
    out: list[Candidate] = []
    named: set[int] | None = None
    for m in _BARE.finditer(text):
        token = m.group(1)
        if not v.surname_length(token) or non_name(token) or token in v.COMMON_WORDS:
            continue
        if named is None:
            named = {s for s, _e, kind, _c in cands if kind == "name"}
        if m.start(1) in named:
            continue
        if _named_neighbour(text, m.start() + 1, named, -1) or _named_neighbour(
            text, m.end(), named, 1
        ):
            out.append((m.start(1), m.end(1), "name", 0.7))
    return out


def _named_neighbour(text: str, pos: int, named: set[int], step: int) -> bool:
    """Whether the nearest item line above (``step`` -1, ``pos`` at the line's start) or
    below (1, ``pos`` at the line's end), within three lines, opens with a found name."""
    for _ in range(3):
        if step < 0:
            end = pos - 1
            if end < 0:
                return False
            pos = text.rfind("\n", 0, end) + 1
            line_start = pos
        else:
            if pos >= len(text):
                return False
            line_start = pos + 1
            nxt = text.find("\n", line_start)
            pos = len(text) if nxt < 0 else nxt
        m = _ITEM.match(text, line_start)
        if m and m.end() > line_start and text[m.end() : m.end() + 1] != "\n":
            return m.end() in named
    return False
