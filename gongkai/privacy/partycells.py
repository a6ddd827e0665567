"""A landline sharing a private party's contact cell with the party's mobile (privfix22d,
docs284).

A register of complaints or cases gives each row's party a contact column named after the
party's own column (投诉人/当事人 | 投诉人联系方式, 申请人 | 申请人电话). When the party's cell
holds a person's name (a name found there), the contact cell is that person's, and a
landline written after their mobile in it (``138…，0572-…``) is theirs too (their home's),
though the row names an agency or a company elsewhere (the complaint's subject): the
earlier rules read the row's company and gave the landline to it.

Not such: a party's cell holding an organisation (no name found in it: holderphones gives
the number to it), a column named after no other column (联系电话), a landline alone in the
cell (the earlier rules' reading stands).

Speed: read only after a found mobile followed by a list sign and a 0.
"""

from __future__ import annotations

import re

from .unitcolumns import rows_above

Candidate = tuple[int, int, str, float]

# the landline after the mobile in the same cell: a list sign, then an area code's number
_AFTER = re.compile(r"[ \u3000]*[，,、；;/][ \u3000]*(0\d{2,3}-\d{7,8})(?![\d\-])")
# a contact column named after its party's column: the party, then the contact word
_PARTY_PHONE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:的)?(?:联系方式|联系电话|电话|手机)(?:号码)?")
_PARTS = re.compile(r"[/／、]|或")
_SEPS = ("\t", "|", "｜")
_DIGIT = re.compile(r"\d")


def _cells(text: str, line_start: int, line_end: int, sep: str) -> list[tuple[int, int]]:
    out, pos = [], line_start
    while True:
        k = text.find(sep, pos, line_end)
        if k < 0:
            out.append((pos, line_end))
            return out
        out.append((pos, k))
        pos = k + 1


def _party_cell(text: str, at: int) -> tuple[int, int] | None:
    """The span of the party's cell whose contact column holds ``at`` (None: no such)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    sep = next((s for s in _SEPS if s in text[line_start:at]), None)
    if sep is None:
        return None
    index = text.count(sep, line_start, at)
    for row in rows_above(text, line_start, most=40):
        if row.count(sep) < index or _DIGIT.search(row) or not row.strip(" |｜-:：\u3000"):
            continue
        heads = [h.strip(" \u3000\"'*") for h in row.split(sep)]
        m = _PARTY_PHONE.fullmatch(heads[index]) if index < len(heads) else None
        if m is None:
            return None
        party = next((k for k, h in enumerate(heads) if m.group(1) in _PARTS.split(h)), None)
        cells = _cells(text, line_start, line_end, sep)
        if party is None or party == index or party >= len(cells):
            return None
        return cells[party]
    return None


def party_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the landlines written after a party's mobile in its contact cell."""
    mobiles = [c for c in cands if c[2] == "mobile" and text[c[1] : c[1] + 1] in "，,、；;/ \u3000"]
    if not mobiles:
        return cands
    have = {(s, e) for s, e, k, _c in cands if k == "landline"}
    names = [(s, e) for s, e, k, _c in cands if k == "name"]
    out = list(cands)
    for _s, e, _k, _c in mobiles:
        m = _AFTER.match(text, e)
        if m is None or m.span(1) in have:
            continue
        cell = _party_cell(text, m.start(1))
        if cell and any(cell[0] <= s2 and e2 <= cell[1] for s2, e2 in names):
            out.append((m.start(1), m.end(1), "landline", 0.85))
    return out
