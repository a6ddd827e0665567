"""A spot in a site's grid is no one's home address (issue 16).

``B区14排11号``, ``3排12号``, ``A区2列5位`` alone — an area, a row and a number, no place's
name, no building, floor or flat — is a plot, a seat, a berth or a stall inside a site (a
cemetery, a hall, a market), not anybody's home: an address candidate of exactly that shape
is dropped, whatever column or label it stands under. A home's ``…村3排6号`` keeps its
place's name and stays (``patterns.STREET_WORD`` reads "5排12号" after a village as a row of
homes); ``2栋3单元202室`` names a building and stays.

Cost: a test of 排/列 in each address candidate's text.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_GRID = re.compile(r"(?:[A-Za-z0-9]{1,3}区)?第?\d{1,3}[排列]第?\d{1,3}[号位穴]")


def _place(value: str) -> bool:
    return ("排" in value or "列" in value) and _GRID.fullmatch(value) is not None


def site_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses that are a place in a site's grid (module doc)."""
    if not any(c[2] == "address" and _place(text[c[0] : c[1]]) for c in cands):
        return cands
    return [c for c in cands if c[2] != "address" or not _place(text[c[0] : c[1]])]
