"""A unit's record block opened by its name and its credit code (privfix22d, docs283–284).

A list of companies (tender winners, registered letting agencies, licensed operators) gives
each one a block of lines: its name (``1. 某某住房租赁有限公司``, ``中标人：某某公司``), its
统一社会信用代码, its 法定代表人 (public registration data, not marked: the eighteenth
sitting), then its 地址 / 经营地址 and 联系电话. The block is the company's record: its
landline and its address are the company's, not its legal representative's, as a
company's contacts are in prose.

The block runs from the line naming the organisation down to a blank line (at most eight
lines); the credit code must stand in it, labelled. A block that also holds a private
person's finding (a name, an ID, a mobile, a card: a person penalised in their own right,
a contact's own mobile) is left alone, and so is a number or an address whose own line
names a person's role (投诉人, 住址, 家庭).

Speed: read only in a text holding 信用代码, for its landlines and addresses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .patterns import PHONE_OF_PERSON
from .wordfind import lines as text_lines

Candidate = tuple[int, int, str, float]

_CODE_LINE = re.compile(r"统一社会信用代码[ \u3000]*[：:][ \u3000]*[0-9A-Z]{18}(?![0-9A-Z])")
# the line naming the organisation: a serial or a role's label, then its name at the line's end
_ORGANISATION = re.compile(
    r"[ \u3000\t]*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[ \u3000]*"
    r"(?:(?:中标人|成交人|中标供应商|成交供应商|供应商|企业名称|单位名称|机构名称|名称)[：:][ \u3000]*)?"
    r"[\u4e00-\u9fff（）()]{4,40}?(?:公司|合作社|事务所|中心|集团|商行|厂)"
    r"(?:[（(][^（）()\n]{1,12}[）)])?[ \u3000]*$"
)
_PRIVATE = frozenset(("name", "id_card", "mobile", "bank_card", "passport", "permit"))


def _block(
    text: str, start: int, lines: tuple[list[str], list[int]], organisation: dict[int, bool]
) -> tuple[int, int] | None:
    """(start, end) of the block of lines holding ``start`` whose first line names an
    organisation and which holds its credit code, or None. ``lines``: the text's lines and
    their starts (``wordfind.lines``, split once a scan); ``organisation``: whether a line
    (by its index) names an organisation, filled as lines are read (the blocks of nearby
    numbers share their lines)."""
    split, starts = lines
    here = bisect_right(starts, start) - 1  # the line holding ``start``
    first = None
    for i in range(here, here - 8 if here > 7 else -1, -1):
        line = split[i]
        if not line.strip(" \u3000\t"):
            break
        if _named(line, i, organisation):
            first = i
            break
    if first is None:
        return None
    stop = len(text)
    for i in range(first, min(len(split) - 1, first + 9)):
        line = split[i]
        if not line.strip(" \u3000\t") or (i > first and _named(line, i, organisation)):
            stop = starts[i]
            break
    else:
        if first + 9 < len(split):
            stop = starts[first + 9]
    if not _CODE_LINE.search(text, starts[first], stop):
        return None
    return starts[first], stop


def _named(line: str, i: int, organisation: dict[int, bool]) -> bool:
    got = organisation.get(i)
    if got is None:
        got = organisation[i] = _ORGANISATION.fullmatch(line) is not None
    return got


def _codes(text: str) -> list[int]:
    """Where 统一社会信用代码 stands in ``text``, in order."""
    out = []
    k = text.find("统一社会信用代码")
    while k >= 0:
        out.append(k)
        k = text.find("统一社会信用代码", k + 8)
    return out


def _code_near(codes: list[int], start: int, starts: list[int], size: int) -> bool:
    """Whether a credit code's label stands within eight lines of ``start`` either way: a
    block holding ``start`` opens at most seven lines above it and runs at most eight
    lines below its first (``_block``), so a block with its code is never missed.
    ``starts``: the starts of the text's lines (``wordfind.lines``); ``size``: its length.
    (From the ninth line break before ``start`` to the ninth after it.)"""
    before = bisect_right(starts, start) - 1  # the line breaks before ``start``
    lo = starts[before - 8] - 1 if before >= 9 else 0
    after = bisect_right(starts, start + 1) - 1  # those up to ``start`` itself
    hi = starts[after + 9] - 1 if after + 9 < len(starts) else size
    i = bisect_left(codes, lo if lo > 0 else 0)
    return i < len(codes) and codes[i] < hi


def code_blocks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and addresses of a unit's record block."""
    if "信用代码" not in text or not any(k in ("landline", "address") for _s, _e, k, _c in cands):
        return cands
    codes = _codes(text)
    if not codes:
        return cands
    private = sorted(s2 for s2, _e2, k2, _c2 in cands if k2 in _PRIVATE)
    drop = set()
    lines = text_lines(text)
    starts = lines[1]
    organisation: dict[int, bool] = {}
    for s, e, k, _c in cands:
        if k not in ("landline", "address") or not _code_near(codes, s, starts, len(text)):
            continue
        block = _block(text, s, lines, organisation)
        if block is None:
            continue
        line_start = starts[bisect_right(starts, s) - 1]
        if PHONE_OF_PERSON.search(text, line_start, s):
            continue
        lo, hi = block
        i = bisect_left(private, lo)
        if i < len(private) and private[i] < hi:
            continue  # a private person's finding in the block
        drop.add((s, e, k))
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[1], c[2]) not in drop]
