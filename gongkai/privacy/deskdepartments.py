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

Speed: the notes' closing brackets （ ） are walked by ``str.find`` (a note in ASCII brackets is
not read); the candidates are read only where a department's note closes a cell.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_DEPARTMENT = (
    r"值班室|门卫室|传达室|办公室|党政办|综合办|行政办|党政办公室|后勤处|后勤科|后勤部|总务科|总务处|"
    r"保卫科|保卫处|物业(?:公司|服务中心|管理处)?|(?:厂区|物业|门岗|行政)?值班"
)
_NOTE = re.compile(rf"（[\u4e00-\u9fff]{{0,6}}?(?:{_DEPARTMENT})）")
_CELL_OPEN = frozenset("\n\t|,")
_CLOSE_OR_END = frozenset(("\n", "\t", "|", ",", ""))


def desk_departments(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names noted by an office's department alone (above)."""
    opens = set()
    end = text.find("）")  # (a character's find skips through memory; a regex reads each)
    while end >= 0:
        if text[end + 1 : end + 2] in _CLOSE_OR_END:
            k = text.rfind("（", end - 16 if end > 16 else 0, end)
            if k > 0:
                note = _NOTE.match(text, k)
                if note is not None and note.end() == end + 1:
                    opens.add(k)
        end = text.find("）", end + 1)
    if not opens:
        return cands
    drop = {
        c[0]
        for c in cands
        if c[1] in opens and c[2] == "name" and (c[0] == 0 or text[c[0] - 1] in _CELL_OPEN)
    }
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
