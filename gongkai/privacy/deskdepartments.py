"""A name noted by an office's own department: the unit's staff on its behalf (issue 16,
docs268, privfix20c). Called from ``lastpasses``.

A register of sites, equipment or duties kept by units and households alike (防空警报器
看护人, a building's keeper, a unit's duty contact) names each unit's keeper with the
department they serve in: "X（值班室）", "Y（后勤处）", "Z（总务科）", "W（党政办）",
"V（门卫室）". Such a note is a unit's department, no private standing: the person keeps
the site for the unit, in that role, like a witness noted by a committee alone
("X（村委会）", the conventions' privfix18b decision, ``footers._ORGAN_NOTE``). A
household's keeper noted by their standing ("X（房东）", "Y（户主之妻）") stays private.

The name must fill its cell with its note: at a line's or a cell's start (after a tab, a
bar or a comma) and the note closing the cell. A department that is also a patient's or a
pupil's (内科, 三年级) is no office's department here: only the administrative ones count.

Speed: one search for the notes' brackets' words (``_CUE``) a text; a name is read only
when a note opens right after it.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_DEPARTMENT = (
    r"值班室|门卫室|传达室|办公室|党政办|综合办|行政办|党政办公室|后勤处|后勤科|后勤部|总务科|总务处|"
    r"保卫科|保卫处|物业(?:公司|服务中心|管理处)?|(?:厂区|物业|门岗|行政)?值班"
)
_NOTE = re.compile(rf"[（(][\u4e00-\u9fff]{{0,6}}?(?:{_DEPARTMENT})[）)]")
_CUE = re.compile(rf"(?:{_DEPARTMENT})[）)]")
_CELL_OPEN = frozenset("\n\t|,")
_CELL_CLOSE = frozenset("\n\t|,")


def desk_departments(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names noted by an office's department alone (above)."""
    if _CUE.search(text) is None:
        return cands
    drop = set()
    for s, e, kind, _c in cands:
        if kind != "name" or text[e : e + 1] not in ("（", "("):
            continue
        if s and text[s - 1] not in _CELL_OPEN:
            continue
        note = _NOTE.match(text, e)
        if note is None or (note.end() < len(text) and text[note.end()] not in _CELL_CLOSE):
            continue
        drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
