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
_GAP = " \u3000\t"
_WIDEST = 24  # the longest run looked at beside a datum (a name's bracket and spaces)
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
    lo = start
    floor = max(0, start - _WIDEST)
    while lo > floor and text[lo - 1] not in _ITEM_END:
        lo -= 1
    hi = stop
    ceiling = min(len(text), stop + _WIDEST)
    while hi < ceiling and text[hi] not in _ITEM_END:
        hi += 1
    return lo, hi


def _beside(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The span of the run that shares an item with the datum at ``start:stop``."""
    lo, hi = _item_bounds(text, start, stop)
    if hi < len(text) and text[hi] not in _ITEM_END:
        return None  # no item's end in sight: a paragraph
    after = text[stop:hi]
    if after.strip(_GAP + "）)"):
        if after[0] in _GAP or after[0] in "（(":
            got = _token(after)
            if got:
                at = text.index(got, stop)
                # nothing of the item may stand before the datum but its number
                head = text[lo:start].strip(_GAP)
                if not head or _NUMBER.fullmatch(head):
                    return at, at + len(got)
        return None
    before = text[lo:start]
    if not before or (lo > 0 and text[lo - 1] not in _ITEM_END):
        return None
    if before[-1] not in _GAP and before[-1] not in "（(":
        return None
    head = before.lstrip(_GAP)
    number = _NUMBER.match(head)
    if number:
        head = head[number.end() :]
    head = head.strip(_GAP)
    if head.endswith(("（", "(")):
        head = head[:-1].rstrip(_GAP)
    if not head or not _RUN.fullmatch(head):
        return None
    for tail in _HOUSEHOLD:  # "X户（某村3组42号）": the household named by its head
        if head.endswith(tail) and len(head) > len(tail) + 1:
            head = head[: -len(tail)]
            break
    at = text.index(head, lo)
    return at, at + len(head)


def datum_items(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names of list items that hold a private datum and a run beside it."""
    data = sorted({_own_span(text, c) for c in cands if c[2] in _DATA})
    if not data:
        return []
    taken = {(c[0], c[1]) for c in cands if c[2] == "name"}
    covered = sorted([(c[0], c[1]) for c in cands if c[2] not in _DATA] + data)
    starts = [s for s, _e in covered]
    lines: dict[int, list[tuple[int, int, float]]] = {}
    for start, stop in data:
        got = _beside(text, start, stop)
        if got is None:
            continue
        token = text[got[0] : got[1]]
        line = text.rfind("\n", 0, got[0])
        lines.setdefault(line, []).append((got[0], got[1], nm.score(token)))
    out: list[Candidate] = []
    for items in lines.values():
        sure = sum(1 for item in items if item[2] >= _SURE)
        shared = sure >= 2 and 2 * sure >= len(items)
        for s, e, score in items:
            if (s, e) in taken or _inside(covered, starts, s, e):
                continue
            if score >= _SURE or (shared and score >= _LISTED):
                out.append((s, e, "name", 0.75))
    return out


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
