"""A reading of a unit's landline over the whole text (issue 16, privfix16gb), asked
last (``lastpasses``):

- **a unit's switchboard block**: offices take their direct lines in consecutive numbers
  of one exchange block (0816-2285110 the centre's, 0816-2285131 … 2285175 its grid leaders'
  desks). Three or more landlines found as private that differ only in their last two
  digits from a number the text gives and the scanner left as a unit's (same area code where
  both give one) are a series of that unit's desks. One or two homes may share a rural
  exchange's block with the township's office (0932-5261047 beside the station's
  0932-5261002; two neighbours' 6631802, 6631803 beside the bureau's 6631800): fewer than
  three numbers in the block are left as found.

A text of no person at all (a directory of offices) would be another reading; it is not
made here: a short letter's own line or mailbox with no name found is private all the same.

It reads the text's structure (what else the text gives, what the scanner settled), no words.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# a landline's written forms: an area code maybe, then a local number of 7 or 8 digits
_NUMBER = re.compile(
    r"(?<![\d\w])(?:[(（]?(0\d{2,3})[)）]?[-—\s]?)?([2-8]\d{6,7})(?![\d\w])", re.ASCII
)
_AREA = re.compile(r"(?<!\d)[(（]?(0\d{2,3})[)）]?[-—\s]?$")


def _area_before(text: str, at: int) -> str | None:
    """The area code written right before the local number at ``at``, if any."""
    m = _AREA.search(text, at - 8 if at > 8 else 0, at)
    return m.group(1) if m else None


def switchboard_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines of a unit's switchboard block (above)."""
    groups: dict[tuple[str, int], list[tuple[int, int, str | None]]] = {}
    for c in cands:
        if c[2] != "landline":
            continue
        m = _NUMBER.search(text, c[0], c[1])
        if m is None or m.end() > c[1]:
            continue
        local = m.group(2)
        groups.setdefault((local[:-2], len(local)), []).append((c[0], c[1], m.group(1)))
    series = {key: spans for key, spans in groups.items() if len(spans) >= 3}
    if not series:
        return cands  # (a series of three found lines in one block first: the cheap test)
    drop: set[tuple[int, int]] = set()
    for (prefix, width), spans in series.items():
        areas = {area for _, _, area in spans}
        at = text.find(prefix)
        while at >= 0:
            end = at + width
            if (
                end <= len(text)
                and text[at:end].isdigit()
                and (at == 0 or not text[at - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
                and not any(s <= at < e for s, e, _ in spans)
            ):
                area = _area_before(text, at)
                if area is None or area in areas or None in areas:
                    drop.update(
                        (s, e) for s, e, a in spans if a is None or area is None or a == area
                    )
                    break
            at = text.find(prefix, at + 1)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "landline" or (c[0], c[1]) not in drop]
