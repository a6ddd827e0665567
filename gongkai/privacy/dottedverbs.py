"""A dotted name read with the verb before it (issue 16, privfix26c).

A rule that takes a run of Han signs up to a dotted name's first part (买买提·吐尔逊) may take
the verb of the sentence with it: "并雇用努尔兰·哈力别克、马某等人作业", "先后聘用阿依古丽·艾力",
"指使吐尔洪·买买提". ``dottededges`` stops the run at prepositions and kinship words; a verb
of hiring, directing or joining (雇用, 雇佣, 聘用, 聘请, 招用, 招募, 指使, 伙同, 带领, 安排,
并) is no sign of a transliterated name's part either. A dotted name's first part holding such
a verb with two signs or more after it starts after the verb.

Cost: one ``in`` for the middle dot; then the dotted names' first parts.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_VERBS = ("雇用", "雇佣", "聘用", "聘请", "招用", "招募", "指使", "伙同", "带领", "安排", "并")


def _cut(first: str) -> int:
    """Where the name's first part starts after a verb inside it (0: none)."""
    best = 0
    for verb in _VERBS:
        k = first.rfind(verb)
        if k >= 0 and len(first) - (k + len(verb)) >= 2:
            best = max(best, k + len(verb))
    return best


def dotted_verbs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each dotted name's verb left out of its first part (docstring)."""
    if "·" not in text:
        return cands
    out = None
    for i, (s, e, kind, conf) in enumerate(cands):
        if kind != "name" or e - s < 6:
            continue
        dot = text.find("·", s, e)
        if dot - s < 4:
            continue
        cut = _cut(text[s:dot])
        if cut:
            if out is None:
                out = list(cands)
            out[i] = (s + cut, e, kind, conf)
    return cands if out is None else out
