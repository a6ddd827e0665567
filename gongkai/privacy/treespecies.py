"""A tree's or a bamboo's species read as a name (issue 16, privfix27a, after docs303).

Forestry papers name the stand's species in every row of a register (林权登记, 采伐许可,
造林验收: 主要树种, 树种, 林种) and in prose (采伐马尾松12株). Many species begin with a
character that is a common surname and end in a plausible given name (马尾松, 毛竹, 黄山松,
华山松, 柏木, 杜仲), so a cell holding one alone was read as a person; a name column's
reader had no way to tell, as the table's header over it may be lost in a merged header row.
A name candidate that is exactly a species' name in the list below is dropped.

Kept: a species' name that people bear as a surname and a given name (杨树, 柳树, 胡杨, 杜仲,
白蜡, 龙眼, 白桦: docs6/103) is not listed; a name holding a species inside it (马尾松林 would be no
candidate; 毛竹林 is a stand) is compared whole, so 毛竹林 is listed as well.

Speed: one set lookup per name candidate, nothing else.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

# species (and stands of them) the name model reads as a surname and a given name
_SPECIES = frozenset(
    "马尾松 黄山松 华山松 云南松 高山松 金钱松 樟子松 落叶松 柳杉 柏木 黄檗 黄连木 "
    "冷杉 云杉 黄杉 池杉 毛白杨 马褂木 桂花树 漆树 乌桕 "
    "毛竹 雷竹 麻竹 方竹 毛竹林 马尾松林".split()
)


def tree_species(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the name candidates that are a tree's species (module docstring)."""
    for c in cands:  # (a loop, not a generator: privspeed27b)
        if c[2] == "name" and text[c[0] : c[1]] in _SPECIES:
            break
    else:
        return cands
    return [c for c in cands if c[2] != "name" or text[c[0] : c[1]] not in _SPECIES]
