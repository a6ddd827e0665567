"""The contact line in an export's summary or footer (privfix22c, docs266–267, docs276: XML
exports of registers ending in ``<Summary>…<lxr>X</lxr><lxdh>0xxx-…</lxdh></Summary>``,
``<FileFooter><TBR>…<LXDH>…``, ``<summary zs="15" … tbr="X" lxdh="0xxx-…"/>``, or
``<lxr>``/``<lxdh>`` as the root's own children after the records' list).

An export's records hold the persons; its header, summary or footer holds the counts and the
exporting office's contact: who filled, checked or exported it and the office's line. A
landline there is the office's — the held-out convention: units' phones are not marked. Read:
the landline is an XML element's text or an attribute's value under a bare phone key (``lxdh``,
``tel``: ``keymeaning`` reads no holder in it) or a staff's (``tbrdh``); the element holding it
(for an attribute: the element itself) is a summary's or a footer's by its name (summary,
footer, FileFooter, total, hz 汇总, hj 合计, tj 统计 …), or it is a direct child of the
document's root element after a nested list (the records: a single record's fields as the
root's children are no footer); and none of its direct siblings holds a private person's datum
found by the scanner (an ID, a mobile, a card, an address).

Cost: nothing unless the text holds ``</``; one look up a landline's lines.
"""

from __future__ import annotations

import re

from .keymeaning import meaning
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_FOOT_NAMES = frozenset(
    "summary footer filefooter foot tail total totals stat stats statistics hz hj tj huizong "
    "heji tongji 汇总 合计 统计 尾部".split()
)
_TAG_OPEN = re.compile(r"<([A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]*)[^<>]*?(/?)>")
_KEY_BEFORE = re.compile(r"<([A-Za-z_][\w.\-]*)[^<>]*>$|([A-Za-z_][\w.\-]*)=\"$")
_INDENT = re.compile(r"[ \t]*")
_PRIVATE = frozenset(("id_card", "mobile", "bank_card", "address", "passport", "permit"))


def _phone_key(key: str) -> bool:
    holder, datum, _role = meaning(key)
    return datum == "phone" and holder in ("", "staff")


def _parent(text: str, line_start: int, indent: int) -> tuple[str, int, int] | None:
    """(name, start, indent) of the element opened on the nearest line above ``line_start``
    indented less than ``indent``."""
    lo = line_start
    for _ in range(400):
        if lo == 0:
            return None
        above = text.rfind("\n", 0, lo - 1) + 1
        width = len(_INDENT.match(text, above).group())
        if width < indent and text.startswith("<", above + width):
            m = _TAG_OPEN.match(text, above + width)
            if m is None or text.startswith(("<?", "<!"), above + width):
                return None
            return m.group(1), above, width
        lo = above
    return None


def _is_root(text: str, start: int) -> bool:
    """Whether the element opened at ``start`` is the document's first (its root)."""
    k = 0
    while True:
        k = text.find("<", k)
        if k < 0:
            return False
        if text.startswith(("<?", "<!"), k):
            k = text.find(">", k) + 1
            if k <= 0:
                return False
            continue
        return k == start


def _nested_before(text: str, parent_start: int, line_start: int, indent: int) -> bool:
    """Whether a line indented deeper than ``indent`` stands between the parent's opening and
    the number's line: the root held a list of records before it (a single record's fields as
    the root's children are no footer)."""
    pos = text.find("\n", parent_start) + 1
    while 0 < pos < line_start:
        if len(_INDENT.match(text, pos).group()) > indent:
            return True
        pos = text.find("\n", pos) + 1
    return False


def _siblings_private(text: str, parent_start: int, indent: int, found: list[int]) -> bool:
    """Whether a private datum stands on a direct child's line of the parent (lines indented
    as ``indent`` after ``parent_start``, until one indented less)."""
    pos = text.find("\n", parent_start) + 1
    lines = []
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        width = len(_INDENT.match(text, pos).group())
        if width < indent and text[pos:end].strip():
            break
        if width == indent:
            lines.append((pos, end))
        pos = end + 1
    return any(lo <= p < hi for p in found for lo, hi in lines)


def export_footers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines of an export's summary or footer (above)."""
    if not has_word(text, "</") or not any(c[2] == "landline" for c in cands):
        return cands
    found: list[int] | None = None
    drop: set[int] = set()
    for s, _e, kind, _c in cands:
        if kind != "landline" or text[s - 1 : s] not in ('"', ">"):
            continue
        key = _KEY_BEFORE.search(text, s - 48 if s > 48 else 0, s)
        if key is None or not _phone_key(key.group(1) or key.group(2)):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        indent = len(_INDENT.match(text, line_start).group())
        if key.group(2):  # an attribute: its element's own name says what it is
            host = _TAG_OPEN.match(text, line_start + indent)
            if host and host.group(1).lower() in _FOOT_NAMES:
                drop.add(s)
            continue
        parent = _parent(text, line_start, indent)
        if parent is None:
            continue
        name, parent_start, _width = parent
        if name.lower() not in _FOOT_NAMES and not (
            _is_root(text, parent_start) and _nested_before(text, parent_start, line_start, indent)
        ):
            continue
        if found is None:
            found = sorted(c[0] for c in cands if c[2] in _PRIVATE)
        if not _siblings_private(text, parent_start, indent, found):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "landline" and c[0] in drop)]
