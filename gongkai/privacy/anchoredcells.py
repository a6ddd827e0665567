"""A name-shaped cell on a line that holds a person's own data (issue 16).

Whatever the layout — tab or comma exports, pipe or ｜ rows, box-drawn tables, numbered
records, JSON or XML values — a line that carries a person's ID, phone, card, travel
document, mailbox or home address is that person's record. A cell of that line (the run
between separators) that is wholly a name by the name model (``namemodel.score`` of a
known surname with given-name characters, a compound surname, a dotted name) is the
record's person or a relative named in it. The later passes still drop officials acting
in office and units (``officenames``, ``refine``).
"""

from __future__ import annotations

import re

from . import namemodel

Candidate = tuple[int, int, str, float]

_ANCHORS = frozenset(
    ("id_card", "mobile", "bank_card", "passport", "permit", "residence", "email", "landline")
)
# a run between the separators of cells, labels and brackets
_CELL = re.compile(r"[^\t|｜│┃,，\"'；;、/／ \u3000：:（）()【】\[\]{}<>《》=\n]+")
_NUMBERING = re.compile(r"^(?:[0-9０-９]{1,4}[．.、]|[①-⑳])")
_LEAST = 0.9


def anchored_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    lines: set[tuple[int, int]] = set()
    for start, _end, kind, _conf in cands:
        if kind in _ANCHORS:
            lo = text.rfind("\n", 0, start) + 1
            hi = text.find("\n", start)
            lines.add((lo, hi if hi >= 0 else len(text)))
    if not lines:
        return []
    taken = {(s, e) for s, e, k, _c in cands if k == "name"}
    out: list[Candidate] = []
    rows: dict[str, int] = {}
    for lo, hi in sorted(lines):
        for m in _CELL.finditer(text, lo, hi):
            cell, start = m.group(), m.start()
            lead = _NUMBERING.match(cell)
            if lead:
                cell, start = cell[lead.end() :], start + lead.end()
            if not 3 <= len(cell) <= 8 or (start, start + len(cell)) in taken:
                continue
            if namemodel.score(cell) >= _LEAST:
                out.append((start, start + len(cell), "name", 0.8))
                rows[cell] = rows.get(cell, 0) + 1
    # one name in many persons' records is their caseworker's, liaison's or official's
    return [c for c in out if rows[text[c[0] : c[1]]] < 3]
