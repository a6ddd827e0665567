"""A village or residents' committee acting in a household's row (issue 16, privfix26f).

A register of aids or allowances names who collected each household's item and gives that
collector's phone in the next cell. Where the committee collected for the household
("村委会代领（X，村委会主任）", "居委会代办"), the README (lines 1-83) has the committee act as a
unit: its cell is no name — a reader taking "村委会代领" for a surname 村 and a given name is
wrong — and a fixed line in the cell right after it is the committee's phone (units' phones
are not marked; the batch's decision: "村委会代领, with the committee's phone"). A mobile there
is left to the other rules, as is a landline after any other cell.

Cost: one ``in`` for the committee's word; without it the candidates pass untouched.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_COMMITTEE = re.compile(r"(?:村|居|社区)(?:民委员会|委会)")
_SEPS = "\n\t|｜"


def _cell_before(text: str, start: int) -> str | None:
    """The cell right before the cell that opens at ``start``, or None when none opens there."""
    if start == 0 or text[start - 1] not in _SEPS:
        return None
    end = start - 1
    while end > 0 and text[end - 1] in " \u3000":
        end -= 1
    begin = max(text.rfind(sep, 0, end) for sep in _SEPS) + 1
    return text[begin:end]


def _alone(text: str, s: int, e: int) -> bool:
    return (s == 0 or text[s - 1] in _SEPS) and (e == len(text) or text[e] in _SEPS)


def committee_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a committee's cell read as a name and its landline (module docstring)."""
    if "委会" not in text and "委员会" not in text:
        return cands
    out = []
    for c in cands:
        s, e, kind = c[0], c[1], c[2]
        if kind == "name" and "委会" in text[s:e]:
            continue
        if kind == "landline" and _alone(text, s, e):
            cell = _cell_before(text, s)
            if cell and _COMMITTEE.search(cell) and ("代" in cell or "领" in cell):
                continue
        out.append(c)
    return out
