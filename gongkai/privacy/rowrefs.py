"""A table's person named again in its note by the row's number (issue 16, privfix26e,
after docs301).

A list's note below the table explains a row: "第9行X无手机，所填为其家庭固定电话", "第6行Y使
用16位借记卡". The name after "第N行" (or 第N号, 序号N) is the person of that row, found in the
table: where those characters are a name found elsewhere in the text, the note's mention is
marked too (the prose around it, 使用 or 无 right after, reads it as no name by itself).

Cost: only texts with "行" after a digit and 第 before; one search for 第, a literal.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_REF = re.compile(r"第\d{1,4}(?:行|号|户)")


def row_refs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names a note gives again after a row's number (module docstring)."""
    if "第" not in text:
        return cands
    known = {text[c[0] : c[1]] for c in cands if c[2] == "name" and c[1] - c[0] <= 4}
    if not known:
        return cands
    taken = None
    out: list[Candidate] = []
    for m in _REF.finditer(text):
        at = m.end()
        for n in (4, 3, 2):
            word = text[at : at + n]
            if word in known:
                break
        else:
            continue
        end = at + len(word)
        if taken is None:
            taken = [(c[0], c[1]) for c in cands]
        if any(s < end and at < e for s, e in taken):
            continue
        out.append((at, end, "name", 0.8))
        taken.append((at, end))
    return cands + out if out else cands
