"""A parent named before 之子 / 之女 with the child's surname (issue 16, privfix27e, docs307).

"长胜村X之女Y来电称…", "村民X之子Y代为办理": a report names a caller or an agent by the
parent. The child (Y) is read as a name; the parent before 之 is not when the name is short
(two characters, a given name the prose reading distrusts: 尹保) or stands right after a
place (…村X). A child of 之子 / 之女 carries the father's surname, so where Y is a found name
and the character two or three before 之 is Y's surname, the characters from it to 之 are
the parent's name.

Not so: a different surname before 之 (a mother's, a place's: "城关镇之女" has no name), a
parent already found, characters that are no given name's (particles, a role's sign).

Speed: a ``memchr`` walk of 之 (a find of 之子 would read every character); only the hits of
a kinship word there are read.
"""

from __future__ import annotations

from bisect import bisect_left

Candidate = tuple[int, int, str, float]

_KIN = ("之子", "之女", "之长子", "之次子", "之长女", "之次女", "之孙子", "之孙女")
_NOT_GIVEN = frozenset("的了在是和与及或等之其者人员户主属亲方村镇乡县市区组号室民委会")
_CONF = 0.7


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def kin_parents(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the parents named before 之子 / 之女 (module docstring)."""
    hits = []  # (each 之 found by memchr; the kinship words tested there)
    p = text.find("之")
    while p >= 0:
        kin = next((k for k in _KIN if text.startswith(k, p)), "")
        if kin:
            hits.append((p, len(kin)))
        p = text.find("之", p + 1)
    if not hits:
        return cands
    names = sorted((c[0], c[1]) for c in cands if c[2] == "name")
    starts = {a for a, _ in names}
    added: list[Candidate] = []
    for p, n_kin in hits:
        child = p + n_kin
        if child not in starts:
            continue
        surname = text[child]
        for n in (3, 2):
            s = p - n
            if s < 0 or text[s] != surname or not all(_cjk(ch) for ch in text[s:p]):
                continue
            if any(c in _NOT_GIVEN for c in text[s + 1 : p]):
                break
            k = bisect_left(names, (s - 50, 0))
            while k < len(names) and names[k][0] < p and names[k][1] <= s:
                k += 1
            if not (k < len(names) and names[k][0] < p) and (s, p, "name", _CONF) not in added:
                added.append((s, p, "name", _CONF))
            break
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))
