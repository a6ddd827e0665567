"""A parent named before 之子 / 之女 with the child's surname (issue 16, privfix27e, docs307).

"长胜村X之女Y来电称…", "村民X之子Y代为办理": a report names a caller or an agent by the
parent. The child (Y) is read as a name; the parent before 之 is not when the name is short
(two characters, a given name the prose reading distrusts: 尹保) or stands right after a
place (…村X). A child of 之子 / 之女 carries the father's surname, so where Y is a found name
and the character two or three before 之 is Y's surname, the characters from it to 之 are
the parent's name.

Not so: a different surname before 之 (a mother's, a place's: "城关镇之女" has no name), a
parent already found, characters that are no given name's (particles, a role's sign).

Speed: one find of 之 a hit, read only where the text holds 之子 or 之女.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_KIN = ("之子", "之女", "之长子", "之次子", "之长女", "之次女", "之孙", "之孙子", "之孙女")
_NOT_GIVEN = frozenset("的了在是和与及或等之其者人员户主属亲方村镇乡县市区组号室民委会")
_CONF = 0.7


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def kin_parents(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the parents named before 之子 / 之女 (module docstring)."""
    if "之子" not in text and "之女" not in text and "之长" not in text and "之次" not in text:
        return cands
    starts = {c[0]: c for c in cands if c[2] == "name"}
    added: list[Candidate] = []
    p = text.find("之")
    while p >= 0:
        kin = next((k for k in _KIN if text.startswith(k, p)), "")
        child = starts.get(p + len(kin)) if kin else None
        if child is not None:
            surname = text[child[0]]
            for n in (3, 2):
                s = p - n
                if s < 0 or text[s] != surname or not all(_cjk(ch) for ch in text[s:p]):
                    continue
                if any(c in _NOT_GIVEN for c in text[s + 1 : p]):
                    break
                if not any(c[0] < p and s < c[1] for c in cands if c[2] == "name"):
                    added.append((s, p, "name", _CONF))
                break
        p = text.find("之", p + 1)
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))
