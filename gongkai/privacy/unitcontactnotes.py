"""A unit's contact named beside the unit's phone in one cell (issue 16, privfix27e, docs306).

A person's row may end in a note about their employer: "单位电话0857-…，联系人：X（安全员）",
"办公电话：0xxx-…；联系人：X". The contact answers the unit's line and acts for it (README: a
unit's 联系人 with the unit's phone is not marked), though the row is a private person's.
A name right after "联系人：" is dropped when the same cell (no tab, pipe, quote or line
break between) holds a unit's phone label (单位电话, 单位联系电话, 办公电话, 企业电话, 公司电话)
before or after it.

Not so: a person's own contact (紧急联系人, 家属联系人: a word before 联系人 other than a
unit's), a cell with no unit's label (联系人：X，手机138…), a label in another cell.

Speed: nothing is read unless "联系人" and one of the labels stand in the text.
"""

from __future__ import annotations

from .wordfind import has_any_by, has_word

Candidate = tuple[int, int, str, float]

_LABELS = ("单位电话", "单位联系电话", "办公电话", "企业电话", "公司电话")
_CELL_ENDS = '\t|"\n'
_REACH = 40
_UNIT_BEFORE = ("单位", "企业", "公司", "，", ",", "；", ";", "：", "、", "　", " ")


def unit_contact_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the unit's contacts beside its phone (module docstring)."""
    if not has_word(text, "联系人", 1) or not has_any_by(text, "话", _LABELS):
        return cands
    drop: set[int] = set()
    p = text.find("联系人")
    while p >= 0:
        q = p + 3
        if text[q : q + 1] in ("：", ":") and (
            p == 0 or text[p - 1 : p] in _UNIT_BEFORE or text[p - 2 : p] in _UNIT_BEFORE
        ):
            lo, hi = max(0, p - _REACH), q + 1 + _REACH
            for k in range(p - 1, lo - 1, -1):
                if text[k] in _CELL_ENDS:
                    lo = k + 1
                    break
            for k in range(q + 1, min(hi, len(text))):
                if text[k] in _CELL_ENDS:
                    hi = k
                    break
            cell = text[lo:hi]
            if any(w in cell for w in _LABELS):
                s = q + 1
                while text[s : s + 1] in (" ", "\u3000"):
                    s += 1
                drop.add(s)
        p = text.find("联系人", q)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
