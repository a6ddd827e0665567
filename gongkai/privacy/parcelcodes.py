"""The building's part of a real-estate unit number read as a permit (issue 16, privfix24b).

A 不动产单元号 is 28 characters: the county's six digits, the cadastral zone's and sub-zone's
six, the parcel's feature code (two capital letters: JC, JA, GB, ZC …) and its five-digit
serial, then the fixture's code — a letter for its kind (F 房屋, L 林木, Q 其他, W 无定着物) and
eight digits ("330523 001 014 JC00077 W00000000", "…GB00012F00010003"). A letter and eight
digits is also the shape of a Taiwan or Hong Kong travel permit, but right after a parcel's
feature code and serial it is the unit number's last part, no person's document: such a
candidate (permit, passport) is dropped.

Speed: only a text holding a permit or passport candidate is read, by the nine characters
before each.
"""

from __future__ import annotations

import re

from .kindindex import without

Candidate = tuple[int, int, str, float]

_FIXTURE = re.compile(r"[FLQW]\d{8}")
_PARCEL_BEFORE = re.compile(r"(?:^|[^A-Za-z])[A-Z]{2}\d{5}[ \u3000]?$")
_KINDS = frozenset(("permit", "passport"))


def parcel_codes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a unit number's fixture code read as a travel document."""
    drop = set()
    for i, c in enumerate(cands):
        if c[2] not in _KINDS or not _FIXTURE.fullmatch(text, c[0], c[1]):
            continue
        if _PARCEL_BEFORE.search(text[max(0, c[0] - 9) : c[0]]):
            drop.add(i)
    return without(cands, drop)
