"""An export's key whose values recur over records of different persons: staff or a
category, not the record's private person (issue 16, privfix16ha). Called from
``lastpasses`` after ``recurringlabels`` (which reads the same on label lines).

In a system's export (XML elements, JSON fields) each record is about one private person,
and the private fields' values (ID, mobile, card) differ from record to record. A key whose
values are a few recurring over the records names no such person: the office's staff who
served or signed every record (``<送达人>X、Y</送达人>`` in each), or a small vocabulary
of kinds (a service's item, 助餐 / 助医 / 康复护理, under a key ending in xm, 项目 as well
as 姓名). So a key with three values or more, at most half of them distinct and one at
least twice, whose names are dropped when:

- the recurrence is no run of one person's records: a value comes back after another
  value (interleaved over the export), or one value stands in every record and the records
  give different private numbers (a household's register keeps its householder's name in a
  run of the members' rows: each householder one run, never back);
- the records where a value recurs do not share a private number with it (a payment list
  names one person a month with the same ID or card: that person is the subject);
- no name of its values is found elsewhere under another key (a guardian of two children
  with a record of their own), and the key names no private person's role (``keymeaning``:
  guardian, ``jhr``, householder).

The key's words are not read for staff (no list of acts): any key, Chinese, pinyin or
English, is judged by its values over the records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .exportfields import group_of
from .keymeaning import meaning
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_LEAST = 3
_PARENT_LINES = 80  # the most lines up or down to an attribute's record's bounds
_VALUE_OPENS = frozenset('>"')
_NUMBERS = frozenset(("id_card", "mobile", "bank_card", "passport"))
_XML_OPEN = re.compile(r"<([A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]{0,39})(?:\s[^<>\n]*)?>$")
# a staff's bracketed note after the name: the number of a certificate or a warrant
# (X（QHFJ761420）, Y（执法证号：…）), which each record's own copy may give anew
_NOTE = re.compile(r"[（(][^（()）<>\n\"]{1,24}[）)]")
_LIST_GAP = re.compile(r"(?:[（(][^（()）<>\n\"]{1,24}[）)])?[ \u3000、，,/;；]*")
# an XML element's attribute right before its quoted value: (element, attribute)
_ATTR = re.compile(
    r'<([A-Za-z_][\w.\-]{0,39})\s[^<>\n"]*(?:"[^"<>\n]*"[^<>\n"]*)*?\b([A-Za-z_][\w\-]{0,29})="'
)
_JSON_KEY = re.compile(r'"([^"\\\n]{1,40})"[ \t]*:[ \t]*"$')


def _field(text: str, s: int, e: int, parents: dict[int, str]) -> tuple[str, str, int, int] | None:
    """(kind, key, value's start, value's end) of the export field whose value holds the
    name at ``s``–``e``: kind "xml" or "json"; None for a name in no field."""
    line = text.rfind("\n", 0, s) + 1
    lo = s - 60 if s - 60 > line else line
    gt, quote = text.rfind(">", lo, s), text.rfind('"', lo, s)
    if gt > quote and "<" not in text[gt + 1 : s]:
        m = _XML_OPEN.search(text, gt - 120 if gt > 120 else 0, gt + 1)
        end = text.find("<", e, e + 60)
        if m is None or end < 0:
            return None
        return ("xml", f"{m.group(1)} {parents.get(m.start(), '')}", gt + 1, end)
    if quote > gt:
        m = _JSON_KEY.search(text, quote - 60 if quote > 60 else 0, quote + 1)
        end = text.find('"', e, e + 60)
        if m is None and text[quote - 1 : quote] == "=":  # an XML attribute: <Gzry xm="X"
            lt = text.rfind("<", s - 200 if s - 200 > line else line, s)
            a = _ATTR.fullmatch(text, lt, quote + 1) if lt >= 0 else None
            if a and end >= 0:
                return ("attr", f"{a.group(1)} {a.group(2)}", quote + 1, end)
        return ("json", m.group(1), quote + 1, end) if m and end >= 0 else None
    return None


_TAG_NAME = re.compile(r"<(/?)([A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]{0,39})[^<>]*?(/?)>")


def _parents(text: str) -> dict[int, str]:
    """The name of the element holding each tag opening in ``text`` (by its start): one
    pass over the tags with a stack of the open elements."""
    out: dict[int, str] = {}
    stack: list[str] = []
    for m in _TAG_NAME.finditer(text):
        closing, name, empty = m.group(1), m.group(2), m.group(3)
        if closing:
            while stack and stack.pop() != name:
                pass  # (an element left open)
            continue
        out[m.start()] = stack[-1] if stack else ""
        if not empty:
            stack.append(name)
    return out


def _names_only(text: str, lo: int, hi: int, names: list[tuple[int, int]]) -> bool:
    """Whether the value ``lo``–``hi`` is names alone (one, or a list: X、Y), no prose."""
    k = lo
    for s, e in names:
        if _LIST_GAP.fullmatch(text, k, s) is None:
            return False
        k = e
    return _LIST_GAP.fullmatch(text, k, hi) is not None


def _values(text: str, kind: str, key: str, parents: dict[int, str]) -> list[tuple[int, int]]:
    if kind == "attr":
        tag, attr = (re.escape(x) for x in key.split(" "))
        pattern = re.compile(rf'<{tag}\s[^<>\n]*?\b{attr}="([^"\\\n]{{1,60}})"')
        return [m.span(1) for m in pattern.finditer(text)]
    k = re.escape(key)
    if kind == "xml":
        # (the values of the tag in one parent's elements: <ry><xm> and <wcnr><xm> are
        # an inspector's name and a minor's, two keys)
        tag, parent = key.split(" ")
        k = re.escape(tag)
        pattern = re.compile(rf"<{k}(?:\s[^<>\n]*)?>([^<\n]{{1,60}})</{k}>")
        return [m.span(1) for m in pattern.finditer(text) if parents.get(m.start(), "") == parent]
    else:
        pattern = re.compile(rf'"{k}"[ \t]*:[ \t]*"([^"\\\n]{{1,60}})"')
    return [m.span(1) for m in pattern.finditer(text)]


def _record_numbers(text: str, s: int, e: int, numbers: dict[int, str], memo: dict) -> set[str]:
    """The private numbers found in the record of the value at ``s``–``e``."""
    group = group_of(text, s, e, memo)
    if group is None:
        return set()
    return {numbers[f.start] for f in group.fields if f.start in numbers}


def _own_record(text: str, s: int, e: int, numbers: dict[int, str], memo: dict) -> bool:
    """Whether the name at ``s``–``e`` elsewhere may stand in a record of its own: not in an
    export's group that gives no private number (a header's list of the reviewers,
    ``<fsry><ry>X</ry><ry>Y</ry></fsry>``: the same staff, privfix24a)."""
    group = group_of(text, s, e, memo)
    return group is None or any(f.start in numbers for f in group.fields)


def _element_records(
    text: str, key: str, spans: list[tuple[int, int]], numbers: dict[int, str]
) -> list[set[str]]:
    """The private numbers of the record around each attribute's value: the element's
    parent, read by indentation (the lines up to the first less indented, down to the next
    line as indented as that one), less the element's own tag (the attribute's person's own
    number: ``sjh`` beside ``xm``). An export not laid out a line an element: no record."""
    tag = "<" + key.split(" ")[0]
    out = []
    for s, e in spans:
        at = text.rfind(tag, 0, s)
        own_end = text.find(">", e)
        lo, hi = _parent(text, at)
        out.append({v for n, v in numbers.items() if lo < n < hi and not at <= n < own_end})
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _parent(text: str, at: int) -> tuple[int, int]:
    """The span of the lines of the element that holds the line of ``at`` (above)."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    depth = _indent(text[ls : le if le >= 0 else len(text)])
    lo = ls
    for _ in range(_PARENT_LINES):
        if lo == 0:
            return at, at
        lo = text.rfind("\n", 0, lo - 1) + 1
        line = text[lo : text.find("\n", lo)]
        if line.strip() and _indent(line) < depth:
            break
    else:
        return at, at
    top = _indent(line)
    hi = le
    for _ in range(_PARENT_LINES):
        if hi < 0:
            return lo, len(text)
        nxt = text.find("\n", hi + 1)
        line = text[hi + 1 : nxt if nxt >= 0 else len(text)]
        if line.strip() and _indent(line) <= top:
            return lo, hi + 1
        hi = nxt
    return at, at


