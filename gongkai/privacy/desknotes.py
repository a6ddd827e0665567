"""A unit's staff noted with its section after the unit's line (issue 16, privfix26f).

A notice's contacts give a unit's fixed line with the section and the clerk who answers it
in one bracket: "县残联就业服务中心：0577-…（就业指导科，X）", "咨询电话：0xxx-…（社保股、Y）".
The clerk answers the unit's line for the section — a unit's contact acting in office, not
marked (README lines 1-83: "a unit's 联系人 with the unit's phone") — and so is the same clerk
again at the notice's foot ("（联系人：X，签发人：Z）"). Every mention of that name in the text is
dropped. A bracket after a mobile, a bracket without a section ("（X）", "（户主X）"), and a
section's note naming a household (某村3组，X) are left to the other rules.

Cost: a character test on each name candidate; only one closing a bracket after a comma reads
back for the line.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(
    r"0\d{2,3}-\d{7,8}[ \u3000]*[（(][\u4e00-\u9fff]{0,10}(?:科|股|室|处|办|站|中心|部)[，,、][ \u3000]*$"
)


def desk_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a unit's clerk noted after its line, everywhere (module docstring)."""
    clerks = set()
    for c in cands:
        s, e = c[0], c[1]
        if (
            c[2] == "name"
            and s > 14
            and text[e : e + 1] in ("）", ")")
            and text[s - 1] in "，,、 \u3000"
            and _NOTE.search(text, max(0, s - 34), s) is not None
        ):
            clerks.add(text[s:e])
    if not clerks:
        return cands
    return [c for c in cands if c[2] != "name" or text[c[0] : c[1]] not in clerks]
