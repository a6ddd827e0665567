"""A household named by its head after a neighbour's place or an act done there
("同单元毛某某家", "楼下X家", "隔壁X家", "扑救X家（…）的火灾"): the name before 家 is a
private person's (privfix16je). 家 alone is no cue (专家, 国家, 农家乐, 李家庄): only
after one of the words below, with a name's shape between.

Speed: one search for the cue words (a literal alternation, rare in other text), led by a
lookahead of their first characters (``alternation.led``).
"""

from __future__ import annotations

from . import validators as v
from .alternation import led

Candidate = tuple[int, int, str, float]

_CUE = led(
    r"(?:同单元|同楼栋?|同层|隔壁|对门|楼上|楼下|邻居|扑救|前往|赶到|走访)"
    r"([\u4e00-\u9fff]{2,3}?)家(?=[（(，,。；;、\s]|$|[中里门的在])"
)


def neighbour_homes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the heads of households named after a neighbour's place or an act's
    cue; a name found with the 家 after it ("林进家") gives way to the head's."""
    found = []
    for m in _CUE.finditer(text):
        name = m.group(1)
        if v.plausible_name(name):
            found.append((m.start(1), m.end(1), "name", 0.8))
    if not found:
        return cands
    homes = {(s, e + 1) for s, e, _k, _c in found}
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in homes] + found
