"""Whose address a table's address column gives, when it has several (issue 16).

A table of two parties (申请人 | 住址 | 被申请人 | 住址, 甲方 | 地址 | 乙方 | 地址) gives
each party's address in the column after it. A party may be a unit (a company, a
hospital): its address is the unit's, not private, though the other party of the row is
a person. So with two address columns or more, an address cell is kept only when the
nearest column of persons on its left holds a name found in this row; with one address
column, any name found in the row keeps it (``tables._emit``) — unless the address's
header names its owner and that owner's column holds a unit in the row (供应商地址 beside
成交供应商 "某某医疗器械有限公司", 投标人地址 beside 投标人): the unit's seat, though the
row names a person (its project manager, its contact). A name the publisher masked
already ("车**", "王某") is a person's all the same: the row keeps its address.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_PERSON_KINDS = ("name", "maybe_name", "business", "contact")
# whose address a header says ("供应商地址": 供应商), and a cell that is a unit's name
_OWNER = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:的)?(?:住址|地址|住所地?)")
_NOTE = re.compile(r"[（(][^）)]*[）)]")
_UNIT = re.compile(
    r"公司|集团|企业|工厂|厂$|合作社|商行|经营部|门市部|中心$|事务所|医院|学校|协会|[店站所院]$"
)


# a name the publisher masked already ("车**", "王某", "李×"): a person, not found again
_MASKED = re.compile(r"[\u4e00-\u9fff]{1,2}(?:[*＊×Xx]{1,3}|某{1,2})")


def _masked_owner(kinds: list[tuple[int, str]], cells: list[tuple[str, int]]) -> bool:
    """A column of persons holds a masked name in the row, or a cell that is a whole name
    by its surname though the column's strict reading did not take it (寄件人 "杜国栋"
    among 甘雅婷, 庄涛 …): the row is a person's."""
    for j, kind in kinds:
        if kind in ("name", "maybe_name") and j < len(cells):
            cell = cells[j][0].strip(" \u3000")
            if _MASKED.fullmatch(cell) or (
                kind == "maybe_name" and not _UNIT.search(cell) and v.plausible_name(cell)
            ):
                return True
    return False


def _owners_cell(header: list[str], k: int, cells: list[tuple[str, int]]) -> str | None:
    """The row's cell of the party the address column's header names ("被告住址": the
    被告 column, its note left out: "被告（受送达人）"), or None."""
    owner = _OWNER.fullmatch(header[k].strip(" \u3000")) if k < len(header) else None
    if owner is None:
        return None
    who = owner.group(1)
    heads = [_NOTE.sub("", h).strip(" \u3000") for h in header[: len(cells)]]
    # its own column: the party's word itself (申请人（劳动者）), else a header ending in it
    # (成交供应商), not its other side (被申请人 is no 申请人)
    same = [j for j, h in enumerate(heads) if j != k and h == who]
    same = same or [
        j
        for j, h in enumerate(heads)
        if j != k and h.endswith(who) and not h[: -len(who)].endswith("被")
    ]
    return cells[same[0]][0].strip(" \u3000") if same else None


def _units_seat(header: list[str], k: int, cells: list[tuple[str, int]]) -> bool:
    """The address column's header names a party whose cell in the row is a unit."""
    cell = _owners_cell(header, k, cells)
    return cell is not None and _UNIT.search(cell) is not None


_PIECES = re.compile(r"[、，,；;/ \u3000]+")


def _persons_cell(header: list[str], k: int, cells: list[tuple[str, int]]) -> bool:
    """The party the address's header names holds persons in the row ("康静", "岑泽、段霞英"
    under 被告 beside 被告住址), whatever the row's other parties are (a company as 原告):
    the address is theirs."""
    cell = _owners_cell(header, k, cells)
    if not cell or _UNIT.search(cell):
        return False
    pieces = [p for p in _PIECES.split(cell) if p]
    return bool(pieces) and all(v.plausible_name(p) or _MASKED.fullmatch(p) for p in pieces)


def owner_named(
    kinds: list[tuple[int, str]],
    k: int,
    cells: list[tuple[str, int]],
    row_start: int,
    found: list[Candidate],
    header: list[str] = (),
) -> bool:
    """Whether the address cell ``k`` of a row belongs to a person found in the row."""
    if header and _units_seat(list(header), k, cells):
        return False
    if header and _persons_cell(list(header), k, cells):
        return True
    if sum(kind == "address" for _j, kind in kinds) < 2:
        return any(c[2] == "name" for c in found) or _masked_owner(kinds, cells)
    owners = [j for j, kind in kinds if kind in _PERSON_KINDS and j < k and j < len(cells)]
    if not owners:
        return any(c[2] == "name" for c in found)
    cell, offset = cells[max(owners)]
    lo = row_start + offset
    return any(c[2] == "name" and lo <= c[0] < lo + len(cell) for c in found)
