"""A record's second person reached at a unit's landline acts for the unit (issue 16,
docs147–149). Called from ``lastpasses``.

A record about a private person (an entrant, an athlete, a candidate: the record's first
name) often names a second person beside them: the coach who trained them, the team's
leader, the tester who examined them, the clerk of the office. Who that second person is
can be read from the number given to reach them:

- **The second person's own field is followed by a landline** with an area code or an
  extension ("X,0773-6761948转255", ``"ldxm": "X", "lddh": "0816-…"``,
  ``<jl>X</jl><jldh>(0773)…</jldh>``, a pipe or HTML cell, or one cell a line): that is the
  unit's line (a school's, a station's, a town's office), and the person answering it acts
  for the unit — "a unit's contact with the unit's phone" is no private person. The same
  column may hold, in another row, a private club's coach with their own mobile: that
  name is kept; the rule reads each row's number, not the column.
- **The second person follows the unit's own field and the unit's landline** ("unit,
  unit's line, person": ``<zcdw>某县业余体育学校</zcdw><dwdh>0773-…</dwdh><jl>X</jl>``): X
  is named for the unit with its line.

Left alone: the record's first person, whose own landline may follow their name (a
household's fixed phone); a record's earlier name counts as its subject only when no
landline follows it too (a list of names each with a landline is a list of subjects). A
second person whose key or header names a family role or a private role (监护人,
家长, 父亲, 母亲, 紧急联系人, 配偶, 代理人, guardian, parent …) is the family's and is kept,
whatever phone they give; so is any name in prose (the rule reads fields only).

Speed: the pass runs only when the text holds a landline's shape and reads only the names
followed, across one field's border, by such a number.
"""

from __future__ import annotations

import re

from .columnheads import header_over
from .keymeaning import meaning

Candidate = tuple[int, int, str, float]

_LANDLINE = r"(?:[（(]?0\d{2,3}[)）]?[-－ ]?\d{7,8}(?:(?:转|-|－|ext\.?)\d{1,5})?|\d{7,8}转\d{1,5})"
_ANY_LANDLINE = re.compile(r"0\d{2,3}[)）]?[-－ ]?\d{7,8}|\d转\d")
# one field's border between a value and the next: a JSON key, XML tags, a delimiter, a line
_BORDER = (
    r"(?:\"\s*[,;]\s*\"(?P<key>[A-Za-z][\w.\-]{0,40})\"\s*:\s*\""
    r"|</[\w.\-:]{1,40}>\s*<(?P<tag>[A-Za-z][\w.\-:]{0,40})(?:\s[^<>]{0,80})?>"
    r"|</t[dh]>\s*<t[dh](?:\s[^<>]{0,80})?>"
    r"|[ \t]*[|｜│][ \t]*|\t|\"?,\"?|[ \t]*\r?\n[ \t]*)"
)
_PLAIN = re.sub(r"\?P<\w+>", "", _BORDER)
_FIELD_END = r"(?=[\"<|｜│\t,\r\n]|[ \t]*$)"
_NEXT_PHONE = re.compile(_BORDER + r"(?P<phone>" + _LANDLINE + r")" + _FIELD_END)
# a unit's field and its landline just before a name: "…学校</zcdw><dwdh>0773-…</dwdh><jl>"
_UNIT_END = "校站所局院心队会委办室司厂部处股科馆"
_PREV_UNIT_PHONE = re.compile(
    r"(?P<unit>[\u4e00-\u9fff）)]{2,30}[" + _UNIT_END + r"])" + _PLAIN + _LANDLINE + _PLAIN + r"$"
)
# a business or a private club: its staff named in a record are private persons (a complaint's
# coach of a driving school, a club's coach)
_BUSINESS = re.compile(r"公司|有限|培训|俱乐部|会所|驾校|商行|工作室|门店|中介|事务所")
_OPENS_FIELD = frozenset("\"'>,|｜│\t\n")
_ROLE_WORDS = re.compile(
    r"监护|家长|父|母|配偶|妻|夫|子女|儿子|女儿|亲属|紧急|户主|代理|委托|本人|申请"
)
_KEY_BEFORE = re.compile(r"[\"<]([A-Za-z][\w.\-]{0,40})(?:\"\s*:\s*\"|(?:\s[^<>]{0,80})?>)$")
_DIGITS = re.compile(r"\D")
_INDENT = re.compile(r"[ \t]*")
_HEAD_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,12}")


