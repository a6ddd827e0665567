"""A mobile that is a desk's, not a person's (issue 16, privfix16yd, after docs138–143).

A mobile number reaches a person, so the scanner keeps it unless something says whose desk
it is. Units list mobiles of their own beside their landlines: the line kept by whoever is
on duty, the hotline's, a service's, an official's phone for office business. The document
says so in one of two ways, and this pass reads both:

- **the label's head names what the line is FOR**: ``值班手机``, ``值守手机``, ``热线手机``,
  ``服务手机``, ``咨询手机``, ``投诉手机``, ``举报手机``, ``公务手机``, ``办公手机``,
  ``应急手机`` (maybe ``…专用手机``, ``…手机号码``, a bracket before the colon) right before
  the number — a function or a desk, not a holder (本人手机, 家属手机, 联系人手机 name one);
  or such a header over the number's column (``| 单位 | 值班手机 |``); the number is the
  desk's when no private person's name or number stands before it in its line or sentence
  (a person's own record, a duty roster's row naming its staff, keeps it).
- **a note right after the number denying a person**: ``（…非个人…）``, ``（…非私人…）``,
  ``（…公务…）``, ``（…公用…）`` — the writer's own word that the number is no one's own.
  It holds for a mobile, a landline and a mailbox alike.

A note after the mobile naming it the holder's own (``（本人手机，…）``, ``（个人手机）``)
keeps it against a desk's label: whoever is on duty gave their own number.

The landlines' labels are read by ``landlineowner`` (their heads end in a desk's word);
this pass adds the mobiles' and the denial notes, last of the late passes.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .phoneowner import home_noted
from .unitcolon import only_unit_contact
from .unitcolumns import header_cell

Candidate = tuple[int, int, str, float]

_HEAD_WORDS = (
    "值班",
    "值守",
    "热线",
    "服务",
    "咨询",
    "投诉",
    "举报",
    "公务",
    "办公",
    "应急",
    "业务",
)
_HEADS = "(?:" + "|".join(_HEAD_WORDS) + ")"
# the desk's label right before the mobile: 值班手机：, 服务热线手机 , 值班手机（镇政府公务手机）：
_DESK_LABEL = re.compile(
    rf"{_HEADS}(?:专用)?手机(?:号码?)?(?:[（(][^（()）\n]{{0,12}}[）)])?[：:]?[ \u3000]*$"
)
# the label's own note naming the mobile a desk's or an office's, not the holder's
# ("手机（公务）：138…", "手机（值班）："; privfix26e): the writer's word, as the note after it
_LABEL_NOTE = re.compile(
    r"手机(?:号码?)?[（(](?:公务|值班|值守|公用|非个人|非私人)(?:专用)?(?:手机|号码?)?[）)]"
    r"[：:]?[ \u3000]*$"
)
# a note after the number saying it is no one's own
_DENIAL = re.compile(
    r"[ \u3000]*[（(][^（()）\n]{0,12}?(?:非个人|非私人|公务(?!员)|公用)[^（()）\n]{0,8}[）)]"
)
# a note after the number naming it the holder's own ("值班手机138…（本人手机，仅限紧急情况）"):
# the person on duty gives their own number, which the desk's label does not make a desk's
_OWN_NOTE = re.compile(r"[ \u3000]*[（(](?:系|为|是)?(?:本人|个人|私人)(?:手机|电话|号码)")
# such a header over the number's column (a table of units and their lines)
_DESK_HEADER = re.compile(rf"{_HEADS}(?:专用)?手机(?:号码?)?")
# what may follow a desk's 手机 in a header cell (号码), then spaces
_AFTER_LABEL = re.compile(r"(?:号码?)?")
_SPACES = re.compile(r"[ \u3000]*")
_HEADER_ENDS = frozenset('\t|,"\n<')
_CELL_EDGES = frozenset('\t|,"')
# a number listed right after another whose own note names it a desk's or the unit's
# ("电话：138…（机构值班手机）、0817-…"): listed under one label, they share its owner (a
# landline only, with no note of its own: a person's mobile may follow their office's line;
# 办公 names a person's office line as well as the unit's, and is not read)
_LISTED_AFTER_DESK = re.compile(
    r"\d[ \u3000]*[（(][^（()）\n]{0,8}?(?:机构|值班|值守|热线|服务|咨询|公务|公用|非个人|非私人)"
    r"[^（()）\n]{0,6}[）)][ \u3000]*[、，,/；;][ \u3000]*$"
)
# a list of mobiles after one colon, each maybe after its place or unit (涔南镇138…、白羊乡
# 139…): the label before the colon owns them all
_LIST_AFTER_COLON = re.compile(
    r"[：:][ \u3000]*(?:[\u4e00-\u9fff]{0,8}[ \u3000]*1[3-9]\d{9}[ \u3000]*[、，,/；;][ \u3000]*)+"
    r"[\u4e00-\u9fff]{0,8}[ \u3000]*"
)
# the list's label naming a desk's mobile (各站值班手机一览：) or denying a person (不属个人)
_LIST_LABEL = re.compile(rf"{_HEADS}(?:专用)?手机|非个人|不属(?:于)?个人|非私人")
_NOTE_OPENS = frozenset("（( \u3000")
_KINDS = frozenset(("mobile", "landline", "email"))
_LIST_GAPS = frozenset("、，,/；; \u3000")
_PRIVATE = frozenset(("name", "id_card", "bank_card", "passport", "permit"))
_ENDS = "。！？；\n"


def _private_before(text: str, start: int, private: list[int]) -> bool:
    """Whether a private person's datum stands before ``start`` in its sentence or line."""
    lo = start - 200 if start > 200 else 0
    begin = max(text.rfind(sign, lo, start) for sign in _ENDS) + 1 or lo
    k = bisect_left(private, begin)
    return k < len(private) and private[k] < start


