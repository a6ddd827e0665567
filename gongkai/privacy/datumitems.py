"""A name beside a private datum of the same list item (issue 16).

Notices of owners, households and payees often run their records together in one line,
one item a record, the items separated by 、；; or ，, ("同意12户：3幢1单元101室 甘强、
3幢1单元102室 贺焕章、…", "欠费用户：张三 13812345678；李四 13912345678"). An item that
holds nothing but a private datum the scanner found (a home address, an ID, a mobile, a
bank card, a travel document) and one run of Han signs beside it, set off by a space or a
bracket, is that person's record: the run is a name when the name model scores it as one
(``namemodel.score`` >= 0.7: a known surname and given-name characters, a compound
surname, a dotted or transliterated name such as 买买提·吐尔逊).

Items of one list share their shape: when at least two items of a line, and at least half
of the line's "datum + run" items, hold a confident name, the other runs of the same shape
are names too if the model allows them at all (``score`` >= 0.3: 金星, 安然, a rare
surname). A unit's landline is no datum here (a unit's contact stands beside it); units,
places, roles and headers score 0 (``listwords.non_name``), and later passes still drop
officials acting in office.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import namemodel as nm

Candidate = tuple[int, int, str, float]

_DATA = frozenset(("address", "id_card", "mobile", "bank_card", "passport", "permit", "residence"))
# what ends an item: the signs between a list's items, a label's colon, a sentence's end
_ITEM_END = "、，,；;。：:\n"
_END = re.compile("[、，,；;。：:\n]")
_GAP = " \u3000"
# the signs between the cells of a row (pipe, box-drawn and tab-separated tables)
_CELL_SIGNS = "|｜│┃\t"
_CELLS = re.compile(r"[|｜│┃\t]")
_SET_OFF = frozenset(" \u3000|｜│┃\t（()）")
_WIDEST = 48  # the farthest an item's or a row's edge is looked for beside a datum
_RUN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){0,3}")
# an item's number before the run ("1. ", "（2）", "③")
_NUMBER = re.compile(
    r"^(?:[0-9０-９]{1,3}[．.、)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[①-⑳])"
)
_SURE = 0.7
_HOUSEHOLD = ("家庭", "家", "户")
_LISTED = 0.3


def _token(piece: str) -> str | None:
    """The run of ``piece`` when it holds nothing else (spaces and one bracket aside)."""
    piece = piece.strip(_GAP)
    if piece[:1] in "（(" and piece[-1:] in "）)":
        piece = piece[1:-1].strip(_GAP)
    return piece if piece and _RUN.fullmatch(piece) else None


def _item_bounds(text: str, start: int, stop: int) -> tuple[int, int]:
    """The item's edges around a datum: the nearest signs that end items (or the widest
    reach when none is near)."""
    floor = max(0, start - _WIDEST)
    lo = max(text.rfind(sign, floor, start) for sign in _ITEM_END) + 1 or floor
    end = _END.search(text, stop, min(len(text), stop + _WIDEST))
    return max(lo, floor), end.start() if end else min(len(text), stop + _WIDEST)


def _numbers_only(piece: str) -> bool:
    """Nothing but an item's number or a row's number cells ("1. ", "| 3 |")."""
    for cell in _CELLS.split(piece):
        cell = cell.strip(_GAP)
        if cell and not (_NUMBER.fullmatch(cell) or (cell.isdigit() and len(cell) <= 4)):
            return False
    return True


def _after(text: str, stop: int, head: str, tail: str) -> tuple[int, int] | None:
    """The run after the datum: the rest of the item, or the next cell of its row."""
    if not tail or (tail[0] not in _GAP and tail[0] not in _CELL_SIGNS and tail[0] not in "（("):
        return None
    cells = _CELLS.split(tail.lstrip(_GAP + _CELL_SIGNS), maxsplit=1)
    got = _token(cells[0])
    if got is None or not _numbers_only(head):
        return None  # nothing of the item but its number may stand before the datum
    at = text.index(got, stop)
    return at, at + len(got)


def _before(text: str, lo: int, head: str, tail: str) -> tuple[int, int] | None:
    """The run before the datum: the item's words after its number, or the row's cell."""
    rest = tail.strip(_GAP + "）)")
    if rest and rest[0] not in _CELL_SIGNS:
        return None
    if not head or (lo > 0 and text[lo - 1] not in _ITEM_END):
        return None
    if head[-1] not in _GAP and head[-1] not in _CELL_SIGNS and head[-1] not in "（(":
        return None
    cells = _CELLS.split(head)
    while cells and not cells[-1].strip(_GAP):
        cells.pop()
    if not cells or not _numbers_only("|".join(cells[:-1])):
        return None
    last = cells[-1].strip(_GAP)
    number = _NUMBER.match(last)
    if number:
        last = last[number.end() :].strip(_GAP)
    if last.endswith(("（", "(")):
        last = last[:-1].rstrip(_GAP)
    if not last or not _RUN.fullmatch(last):
        return None
    for tail_word in _HOUSEHOLD:  # "X户（某村3组42号）": the household named by its head
        if last.endswith(tail_word) and len(last) > len(tail_word) + 1:
            last = last[: -len(tail_word)]
            break
    at = text.index(last, lo)
    return at, at + len(last)


def _beside(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The span of the run that shares an item with the datum at ``start:stop``."""
    lo, hi = _item_bounds(text, start, stop)
    if hi < len(text) and text[hi] not in _ITEM_END:
        return None  # no item's end in sight: a paragraph
    head, tail = text[lo:start], text[stop:hi]
    return _after(text, stop, head, tail) or _before(text, lo, head, tail)


