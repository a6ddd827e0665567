"""A household named by its head after a neighbour's place or an act done there
("同单元毛某某家", "楼下X家", "隔壁X家", "扑救X家（…）的火灾"): the name before 家 is a
private person's (privfix16je). 家 alone is no cue (专家, 国家, 农家乐, 李家庄): only
after one of the words below, with a name's shape between.

Speed: 家 is found by ``str.find`` and the cue looked for only in the few characters
before each (a search of the whole text for the cue words, whose first characters 同, 前
and 楼 are common, cost about 1.5 % of a scan).
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import places

Candidate = tuple[int, int, str, float]

_CUE = re.compile(
    r"(?:同单元|同楼栋?|同层|隔壁|对门|楼上|楼下|邻居|扑救|前往|赶到|走访)"
    r"([\u4e00-\u9fff]{2,3}?)家"
)
# what may follow the household's 家 (a bracket, a stop, 中/里/门/的/在)
_AFTER = re.compile(r"[（(，,。；;、\s中里门的在]")


def neighbour_homes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the heads of households named after a neighbour's place or an act's
    cue; a name found with the 家 after it ("林进家") gives way to the head's."""
    found = []
    end = len(text)
    for at in places(text, "家"):  # (家 is walked by other passes too: ``wordfind``)
        if at < 3:
            continue
        # the cue (2 or 3 characters) and the name (2 or 3) right before this 家
        m = _CUE.search(text, at - 6 if at > 6 else 0, min(end, at + 2))
        if m and m.end(1) == at and (at + 1 == end or _AFTER.match(text, at + 1)):
            name = m.group(1)
            if v.plausible_name(name):
                found.append((m.start(1), m.end(1), "name", 0.8))
    if not found:
        return cands
    homes = {(s, e + 1) for s, e, _k, _c in found}
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in homes] + found
