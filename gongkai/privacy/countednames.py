"""Persons listed with 、 and then counted ("授予甲、乙、丙3名同志…"), the count checked.

(Moved out of ``blocks`` to keep it under the 600-line limit.)
"""

from __future__ import annotations

import re

from . import namemodel as nm
from .listwords import OFFICIAL_LABEL, count_in, non_name
from .notedparts import noted_parts
from .wordfind import places

Candidate = tuple[int, int, str, float]  # start, end, type, confidence

_COUNT_AT = re.compile(
    r"(\d{1,3}|[一二三四五六七八九十]{1,3})[名位](?:同志|群众|村民|居民|老人|儿童|学生|人员)?"
)
_CLAUSE = re.compile(r"[。；;！!？?，,：:“”\"\n]")
_LEADS = (
    "授予",
    "给予",
    "表彰",
    "推选",
    "评选",
    "确定",
    "选出",
    "公布",
    "对",
    "向",
    "为",
    "经",
    "由",
)
_NUMERALS = frozenset("0123456789一二三四五六七八九十")


def _counts(text: str) -> list[re.Match]:
    """Counts of persons right after a Han character ("…金正浩5名同志"), by the places of
    名 and 位 (``wordfind.places``)."""
    out = []
    for word in ("名", "位"):
        for i in places(text, word):  # (名 is walked by other passes too: ``wordfind``)
            j = i
            while j > i - 3 and text[j - 1 : j] in _NUMERALS and j > 0:
                j -= 1
            if (
                j < i
                and j > 0
                and ("\u4e00" <= text[j - 1] <= "\u9fff" or text[j - 1] in "）)")
                and "、" in text[j - 40 if j > 40 else 0 : j]
            ):
                m = _COUNT_AT.match(text, j)
                if m:
                    out.append(m)
    return out


def counted_names(text: str, out: list[Candidate]) -> None:
    """Names listed with 、 before their count ("授予甲、乙、丙3名同志"): the count must match."""
    for m in _counts(text):
        if text[m.start() - 1 : m.start()] in "、，":
            continue
        lo = max(0, m.start() - 200)
        if text[m.start() - 1] in "）)":  # pieces with notes ("甲（县医院医师）、乙…3名")
            c0, pieces = noted_parts(text, m.start())
        else:
            breaks = [b.end() for b in _CLAUSE.finditer(text, lo, m.start())]
            c0 = breaks[-1] if breaks else lo
            pieces, k = [], c0
            for part in text[c0 : m.start()].split("、"):
                pieces.append((k, part))
                k += len(part) + 1
        n = count_in(m.group())
        if len(pieces) < 2 or n != len(pieces):
            continue
        first = pieces[0][1]
        for lead in _LEADS:
            if lead in first:
                first = first[first.rfind(lead) + len(lead) :]
                break
        pieces[0] = (pieces[0][0] + len(pieces[0][1]) - len(first), first)
        found = []
        for k, part in pieces:
            if not 2 <= len(part) <= 8 or non_name(part):
                break
            found.append((k, k + len(part), part))
        if len(found) != len(pieces):
            continue
        scores = [nm.score(p) for _s, _e, p in found]
        if sum(s >= 0.7 for s in scores) * 2 < len(found) or min(scores) < 0.3:
            continue
        if OFFICIAL_LABEL.search(text[c0 - 10 if c0 > 10 else 0 : found[0][0]]):
            continue
        out += [(s, e, "name", 0.72) for s, e, _p in found]
