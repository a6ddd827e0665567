"""One reader of a value's place in a system export: its key, its group and the group's fields.

An export names each value by the key before it — a JSON field's (``"key": "value"``) or an
XML element's (``<key>value</key>``) — and holds it in a group: the JSON object around it
(``{"unit": "…", "name": "…"}``, one line of a JSON-lines file or an object nested under a
key) or the XML element around the element (``<reporter><unit>…</unit><name>…</name>``).
``group_of(text, start, end)`` reads the group of the value spanning ``start``–``end``:
the group's own key or tag (None for a top-level JSON line), its fields in order (key,
value start, value end; a nested group's value is its whole span and ``nested`` True), the
index of the value's field, and whether the group is one part of a larger record (its
container holds another group of another key: a record's ``<patient>`` beside its
``<reporter>``), not a record of a list.

The value must be the whole field (a quoted JSON string or an XML element's whole text);
a value inside prose, or in a field the reader cannot delimit, has no group (None).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WINDOW = 4000
_JSON_FIELD = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|([{\[])|[^,}\]\n]*)')
_XML_TAG = re.compile(
    r"<(/?)([A-Za-z_\u4e00-\u9fff][\w.\-:\u4e00-\u9fff]{0,39})(?:\s[^<>]*?)?(/?)>"
)
_JSON_KEY_BEFORE = re.compile(r'"[^"\\\n]{1,40}"\s*:\s*"$')
_XML_OPEN_BEFORE = re.compile(
    r"<([A-Za-z_\u4e00-\u9fff][\w.\-:\u4e00-\u9fff]{0,39})(?:\s[^<>]*)?>$"
)


# a page's markup, not an export's fields (an HTML table's cells are read by the table readers)
_HTML = frozenset(
    "td th tr li p span div b i u em strong a font pre code small sub sup label option "
    "dd dt h1 h2 h3 h4 h5 h6 caption title".split()
)


class Field(NamedTuple):
    key: str
    start: int
    end: int
    nested: bool


class Group(NamedTuple):
    key: str | None
    fields: list[Field]
    index: int
    part: bool


def _json_close(text: str, at: int, hi: int) -> int:
    """The index after the bracket closing the one at ``at`` (strings skipped), or -1."""
    depth, k, quoted = 0, at, False
    while k < hi:
        ch = text[k]
        if quoted:
            if ch == "\\":
                k += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1


def _json_open(text: str, start: int) -> int:
    """The ``{`` of the innermost object around ``start`` (quotes counted on its line's
    stretch only: exports' strings hold no braces in practice), or -1."""
    lo = max(0, start - _WINDOW)
    k = text.rfind("{", lo, start)
    if k < 0:
        return -1
    if "}" not in text[k:start] and "[" not in text[k:start] and "]" not in text[k:start]:
        return k  # (the common case: no bracket between the object's opening and the value)
    depth, k = 0, start - 1
    while k >= lo:
        ch = text[k]
        if ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth == 0:
                return k if ch == "{" else -1
            depth -= 1
        k -= 1
    return -1


def _json_fields(text: str, lo: int, hi: int) -> list[Field]:
    """The fields of the object spanning ``lo``–``hi`` (its braces), nested ones whole."""
    fields: list[Field] = []
    k = lo + 1
    while True:
        m = _JSON_FIELD.search(text, k, hi - 1)
        if m is None:
            return fields
        if m.group(3):
            close = _json_close(text, m.start(3), hi)
            if close < 0:
                return fields
            fields.append(Field(m.group(1), m.start(3), close, True))
            k = close
        elif m.group(2) is not None:
            fields.append(Field(m.group(1), m.start(2), m.end(2), False))
            k = m.end()
        else:
            fields.append(Field(m.group(1), -1, -1, False))  # a number, true, null: no span
            k = m.end()


def _json_group(text: str, start: int, end: int, memo: dict) -> Group | None:
    if _JSON_KEY_BEFORE.search(text, start - 60 if start > 60 else 0, start) is None:
        return None  # not a JSON field's value (a quoted CSV cell, a quotation)
    lo = _json_open(text, start)
    if lo < 0:
        return None
    got = memo.get(lo)
    if got is None:
        hi = _json_close(text, lo, min(len(text), end + _WINDOW))
        got = memo[lo] = (hi, _json_fields(text, lo, hi) if hi > 0 else [])
    hi, fields = got
    if hi < 0:
        return None
    index = next((i for i, f in enumerate(fields) if f.start == start and f.end == end), -1)
    if index < 0:
        return None
    m = re.search(r'"([^"\\\n]{1,40})"\s*:\s*$', text[lo - 60 if lo > 60 else 0 : lo])
    if m is None:
        return Group(None, fields, index, False)
    # a nested group: a part of its record when the record holds another group
    outer = _json_open(text, lo)
    part = False
    if outer >= 0:
        outer_hi = _json_close(text, outer, min(len(text), hi + _WINDOW))
        if outer_hi > 0:
            part = any(
                f.nested and f.key != m.group(1) for f in _json_fields(text, outer, outer_hi)
            )
    return Group(m.group(1), fields, index, part)


def _xml_parent(text: str, at: int) -> tuple[str, int] | None:
    """The tag and the ``<`` of the element around the element opening at ``at``."""
    depth = 0
    tags = list(_XML_TAG.finditer(text, max(0, at - _WINDOW), at))
    for m in reversed(tags):
        if m.group(3):
            continue  # self-closing
        if m.group(1):
            depth += 1
        elif depth:
            depth -= 1
        else:
            return m.group(2), m.start()
    return None


def _xml_children(text: str, tag: str, at: int) -> tuple[list[Field], int] | None:
    """The child elements of the element ``tag`` opening at ``at`` (leaf ones by their
    text, groups whole), and the end of its closing tag."""
    fields: list[Field] = []
    depth, child, child_at, inner = 0, "", 0, 0
    open_end = text.find(">", at) + 1
    for m in _XML_TAG.finditer(text, open_end, min(len(text), at + _WINDOW)):
        if m.group(3):
            if depth == 0:
                fields.append(Field(m.group(2), m.end(), m.end(), False))
            continue
        if not m.group(1):
            if depth == 0:
                child, child_at, inner = m.group(2), m.end(), 0
            else:
                inner += 1
            depth += 1
            continue
        depth -= 1
        if depth < 0:
            return (fields, m.end()) if m.group(2) == tag else None
        if depth == 0:
            fields.append(Field(child, child_at, m.start(), inner > 0))
    return None


def _xml_group(text: str, start: int, end: int) -> Group | None:
    m = _XML_OPEN_BEFORE.search(text, start - 60 if start > 60 else 0, start)
    if m is None or m.group(1).lower() in _HTML or not text.startswith(f"</{m.group(1)}>", end):
        return None
    parent = _xml_parent(text, m.start())
    if parent is None:
        return None
    tag, at = parent
    got = _xml_children(text, tag, at)
    if got is None:
        return None
    fields, _close = got
    index = next((i for i, f in enumerate(fields) if f.start == start and f.end == end), -1)
    if index < 0:
        return None
    part = False
    outer = _xml_parent(text, at)
    if outer is not None:
        siblings = _xml_children(text, *outer)
        part = siblings is not None and any(f.nested and f.key != tag for f in siblings[0])
    return Group(tag, fields, index, part)


def group_of(text: str, start: int, end: int, memo: dict | None = None) -> Group | None:
    """The group of the export's value spanning ``start``–``end`` (module docstring);
    ``memo`` keeps the JSON objects read for the next value of one text."""
    before = text[start - 1 : start]
    if before == '"' and text[end : end + 1] == '"':
        return _json_group(text, start, end, {} if memo is None else memo)
    if before == ">" and text[end : end + 2] == "</":
        return _xml_group(text, start, end)
    return None


def xml_values(text: str, tag: str, key: str) -> list[Field]:
    """The leaf fields ``key`` of every XML element ``tag`` in ``text`` (a column of the
    export: ``<vaccine><name>`` over every report)."""
    out: list[Field] = []
    for m in re.finditer(rf"<{re.escape(tag)}[\s>/]", text):
        got = _xml_children(text, tag, m.start())
        if got is not None:
            out += [f for f in got[0] if f.key == key and not f.nested]
    return out
