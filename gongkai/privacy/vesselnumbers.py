"""A ship's or a vehicle's number read as a house number (issue 16, privfix26a, docs297).

"执法人员在通江乡东安村码头找到黑抚渔12037号渔船" — the run from a village to the first
"…号" reads as an address, but its 号 numbers the boat that follows it (渔船, 货船, 船, 艇,
车辆): a ship's registration number (黑抚渔12037) or a fleet's number (3号船) is no house. An
address candidate whose 号 is followed right away by a vessel's or a vehicle's word is
dropped; one whose 号 ends the address (…路12号，渔船停在…) is kept, and so is a place
named after it (…12号船厂, 3号车间: a yard, a workshop).

Cost: no look at the text as a whole; one look at the sign after each found address's end
(one of the vessels' first signs before the pattern).
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# the first signs of the vessels' and vehicles' words (a cheap test before the pattern)
_FIRST = frozenset("船渔货客渡拖趸快游艇车机")
# the vessel or vehicle the number names, right after the address's 号
_VESSEL = re.compile(
    r"(?:渔船|船舶|船只|货船|客船|渡船|拖轮|拖船|趸船|快艇|游艇|船(?![厂坞台闸])|艇|"
    r"车辆|货车|客车|机动车)"
)


def vessel_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the addresses ending in a vessel's or a vehicle's number (module
    docstring)."""
    drop = {
        (s, e)
        for s, e, k, _c in cands
        if k == "address"
        and text[e - 1 : e] == "号"
        and text[e : e + 1] in _FIRST
        and _VESSEL.match(text, e)
    }
    if not drop:
        return cands
    return [c for c in cands if c[2] != "address" or (c[0], c[1]) not in drop]
