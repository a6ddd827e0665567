"""A name opening a paragraph of a person's particulars (issue 16, privfix26b, docs298).

A notice served by publication (公告送达), a list of recovery decisions or a roll of parties
opens each paragraph with the person addressed and their particulars: "萨仁高娃，女，蒙古族，
身份证号码…", "閤国良，男，汉族，…". The run from the paragraph's start to "，男，" or "，女，"
is the person's name, whole: a Mongolian name of four signs whose second half is a Han name
(萨仁高娃, read 高娃 alone), or a name of a rare surname the name model reads only in part
(閤国良, read 国良). The run is taken as one name when it is two to six Han signs (a dotted
name too) that the name model allows as a name (``namemodel.possible``), or that is no word
and is followed by the person's ethnicity ("，女，蒙古族，"); a name found inside it is
replaced by it.

Not so: a run with a role before the name (被告人X, 申请人X: no name by the model, or longer
than a name), a run that is a word (本人, 户主), and a run not at a paragraph's start.

Cost: nothing is read unless the text holds "，男，" or "，女，" (two finds: led by the comma,
as cue words they would stop the cue index at every comma); then only the line before each.
"""

from __future__ import annotations

import re

from . import namemodel
from .listwords import NON_NAME, non_name

Candidate = tuple[int, int, str, float]

_MARKS = ("，男，", "，女，")


# an ethnicity after the sex ("，女，蒙古族，"): the particulars of a person, whatever the name
_ETHNIC = re.compile(r"[\u4e00-\u9fff]{1,5}族[，,]")


def _name_run(run: str) -> bool:
    return 2 <= len(run) <= 6 and all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in run)


def _named(run: str, text: str, after: int) -> bool:
    """The run is a name by the model, or a run of four signs at most, no word and no role,
    that the person's ethnicity follows (a Mongolian name of a Han half, 萨仁高娃, which the
    model does not read)."""
    if namemodel.possible(run):
        return True
    return (
        len(run) <= 4
        and "人" not in run  # (被告人X, 申请人X: a role before the name)
        and _ETHNIC.match(text, after) is not None
        and run not in NON_NAME
        and not non_name(run)
        and not namemodel._ROLE.search(run)
    )


def sexed_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the name opening each paragraph of particulars read whole."""
    if "，男，" not in text and "，女，" not in text:
        return cands
    runs = []
    for mark in _MARKS:
        k = text.find(mark)
        while k >= 0:
            ls = text.rfind("\n", k - 9 if k > 9 else 0, k) + 1
            if ls == 0 and k > 9:  # (the line starts further back: no name's run)
                k = text.find(mark, k + 3)
                continue
            s = ls
            while s < k and text[s] in " \u3000\t":
                s += 1
            run = text[s:k]
            if _name_run(run) and _named(run, text, k + 3):
                runs.append((s, k))
            k = text.find(mark, k + 3)
    if not runs:
        return cands
    out = [
        c
        for c in cands
        if c[2] != "name" or not any(s <= c[0] < e and (c[0], c[1]) != (s, e) for s, e in runs)
    ]
    have = {(c[0], c[1]) for c in out if c[2] == "name"}
    out += [(s, e, "name", 0.9) for s, e in runs if (s, e) not in have]
    return out
