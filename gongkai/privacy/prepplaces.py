"""A preposition and a place read as a name (issue 16, privfix24b): "引导申请人向伊宁县人民法院
起诉" read 向伊宁, "到仁寿县…" read 到仁寿.

向, 到, 往, 赴, 从 and 在 stand before a place far oftener than 向, 从 or 在 open a person's name.
A name candidate whose first character is such a word, whose rest followed by the next
character is a county's, a city's or a district's name (伊宁 + 县), and whose place the text
also names without the preposition (伊宁县 elsewhere: a document names its own county often)
is the preposition and the place, no person.

Cost: only name candidates opening with those characters and followed by 县, 市, 区 or 镇 are
looked at.
"""

from __future__ import annotations

from .kindindex import without

Candidate = tuple[int, int, str, float]

_PREPS = frozenset("向到往赴从在")
_PLACE_ENDS = frozenset("县市区镇乡")


def prep_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names that are a preposition before a named place."""
    drop = set()
    for i, c in enumerate(cands):
        s, e = c[0], c[1]
        if c[2] != "name" or e - s < 3 or text[s] not in _PREPS:
            continue
        nxt = text[e : e + 1]
        if nxt not in _PLACE_ENDS:
            continue
        place = text[s + 1 : e] + nxt
        k = text.find(place)
        while k >= 0 and k == s + 1:
            k = text.find(place, k + 1)
        if k >= 0 and text[k - 1 : k] not in _PREPS:
            drop.add(i)
    return without(cands, drop)
