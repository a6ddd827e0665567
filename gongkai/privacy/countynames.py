"""A place's name read as a person's (privfix19d, docs255).

"被申请人易川县恒基建设工程有限公司": a cue for a party stands before a company named by
its county, and the county's first two characters look like a name (易川). Once taken,
the name is found again at every mention of the county (易川县人民法院, 易川县医院).
A name of two characters that stands right before 县, 市 or 旗 (not 县长, 市长) where the
document writes that place at least twice is the place's name, no person's: every such
candidate is dropped. A person's name before a county (王强县 …) is not written twice.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_SUFFIX = "县市旗"


def county_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the two-character names that are a county's or a city's."""
    if "县" not in text and "市" not in text and "旗" not in text:
        return cands
    seen: dict[str, bool] = {}
    out = []
    for c in cands:
        s, e, kind, _conf = c
        if kind == "name" and e - s == 2 and e < len(text) and text[e] in _SUFFIX:
            if text[e + 1 : e + 2] != "长":
                place = text[s : e + 1]
                if place not in seen:
                    seen[place] = text.count(place) - text.count(place + "长") >= 2
                if seen[place]:
                    continue
        out.append(c)
    return out
