"""A person's home named by the person after a verb of place: "现居其子巴图家", "邻居夏侯玲家也是",
"住在李某某家里" (issue 16).

A name read on to the next character takes 家 in where the text says whose home a place is:
after a verb of dwelling or going (居, 住, 在, 到, 去, 回, 往) or a neighbour's word (邻居, 隔壁),
with a kinship word between or not (其子, 女儿), "X家" is X's home and 家 no part of the name —
whatever follows (a sign, 也, 的, 里, 中). So a name candidate ending in 家 with such a cue in the
four characters before it, whose text less 家 is a plausible name, ends before 家.

A name ending in 家 elsewhere (王国家 as a cell of a column, "申请人：李保家") has no such cue and is
left alone, and so is one where 家 runs on into a word (家属, 家庭, 家长, 家人, 家中 are read as
a whole: "到李明家属处" keeps nothing of 家属 in the name, as before).

Cost: only name candidates ending in 家 are looked at.
"""

from __future__ import annotations

from . import validators as _v

Candidate = tuple[int, int, str, float]

_CUES = ("居", "住", "在", "到", "去", "回", "往", "邻居", "隔壁", "邻村")
# 家 opening a word of its own: 家属, 家庭 … (the candidate ends before them by other passes)
_WORD_AFTER = frozenset("属庭长人族务产")


def name_homes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with 家 after a name in "居/住/到/邻居 … X家" left out of the name."""
    if "家" not in text:
        return cands
    size = len(text)
    trim = set()
    for s, e, k, _c in cands:
        if k != "name" or e - s < 3 or text[e - 1] != "家":
            continue
        if e < size and text[e] in _WORD_AFTER:
            continue
        before = text[s - 4 if s > 4 else 0 : s]
        if not any(cue in before for cue in _CUES):
            continue
        if _v.plausible_name(text[s : e - 1]):
            trim.add((s, e))
    if not trim:
        return cands
    return [
        (s, e - 1, k, c) if k == "name" and (s, e) in trim else (s, e, k, c) for s, e, k, c in cands
    ]