def _recurring(
    text: str,
    spans: list[tuple[int, int]],
    numbers: dict[int, str],
    memo: dict,
    kind: str = "",
    key: str = "",
    staff: bool = False,
) -> bool:
    values = [_NOTE.sub("", text[s:e]).strip() for s, e in spans]  # (a note read past)
    counts = Counter(values)
    if len(values) < _LEAST or 2 * len(counts) > len(values) or max(counts.values()) < 2:
        return False
    seen: set[str] = set()
    back = False
    for k, v in enumerate(values):
        if k and v != values[k - 1] and v in seen:
            back = True  # a value come back after another: no run of one person's records
            break
        seen.add(v)
    if kind == "attr":
        records = _element_records(text, key, spans, numbers)
    else:
        records = [_record_numbers(text, s, e, numbers, memo) for s, e in spans]
    if not back:
        if len(counts) > 1:
            return False  # runs of values: a householder's rows, one run each
        # one value in every record: different persons' records only
        if sum(1 for r in records if r) < _LEAST:
            return False
    for v, n in counts.items():
        if n < 2 or staff:
            continue  # (a staff key's value, 审核人 ``shr``, is never the records' subject)
        shared = Counter(x for r, val in zip(records, values, strict=True) if val == v for x in r)
        if shared and max(shared.values()) >= 2:
            return False  # a number recurring with the value: its person is the subject
    return True


