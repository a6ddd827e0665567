"""Two readings of a unit's landline over the whole text (issue 16, privfix16gb), asked
last (``lastpasses``):

- **a unit's switchboard block**: offices take their direct lines in consecutive numbers
  of one exchange block (0816-2285110 the centre's, 0816-2285131 … 2285175 its grid leaders'
  desks). Two or more landlines found as private that differ only in their last two digits
  from a number the text gives and the scanner left as a unit's (same area code where both
  give one) are a series of that unit's desks. One home alone may share a rural exchange's
  block with the township's office (0932-5261047 beside the station's 0932-5261002): a
  single number in the block is left as found;
- **a text of no person**: a directory of offices, a notice of service points, a list of
  units' mailboxes holds no private person at all — no name, ID, mobile, bank card or home
  address is found in it; a landline or a mailbox found there has no private owner to be
  whose, and is a unit's.

Both read the text's structure (what else it holds, what the scanner settled), no words.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# a landline's written forms: an area code maybe, then a local number of 7 or 8 digits
_NUMBER = re.compile(
    r"(?<![\d\w])(?:[(（]?(0\d{2,3})[)）]?[-—\s]?)?([2-8]\d{6,7})(?![\d\w])", re.ASCII
)
_PERSONAL = frozenset(("name", "id_card", "mobile", "bank_card", "address", "passport", "permit"))
_CONTACTS = frozenset(("landline", "email"))


def _numbers(text: str) -> list[tuple[int, int, str | None, str]]:
    return [(m.start(), m.end(), m.group(1), m.group(2)) for m in _NUMBER.finditer(text)]


def switchboard_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines of a unit's switchboard block (above)."""
    lines = [c for c in cands if c[2] == "landline"]
    if not lines:
        return cands
    found = [(c[0], c[1]) for c in lines]
    numbers = _numbers(text)
    # the numbers the scanner left: no found landline overlaps them
    left = [
        (area, local)
        for s, e, area, local in numbers
        if not any(fs < e and s < fe for fs, fe in found)
    ]
    if not left:
        return cands
    blocks = {(area, local[:-2], len(local)) for area, local in left}
    bare = {(local[:-2], len(local)) for _, local in left}
    drop: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for c in lines:
        m = _NUMBER.search(text, c[0], c[1])
        if m is None or m.end() > c[1]:
            continue
        area, local = m.group(1), m.group(2)
        key = (local[:-2], len(local))
        if (
            (area, *key) in blocks
            or (key in bare and area is None)
            or (area is not None and (None, *key) in blocks)
        ):
            drop.setdefault(key, []).append((c[0], c[1]))
    # a series of the unit's desks: two found lines at least in the block (a single home
    # sharing a rural exchange's block with the township's office is no series)
    drop = {span for spans in drop.values() if len(spans) >= 2 for span in spans}
    if not drop:
        return cands
    return [c for c in cands if c[2] != "landline" or (c[0], c[1]) not in drop]


def personless_contacts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without landlines and mailboxes when the text holds no private person."""
    if not any(c[2] in _CONTACTS for c in cands) or any(c[2] in _PERSONAL for c in cands):
        return cands
    return [c for c in cands if c[2] not in _CONTACTS]
