"""Whose address a table's address column gives, when it has several (issue 16).

A table of two parties (申请人 | 住址 | 被申请人 | 住址, 甲方 | 地址 | 乙方 | 地址) gives
each party's address in the column after it. A party may be a unit (a company, a
hospital): its address is the unit's, not private, though the other party of the row is
a person. So with two address columns or more, an address cell is kept only when the
nearest column of persons on its left holds a name found in this row; with one address
column, any name found in the row keeps it (``tables._emit``).
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_PERSON_KINDS = ("name", "maybe_name", "business", "contact")


def owner_named(
    kinds: list[tuple[int, str]],
    k: int,
    cells: list[tuple[str, int]],
    row_start: int,
    found: list[Candidate],
) -> bool:
    """Whether the address cell ``k`` of a row belongs to a person found in the row."""
    if sum(kind == "address" for _j, kind in kinds) < 2:
        return any(c[2] == "name" for c in found)
    owners = [j for j, kind in kinds if kind in _PERSON_KINDS and j < k and j < len(cells)]
    if not owners:
        return any(c[2] == "name" for c in found)
    cell, offset = cells[max(owners)]
    lo = row_start + offset
    return any(c[2] == "name" and lo <= c[0] < lo + len(cell) for c in found)
