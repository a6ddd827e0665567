"""A flat written after its estate's name, apart from it, and an estate named by a bare
word only (privfix24a, docs287).

- **A flat after its estate and a space in a person's row** (``梅山安置小区 7号楼1102室``,
  ``阳光家园　3栋2单元501室、5栋1单元302室``): the flat alone is the person's allocated home,
  as a flat number alone in a list of households is (README, the settled marking); the
  estate before the space stays plain. Read only on a line that holds a person's name
  and their ID or mobile (a row of persons), never in a unit's row.
- **An address opened by a bare estate word** (``安置小区3栋1单元702室`` right after the
  estate's quoted name, ``同一小区11幢…``): the word names no place, and the address starts at
  the building. A cell opening with it (``安置小区5栋2单元1603`` under 所选房源) keeps it.

Not such: a building with no room (``7号楼``: a block, not a home), a flat inside an office
block (the earlier rules' reading), a flat in a line with no person's datum.

Speed: the rows are read only when the text holds a room's 室 after a digit.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# a flat: building (号楼, 栋, 幢), an optional unit, a room
_FLAT = r"\d{1,3}(?:号楼|栋|幢)(?:\d{1,2}单元)?\d{2,4}室"
# after an estate's last word and a gap: the first flat, then more after 、
# (led by the estate's last character itself, not a look behind: ``sre`` then skips to it
# by its class instead of trying the look behind at every position of the line)
_AFTER_ESTATE = re.compile(r"[区园苑点城庭府][ \u3000]+(" + _FLAT + r")((?:、" + _FLAT + r")*)")
_MORE = re.compile(_FLAT)
# a bare estate word opening an address
# (after the estate's own name in quotes, or pointing back to one: a cell's 安置小区5栋…, the
# estate's only name there, stays whole)
_BARE_HEAD = re.compile(r"(同一|该|本)?(?:安置)?小区(?=\d)")
_CLOSING_QUOTES = ("”", "」", '"', "』", "’")
_PERSONS = frozenset(("id_card", "mobile"))


def estate_flats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with flats apart from their estate added and bare estate words cut off."""
    if "室" not in text:
        return cands
    out = []
    for c in cands:
        if c[2] == "address" and text[c[0] : c[0] + 1] in ("小", "安", "同", "该", "本"):
            m = _BARE_HEAD.match(text, c[0], c[1])
            if m is not None and (m.group(1) or text[c[0] - 1 : c[0]] in _CLOSING_QUOTES):
                c = (m.end(), *c[1:])
        out.append(c)
    taken = [(s, e) for s, e, k, _c in out if k == "address"]
    lines: dict[int, tuple[bool, bool]] = {}
    for s, _e, k, _c in out:
        if k == "name" or k in _PERSONS:
            ls = text.rfind("\n", 0, s) + 1
            named, numbered = lines.get(ls, (False, False))
            lines[ls] = (named or k == "name", numbered or k in _PERSONS)
    add: list[Candidate] = []
    for ls, (named, numbered) in lines.items():
        if not (named and numbered):
            continue
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if "室" not in text[ls:le]:
            continue
        for m in _AFTER_ESTATE.finditer(text, ls, le):
            spans = [m.span(1)]
            base = m.start(2)
            spans += [(base + f.start(), base + f.end()) for f in _MORE.finditer(m.group(2))]
            for s, e in spans:
                if not any(a < e and s < b for a, b in taken):
                    add.append((s, e, "address", 0.85))
    return out + add if add else out
