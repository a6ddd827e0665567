"""An address noted as a business's premises right after it (issue 16, privfix26c).

A register or a notice sometimes gives an individual business's address in a column or a
field of a person's kind (通讯地址, 住所) and says in a bracket right after it what the place
is: "…纳林村3社14号（经营场所）", "…商贸街17号(营业场所)". By the conventions (README lines
1–83: an individual business's registered premises are the business's, not marked) such an
address is no home: dropped. A note of a home (（户籍地）, （现住址）) or none keeps it.

Cost: the cue index's 经营场所 and 营业场所; a ``find`` of each where held; the candidates read
only where a note stands.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(r"[ \u3000]?[（(](?:经营|营业)场所[）)]")
_WORDS = ("经营场所", "营业场所")


def _note_starts(text: str) -> set[int]:
    """Where a premises' note opens (its bracket, or the space before it)."""
    starts = set()
    for word in _WORDS:
        k = text.find(word)
        while k >= 0:
            for at in (k - 1, k - 2):
                if at >= 0 and _NOTE.match(text, at) and _NOTE.match(text, at).end() > k:
                    starts.add(at)
            k = text.find(word, k + 1)
    return starts


def premise_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the addresses noted right after as a business's premises."""
    if not has_word(text, "经营场所") and not has_word(text, "营业场所"):
        return cands
    starts = _note_starts(text)
    if not starts:
        return cands
    return [c for c in cands if c[1] not in starts or c[2] != "address"]
