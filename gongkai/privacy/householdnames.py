"""A household named by its head in prose (issue 16, docs212): "据说是许桂兰家", "，邹志明家的
炭窑仍在冒烟", "在石秋生家门口". A run of two to four signs between a clause's edge (a
sign, 是, 在, 到, 从, 给, 和, 与) and 家 that is a plausible name — every character of its given
name common in given names — names that household's person, when what follows 家 closes
the phrase (的, a sign, the line's end) or names the home's parts (门口, 院子, 房屋, 屋后).
A two-sign name (梁琴家的) counts only before 的 or a home's part, and only where the text
holds such a household of a longer name too: 房东家, 农民家 read like names of two signs,
and "是蒋丽家" at a phrase's end may be a name of three.

Left alone: a clan or a place (王家, 李家湾, 张家口: one sign before 家, or a place word
after it), words ending in 家 (专家, 国家, 商家: no plausible name before), and a name
followed by a verb ("是向金宝家放的火" stays with the other passes).
"""

from __future__ import annotations

from . import validators as v
from .wordfind import places

Candidate = tuple[int, int, str, float]

_EDGES = frozenset("，,。；;：:、\n是系在到从给和与同往")
_CLOSE = frozenset("的，,。；;、\n）)")
_PREPOSITIONS = frozenset("向由和从于与把被给对")
_PARTS = ("门口", "院子", "院里", "房屋", "屋后", "屋前", "房前", "房后")


def household_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for k in places(text, "家"):  # (家 is walked by other passes too: ``wordfind``)
        if k < 3:
            continue
        after = text[k + 1 : k + 2]
        if after == "" or after in _CLOSE or text.startswith(_PARTS, k + 1):
            for n in (3, 2, 4):
                start = k - n
                if start < 1 or text[start - 1] not in _EDGES:
                    continue
                name = text[start:k]
                if name[0] in _PREPOSITIONS:
                    break  # 向金宝家: 向 read as "towards" by the edges' pass (spanedges)
                if n == 2 and after != "的" and after not in "门院房屋":
                    continue  # "是蒋丽家" at a phrase's end: a name of three (蒋丽家) as well
                if v.plausible_name(name, strict=True):
                    out.append((start, k, "name", 0.7))
                    break
    if all(e - s == 2 for s, e, _k, _c in out):
        return []  # two signs alone (房东家, 农民家): names only beside a longer one
    return out
