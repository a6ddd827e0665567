"""A person's home under a bare address key of an XML export's record (issue 16,
privfix26a, docs297).

A register's export gives each record as sibling elements: the holder under a key of its
own (``<cbsyr>`` 船舶所有人, ``<syr>``, ``<czr>``: a person or a unit, as 所有人 heads
either), the holder's ID (``<sfzh>``) or a unit's credit code (``<tyshxydm>``), and one bare
``<dz>`` (地址). Where the record's holder is a person — a name and a resident ID found in
the record, no credit code — the bare address is that person's home, read as a 住址
column's cell in a person's row is (README lines 1–83: an address marked from its first
place word to its house or room number). The reader of such keys left it unread when the
holder's key was none it knows as a person's. A unit's or a business's record (a credit
code, a unit's name key such as ``<jcdwmc>``, 个体工商户 in it; or no ID found) keeps its
address unread (``recordseats``), and a place with no house number (…村5组, …大道) is no
home's address. A record written on one line (``<dsr>…</dsr>``) is read as that line: the
party of another line (a hospital, an insurer, docs289/5350) keeps its seat unread.

Cost: nothing unless the text holds ``</`` (the cue index) and an address key's tag
(``<dz>``, ``<zz>``, ``<jtzz>`` …, each by ``str.find``); then one look at each such
element not found already and shaped as a house's address, and at its record.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tables import _HOUSE_CELL
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_TAGS = ("<dz>", "<zz>", "<dizhi>", "<zhuzhi>", "<jtzz>", "<jtdz>", "<address>", "<addr>")
_ELEMENT = re.compile(r"<(dz|zz|dizhi|zhuzhi|jtzz|jtdz|address|addr)>([^<>\n]{6,60})</\1>")
# a place word opening the value (a province, a city, a county, a district, a township)
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)")
# a line opening or closing a record's element alone on it
_OPEN = re.compile(r"\n[ \t]*<[A-Za-z_][\w.-]*(?:\s[^<>\n]*)?>[ \t]*(?=\n)")
_CLOSE = re.compile(r"\n[ \t]*</[A-Za-z_][\w.-]*>")
# a unit's credit code or a unit's name key (dwmc and any key ending in it: jcdwmc, sqdwmc;
# qymc, jgmc), or an individual business's kind: the record's subject is a unit or a
# business, its address its premises (``recordseats``)
_HOUSE_END = frozenset("号室户房0123456789")
_UNIT_KEYS = ("xydm>", "dwmc>", "qymc>", "jgmc>", "个体工商户")


def _record(text: str, start: int) -> tuple[int, int]:
    """The element holding ``start``: its line where the line holds the record's other
    elements too (``<dsr><xm>…</xm>…<zz>…</zz></dsr>``), else from the last line opening an
    element alone before it to the first closing line after it."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    if text.count("<", ls, le) > 2:
        return ls, le  # an inline record: its line alone
    lo = start - 3000 if start > 3000 else 0
    opens = [m.end() for m in _OPEN.finditer(text, lo, start)]
    close = _CLOSE.search(text, start, start + 3000)
    return (opens[-1] if opens else lo), (close.start() if close else start + 3000)


def person_key_seats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the homes under a bare address key of a person's record (module
    docstring)."""
    if not has_word(text, "</"):
        return cands
    at = []
    for tag in _TAGS:  # (each tag by ``str.find``: no regex over the whole text)
        k = text.find(tag)
        while k >= 0:
            at.append(k)
            k = text.find(tag, k + len(tag))
    if not at:
        return cands
    names = sorted(s for s, _e, k, _c in cands if k == "name")
    ids = sorted(s for s, _e, k, _c in cands if k == "id_card")
    if not names or not ids:
        return cands
    taken = sorted(s for s, _e, k, _c in cands if k == "address")
    add: list[Candidate] = []
    for k in sorted(at):
        m = _ELEMENT.match(text, k)
        if m is None:
            continue
        s, e = m.span(2)
        t = bisect_left(taken, s)
        if t < len(taken) and taken[t] < e:
            continue  # found already
        value = m.group(2)
        if (
            value[-1] not in _HOUSE_END
            or not _PLACE.match(value)
            or not _HOUSE_CELL.fullmatch(value)
        ):
            continue
        lo, hi = _record(text, s)
        if any(text.find(u, lo, hi) >= 0 for u in _UNIT_KEYS):
            continue  # a unit's record: its seat
        a, b = bisect_left(names, lo), bisect_left(ids, lo)
        if a < len(names) and names[a] < hi and b < len(ids) and ids[b] < hi:
            add.append((s, e, "address", 0.85))
    return cands + add if add else cands