def _opens_field(text: str, start: int) -> bool:
    """Whether the value at ``start`` opens a field (not a word inside prose)."""
    k = start - 1
    while k >= 0 and text[k] in " 　":
        k -= 1
    return k < 0 or text[k] in _OPENS_FIELD


def _private_role(text: str, start: int, end: int) -> bool:
    """Whether the name's key or header names a family or private person's role."""
    m = _KEY_BEFORE.search(text, start - 90 if start > 90 else 0, start)
    if m is not None:
        holder, _datum, header = meaning(m.group(1))
        if holder == "person" and _ROLE_WORDS.search(header):
            return True
        if holder:
            return False
    head = header_over(text, start, end, _HEAD_WORDS)
    if head and head.isascii():  # a CSV headed by export keys: xm,sfzh,…,dlr,dwdh
        holder, _datum, header = meaning(head)
        return holder == "person" and _ROLE_WORDS.search(header) is not None
    return bool(head) and _ROLE_WORDS.search(head) is not None


def _role_key(text: str, start: int) -> bool:
    """Whether the name's export key names a person's role (``sj_jly``, ``coach_name``)."""
    m = _KEY_BEFORE.search(text, start - 90 if start > 90 else 0, start)
    return m is not None and meaning(m.group(1))[0] == "person"


def _record_bounds(text: str, start: int, stacked: bool) -> int:
    """Where the name's record may begin: its line; an XML element's lines (from the line
    above indented less); five lines up one cell a line."""
    lo = text.rfind("\n", 0, start) + 1
    if text.startswith("<", lo + len(_INDENT.match(text, lo).group())) and text[start - 1] == ">":
        depth = len(_INDENT.match(text, lo).group())
        for _ in range(40):
            if lo <= 1:
                return 0
            prev = text.rfind("\n", 0, lo - 1) + 1
            lo = prev
            if len(_INDENT.match(text, prev).group()) < depth:
                return lo
        return lo
    if not stacked:
        return lo
    for _ in range(5):
        if lo <= 1:
            return 0
        lo = text.rfind("\n", 0, lo - 1) + 1
    return lo


def _recurrences(text: str, digits: str) -> int:
    """How many lines of the text hold the landline ``digits`` (written with any signs)."""
    local = digits[-7:]
    lines = set()
    pos = text.find(local)
    while pos >= 0 and len(lines) < 2:
        lines.add(text.rfind("\n", 0, pos))
        pos = text.find(local, pos + 7)
    return len(lines)


def office_holders(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the record's second persons reached at a unit's line (above)."""
    if _ANY_LANDLINE.search(text) is None:
        return cands
    names = sorted(c for c in cands if c[2] == "name")
    if len(names) < 2:
        return cands
    followed: dict[int, bool] = {}

    def landline_after(c: Candidate) -> re.Match | None:
        m = _NEXT_PHONE.match(text, c[1])
        followed[c[0]] = m is not None
        return m

    drop: set[int] = set()
    counts: dict[str, int] = {}
    for i, c in enumerate(names):
        s, e = c[0], c[1]
        if not _opens_field(text, s):
            continue
        m = landline_after(c)
        if m is None:
            lo = max(s - 200, 0)
            if _ANY_LANDLINE.search(text, max(s - 60, 0), s) is None:
                continue
            u = _PREV_UNIT_PHONE.search(text, lo, s)
            if u is None or _BUSINESS.search(u.group("unit")) or _role_key(text, s):
                continue
            stacked = False
        else:
            stacked = m.group("key") is None and m.group("tag") is None and "\n" in m.group()
            phone = m.group("phone")
            if "转" not in phone and "ext" not in phone:
                digits = _DIGITS.sub("", phone)
                if digits not in counts:
                    counts[digits] = _recurrences(text, digits)
                if counts[digits] < 2:
                    continue
        if _private_role(text, s, e):
            continue
        lo = _record_bounds(text, s, stacked)
        subject = False
        for prev in reversed(names[:i]):
            if prev[0] < lo:
                break
            if prev[0] in drop:
                continue
            if not followed.get(prev[0], _NEXT_PHONE.match(text, prev[1]) is not None):
                # the subject's kin shares their surname: 皮可 and 皮德旺
                subject = text[prev[0]] != text[s]
                break
        if subject:
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
