"""A mobile under a desk's header in a table aligned with spaces (privfix22c, docs273: a
notice's list of townships' leaders, 乡镇 | 责任领导 | 职务 | 办公电话 | 值班手机, its columns
set with ideographic spaces).

``deskphones`` drops a mobile under a desk's header (值班手机, 公务手机, 服务手机 …:
``deskphones._DESK_HEADER``) in tables parted by tabs, bars or commas; in a table aligned
with spaces it found no header, so the duty line in each township's row was taken for the
leader's own. The held-out convention (privfix19c): a mobile headed as a duty or official
line is the unit's. Here the header cell over the number is read by screen columns
(``placeheaders.place_header``, as ``alignedlines`` does for the landlines), and — as in
``deskphones`` — a private person's name or number still standing before the number on its
line (a duty roster's row naming its staff) keeps it. The pass runs after the officials'
passes (``postcolumns``: 责任领导 | 职务), so an official heading the row no longer counts.

Cost: nothing unless the text holds a desk's 手机 header and a wide gap; then one header
look a mobile that stands as a cell of such a row.
"""

from __future__ import annotations

from .deskphones import _DESK_HEADER, _desk_labels, _private_before
from .placeheaders import in_cell, place_header

Candidate = tuple[int, int, str, float]

_PRIVATE = frozenset(("name", "id_card", "bank_card", "passport", "permit"))


def _desk_header(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if not in_cell(text, start, line):
        return False
    row_end = text.find("\n", start)
    row = text[line : len(text) if row_end < 0 else row_end]
    if "  " not in row and "\u3000" not in row:
        return False
    cell = place_header(text, start, line)
    return bool(cell) and _DESK_HEADER.fullmatch(cell.strip(" \u3000")) is not None


def aligned_desk_mobiles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mobiles under a desk's header of an aligned table."""
    if "手机" not in text or ("  " not in text and "\u3000" not in text):
        return cands
    if not any(c[2] == "mobile" for c in cands) or not _desk_labels(text):
        return cands
    private = sorted(c[0] for c in cands if c[2] in _PRIVATE)
    drop = {
        c[0]
        for c in cands
        if c[2] == "mobile"
        and _desk_header(text, c[0])
        and not _private_before(text, c[0], private)
    }
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "mobile" and c[0] in drop)]
