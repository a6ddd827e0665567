"""A river noted in brackets after an act on its water or bed (issue 16, privfix26c).

A register of mining or fishing cases notes where the act was done: "擅自采砂（安宁河）",
"非法捕捞（白龙江）", "超量挖砂（清水溪）". A cell-reading rule may read such a note as a
person's name (安宁 a surname and given name's characters before 河). A name candidate alone
in its brackets, ending in a water's word (河, 江, 溪, 湖, 渠) and right after an act on
water or a riverbed (采砂, 挖砂, 淘金, 捕捞, 排污, 倾倒, 取土, 采石 …), is the river's
name: dropped. A person noted after an act ("采砂（张某河）" is no such layout) or a
river's word in another place of the name leaves the name alone.

Cost: one ``in`` for a bracket; then the names' ends.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_WATER_END = frozenset("河江溪湖渠")
_ACTS = (
    "采砂",
    "挖砂",
    "采沙",
    "挖沙",
    "淘金",
    "捕捞",
    "电鱼",
    "排污",
    "倾倒",
    "取土",
    "采石",
    "采矿",
)


def river_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the rivers noted in brackets after an act (docstring)."""
    if "（" not in text and "(" not in text:
        return cands
    drop = [
        c
        for c in cands
        if c[2] == "name"
        and c[1] - c[0] >= 3
        and text[c[1] - 1] in _WATER_END
        and text[c[0] - 1 : c[0]] in ("（", "(")
        and text[c[1] : c[1] + 1] in ("）", ")")
        and text[max(0, c[0] - 3) : c[0] - 1] in _ACTS
    ]
    if not drop:
        return cands
    gone = set(drop)
    return [c for c in cands if c not in gone]
