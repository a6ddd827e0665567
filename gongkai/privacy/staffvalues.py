"""Names in an export's value whose key names the office's staff, one or several (issue 16,
privfix24b): ``"tjy":"X、Y"`` (调解员), ``<cbr>X，Y</cbr>`` (承办人), ``dcr="X"`` (导出人).

``keymeaning`` reads a key by its parts: a staff's key (``tjy`` 调解员, ``slr`` 受理人, ``jbr``
经办人, ``dcr`` 导出人, handler, operator …) holds the office's people acting on the record.
The table readers drop a name standing alone as such a value; a value listing several staff
("黄某、彭某", read by the prose reader) or an XML attribute on the export's root element
(``<export dcdw="某局" dcr="X">``) escaped them. Here a name candidate inside a JSON string or an
XML element's text that lists several names (split by 、，, or spaces), or inside an
attribute's value, is dropped when the key is a staff's (datum none or a name), and so are the
same names standing alone under a staff's key elsewhere in the export. A single name alone
under a staff's key is left to the other passes (a staff key beside its holder's own ID, a
relation or a report is a person's: ``keycolumns``, ``kinkeys``, ``reportkeys``); a value of
prose (``<xynr>引导申请人X…</xynr>``) is no list of names and keeps its persons.

Cost: only a text holding ``":"`` or ``<`` is read, by each name candidate's few characters
before it.
"""

from __future__ import annotations

import re

from .keymeaning import meaning
from .wordfind import has_word, lead_finditer

Candidate = tuple[int, int, str, float]

_NAMES = r"[\u4e00-\u9fff·]{2,12}(?:[、，,；; \u3000]+[\u4e00-\u9fff·]{2,12}){0,5}"
_JSON = re.compile(r'"([A-Za-z][\w.\-]{0,30})"\s*:\s*"(' + _NAMES + r')"')
_XML = re.compile(r"<([A-Za-z][\w.\-]{0,30})(?:\s[^<>]*)?>(" + _NAMES + r")</\1>")
_ATTR = re.compile(r"\s([A-Za-z][\w.\-]{0,30})=\"(" + _NAMES + r')"')


_NAME_TAIL = re.compile(r"_?(?:xm|name|Name|mc)$")
_SPLIT = re.compile(r"[、，,；; \u3000]")


def _staff(key: str) -> bool:
    holder, datum = meaning(key)[:2]
    return holder == "staff" and datum in ("", "name")


def _own_datum(text: str, key: str) -> bool:
    """Whether the export gives the key's holder an ID, a phone or a home of their own (``jbr``
    beside ``jbrsfzh``, ``jbrxm`` beside ``jbrdh``: 举报人, a private person, no 经办人)."""
    base = _NAME_TAIL.sub("", key) or key
    return (
        re.search(
            rf'["<]{re.escape(base)}_?(?:sfzh|sfzhm|sfz|zjhm|idno|id|dh|sjh|lxdh|tel|phone|dz|zz)'
            r'["> ]',
            text,
        )
        is not None
    )


def staff_values(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names listed under a staff's key in an export (module docstring)."""
    if not has_word(text, '":') and "<" not in text:  # (": holds ":)
        return cands
    lists = []  # values of several names, and attributes
    singles = []  # (key, start, end) of one name alone
    own: dict[str, bool] = {}  # a key's own datum, looked up once a key
    # (the attributes' pattern opens with a space's class and tries every sign: only when
    # the text holds an attribute's value at all)
    # (JSON's and XML's searched from their first " and <: ``lead_finditer``)
    patterns = [(_JSON, '"'), (_XML, "<")]
    if has_word(text, '="'):
        patterns.append((_ATTR, ""))
    for pattern, lead in patterns:
        found = lead_finditer(pattern, lead, text) if lead else pattern.finditer(text)
        for m in found:
            key = m.group(1)
            if not _staff(key):
                continue
            if key not in own:
                own[key] = _own_datum(text, key)
            if own[key]:
                continue
            if pattern is _ATTR or _SPLIT.search(m.group(2)):
                lists.append((m.start(2), m.end(2)))
            else:
                singles.append((m.start(2), m.end(2)))
    if not lists:
        return cands
    listed = {
        text[c[0] : c[1]]
        for c in cands
        if c[2] == "name" and any(lo <= c[0] and c[1] <= hi for lo, hi in lists)
    }
    spans = lists + [(lo, hi) for lo, hi in singles if text[lo:hi] in listed]
    return [
        c for c in cands if c[2] != "name" or not any(lo <= c[0] and c[1] <= hi for lo, hi in spans)
    ]
