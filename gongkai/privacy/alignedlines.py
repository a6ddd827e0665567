"""A landline under a unit's phone header in a table aligned with spaces (privfix20g,
docs273: a notice's list of townships' leaders, 乡镇 | 责任领导 | 职务 | 办公电话 | 值班手机,
its columns set with ideographic spaces).

``unitcolumns.unit_column`` reads the header over a number in tables parted by tabs, bars
or commas; a table aligned with spaces (a PDF's text, a notice typed with 全角 spaces) had
no header, so the office's line in each leader's row was taken for the leader's. Here the
header cell over the number is read by screen columns (``placeheaders.place_header``, as
for a business's address), and a unit's phone header (办公电话, 值班电话, 单位电话, 村委会
座机: ``unitcolumns._UNIT_PHONE_HEADER``, no 本人/家庭/手机 in it) makes the landline the
unit's — the held-out convention: a number under 单位电话/办公电话 is the unit's even in a
person's row. Mobiles are left to ``deskphones`` (a person's row may keep them).

Cost: nothing unless the text holds a wide gap and 电话/座机; then one header look a landline
that stands as a cell of such a row.
"""

from __future__ import annotations

from .placeheaders import in_cell, place_header
from .unitcolumns import _PERSONAL, _UNIT_PHONE_HEADER
from .wordfind import has_word

Candidate = tuple[int, int, str, float]


def _unit_header(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if not in_cell(text, start, line):
        return False
    row_end = text.find("\n", start)
    row = text[line : len(text) if row_end < 0 else row_end]
    if "  " not in row and "\u3000" not in row:
        return False  # (one cell a line is ``stackedphones``' concern)
    cell = place_header(text, start, line)
    if not cell:
        return False
    cell = cell.strip(" \u3000")
    return _UNIT_PHONE_HEADER.fullmatch(cell) is not None and not _PERSONAL.search(cell)


def aligned_unit_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines under a unit's phone header of an aligned table."""
    if "电话" not in text and not has_word(text, "座机"):
        return cands
    if "  " not in text and "\u3000" not in text:
        return cands
    return [c for c in cands if c[2] != "landline" or not _unit_header(text, c[0])]