def recurring_keys(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names under an export key whose values recur (above)."""
    if not has_word(text, '":') and not has_word(text, "</"):  # (by " and <: wordfind)
        return cands
    found = sorted({(c[0], c[1]) for c in cands if c[2] == "name"})
    starts = [s for s, _e in found]
    keys: dict[tuple[str, str], list[int]] = {}
    parents: dict[int, str] | None = None
    for s, e in found:
        if text[s - 1 : s] not in _VALUE_OPENS:
            continue  # (a value's first name only: the field is read once)
        if parents is None:
            parents = _parents(text) if has_word(text, "</") else {}
        got = _field(text, s, e, parents)
        if got is None:
            continue
        kind, key, lo, hi = got
        names = found[bisect_left(starts, lo) : bisect_left(starts, hi)]
        if _names_only(text, lo, hi, names):
            keys.setdefault((kind, key), []).extend(n for n, _e in names)
    if not keys:
        return cands
    numbers = {c[0]: text[c[0] : c[1]] for c in cands if c[2] in _NUMBERS}
    memo: dict = {}
    drop: set[int] = set()
    for (kind, key), under in keys.items():
        if len(under) < 2:
            continue
        holder, _datum, role = meaning(key.split(" ")[0])
        if holder == "person" and role:
            continue  # a private person's role (guardian, jhr): its values are persons
        spans = _values(text, kind, key, parents or {})
        if not _recurring(text, spans, numbers, memo, kind, key, holder == "staff"):
            continue
        inside = {
            n for s, e in spans for n, _e in found[bisect_left(starts, s) : bisect_left(starts, e)]
        }
        within = {text[s:e] for s, e in found if s in inside}
        if any(
            s not in inside and text[s:e] in within and _own_record(text, s, e, numbers, memo)
            for s, e in found
        ):
            continue  # a person of the records too (their own record elsewhere)
        if kind == "xml" and key.split(" ")[1] and meaning(key.split(" ")[0]) == ("", "name", ""):
            # a group's bare name key (<bgdlr><xm>) holds whoever the group holds: a name once
            # among the recurring ones is a person of their own (a lawyer named once among
            # an organ's staff agents); a key of its own role (<cshr>) holds one kind
            values = [text[s:e] for s, e in spans]
            inside = {
                s for s, e in found if s in inside and sum(text[s:e] in x for x in values) > 1
            }
        drop |= inside
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