def _desk_labels(text: str) -> bool:
    """Whether a desk's label heads a table's column somewhere in the text (``值班手机``
    with a cell's edge or the line's end after it)."""
    k = text.find("手机")
    while k >= 0:
        head = text[k - 2 : k] if k >= 2 else ""
        if head == "专用" and k >= 4:
            head = text[k - 4 : k - 2]
        if head in _HEAD_WORDS:
            after = _SPACES.match(text, _AFTER_LABEL.match(text, k + 2).end()).end()
            if after == len(text) or text[after] in _HEADER_ENDS:
                return True
        k = text.find("手机", k + 2)
    return False


def _desk_column(text: str, start: int) -> bool:
    """Whether the number opens a cell under a desk's header (值班手机, 服务手机 …)."""
    cell = header_cell(text, start)
    return bool(cell) and _DESK_HEADER.fullmatch(cell.strip(' \u3000"')) is not None


def _desk_list(text: str, start: int) -> bool:
    """Whether the mobile at ``start`` is listed after another under one colon whose label
    (its line or sentence, up to 60 characters) names a desk's mobile or denies a person."""
    lo = start - 200 if start > 200 else 0
    colon = max(text.rfind("：", lo, start), text.rfind(":", lo, start))
    if colon < 0 or not _LIST_AFTER_COLON.fullmatch(text, colon, start):
        return False
    begin = max(
        max(text.rfind(sign, colon - 60 if colon > 60 else 0, colon) for sign in _ENDS) + 1,
        colon - 60,
    )
    return _LIST_LABEL.search(text, begin if begin > 0 else 0, colon) is not None


def desk_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mobiles a desk's label claims and the contacts a note denies
    to any person (module docstring)."""
    private: list[int] | None = None
    column: bool | None = None
    drop = set()
    for c in cands:
        kind = c[2]
        if kind not in _KINDS:
            continue
        s, e = c[0], c[1]
        if text[e : e + 1] in _NOTE_OPENS and _DENIAL.match(text, e):
            drop.add((s, e, kind))
            continue
        if (
            kind == "landline"
            and text[s - 1 : s] in _LIST_GAPS
            and _LISTED_AFTER_DESK.search(text, s - 30 if s > 30 else 0, s)
            and not home_noted(text, e)
        ):
            drop.add((s, e, kind))
            continue
        if kind != "mobile" or s < 2:
            continue
        if text[e : e + 1] in _NOTE_OPENS and _OWN_NOTE.match(text, e):
            continue  # "（本人手机）": the holder's own, whatever the label
        lo = max(0, s - 24, text.rfind("\n", s - 24 if s > 24 else 0, s) + 1)
        if text[s - 1 : s] in "：: \u3000" and _LABEL_NOTE.search(text, lo, s):
            drop.add((s, e, kind))  # 手机（公务）：…: noted in its label (privfix26e)
            continue
        if text[s - 1] not in _CELL_EDGES and _desk_list(text, s):
            pass  # 值班手机：甲镇138…、乙乡139…: the label's, as the first
        elif "手机" in text[lo:s]:
            if not _DESK_LABEL.search(text, lo, s):
                continue
        elif text[lo:s].rstrip(" \u3000")[-1:] in _CELL_EDGES:
            if column is None:
                column = _desk_labels(text)  # (once: a desk's header anywhere)
            if not column or not _desk_column(text, s):
                continue
        else:
            continue
        if private is None:
            private = sorted(p[0] for p in cands if p[2] in _PRIVATE)
        if not _private_before(text, s, private) or only_unit_contact(text, s, private):
            drop.add((s, e, kind))  # (局文物股：X，…，值班手机…: X the office's contact)
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[1], c[2]) not in drop]
