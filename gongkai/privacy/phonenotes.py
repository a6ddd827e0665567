"""The owner of a mobile named in brackets right after it (issue 16): "联系电话：
15879016634（龙某）、18779003350（龙某某）" — a record of several persons gives each
number its owner's name. Only a mobile (a unit's line is a landline, and a note after it
names the office: "（城建科）", "（值班室）"), and only a token the model of names
reads as a name (``namemodel`` ≥ 0.7: not "（本人）", "（微信同号）", "（王科长）")."""

from __future__ import annotations

import re

from . import namemodel as nm
from .listwords import non_name

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")


def mobile_owners(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for _s, e, kind, _conf in cands:
        if kind != "mobile" or text[e : e + 1] not in "（(":
            continue
        m = _NOTE.match(text, e)
        if m and nm.score(m.group(1)) >= 0.7 and not non_name(m.group(1)):
            out.append((m.start(1), m.end(1), "name", 0.7))
    return out
