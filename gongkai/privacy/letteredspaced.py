"""A 全国学籍号 printed as G and a resident ID in groups (issue 16, privfix27c, docs305).

README (privfix17b): a code printed as one capital letter and a valid resident ID (G+ID)
marks the ID's 18 characters as ``id_card``, the letter outside the mark. A form's print
may group the ID as it groups a bare ID ("G653121 20081209 5170", six, eight and four
characters with a space between, as "身份证号：653121 20081209 1532"); the number finder
reads the grouped ID alone but not after the letter. Such an ID is added when it is valid
(region, birth date, check character) and no candidate holds it yet.

Not so: an invalid ID after the letter (a code of its own), a grouped number of other widths.

Cost: nothing unless the text names a 学籍 number (one ``in``); then one search led by a
capital letter, a digit after it.
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_LETTERED = re.compile(r"[A-Z](\d{6}[ \u3000]\d{8}[ \u3000]\d{3}[\dXx])(?![\dXx])")


def lettered_spaced(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the grouped IDs after a 学籍号's letter (module docstring)."""
    if not has_word(text, "学籍"):
        return cands
    out = cands
    for m in _LETTERED.finditer(text):
        s, e = m.span(1)
        if m.start() and text[m.start() - 1].isalnum() and text[m.start() - 1].isascii():
            continue  # inside a longer code
        digits = m.group(1).replace(" ", "").replace("\u3000", "").upper()
        if not v.is_resident_id(digits):
            continue
        if any(c[0] < e and s < c[1] for c in out):
            continue
        if out is cands:
            out = list(cands)
        out.append((s, e, "id_card", 0.9))
    return out