def datum_items(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names of list items that hold a private datum and a run beside it."""
    data = sorted({_own_span(text, c) for c in cands if c[2] in _DATA})
    items: list[tuple[int, int, float]] = []
    for start, stop in data:
        # a run beside the datum is set off by a space, a cell's sign or a bracket: the
        # other data (most of them, in prose and labelled fields) are left at once
        if text[stop : stop + 1] not in _SET_OFF and text[start - 1 : start] not in _SET_OFF:
            continue
        got = _beside(text, start, stop)
        if got is not None:
            items.append((got[0], got[1], nm.score(text[got[0] : got[1]])))
    if not items:
        return []
    taken = {(c[0], c[1]) for c in cands if c[2] == "name"}
    covered = sorted([(c[0], c[1]) for c in cands if c[2] not in _DATA] + data)
    starts = [s for s, _e in covered]
    out: list[Candidate] = []
    for group in _lists(text, items):
        sure = sum(1 for item in group if item[2] >= _SURE)
        shared = sure >= 2 and 2 * sure >= len(group)
        for s, e, score in group:
            if (s, e) in taken or _inside(covered, starts, s, e):
                continue
            if score >= _SURE or (shared and score >= _LISTED):
                out.append((s, e, "name", 0.75))
    return out


def _lists(text: str, items: list[tuple[int, int, float]]) -> list[list[tuple[int, int, float]]]:
    """The items grouped by list: the items of one line, or the rows of a table (lines
    next to each other that hold one item each)."""
    lines: dict[int, list[tuple[int, int, float]]] = {}
    for item in items:
        lines.setdefault(text.rfind("\n", 0, item[0]), []).append(item)
    groups: list[list[tuple[int, int, float]]] = []
    row_end = -2  # where the last group of one-item lines ends
    for line in sorted(lines):
        group = lines[line]
        if len(group) == 1 and row_end == line:
            groups[-1] += group
        else:
            groups.append(list(group))
        row_end = text.find("\n", group[0][1]) if len(group) == 1 else -2
    return groups


def _own_span(text: str, c: Candidate) -> tuple[int, int]:
    """The datum's span; an address may open with the words before its bracket
    ("张三（…号", ``addressowners``): the bracket is then where it begins."""
    start, stop = c[0], c[1]
    if c[2] == "address":
        end = min(stop, start + 12)
        cut = max(text.rfind("（", start, end), text.rfind("(", start, end))
        if cut >= 0:
            return cut + 1, stop
    return start, stop


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, stop: int) -> bool:
    """Whether another candidate already covers part of ``start:stop``."""
    at = bisect_left(starts, stop)
    floor = start - 200  # no candidate of a line is longer
    while at > 0 and starts[at - 1] > floor:
        at -= 1
        if spans[at][1] > start:
            return True
    return False
