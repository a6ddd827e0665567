"""A mobile that is a desk's, not a person's (issue 16, privfix16yd, after docs138–143).

A mobile number reaches a person, so the scanner keeps it unless something says whose desk
it is. Units list mobiles of their own beside their landlines: the line kept by whoever is
on duty, the hotline's, a service's, an official's phone for office business. The document
says so in one of two ways, and this pass reads both:

- **the label's head names what the line is FOR**: ``值班手机``, ``值守手机``, ``热线手机``,
  ``服务手机``, ``咨询手机``, ``投诉手机``, ``举报手机``, ``公务手机``, ``办公手机``,
  ``应急手机`` (maybe ``…专用手机``, ``…手机号码``, a bracket before the colon) right before
  the number — a function or a desk, not a holder (本人手机, 家属手机, 联系人手机 name one);
  the number is the desk's when no private person's name or number stands before it in
  its line or sentence (a person's own record that happens to list a duty phone keeps it).
- **a note right after the number denying a person**: ``（…非个人…）``, ``（…非私人…）``,
  ``（…公务…）``, ``（…公用…）`` — the writer's own word that the number is no one's own.
  It holds for a mobile, a landline and a mailbox alike.

The landlines' labels are read by ``landlineowner`` (their heads end in a desk's word);
this pass adds the mobiles' and the denial notes, last of the late passes.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

_HEADS = r"(?:值班|值守|热线|服务|咨询|投诉|举报|公务|办公|应急|业务)"
# the desk's label right before the mobile: 值班手机：, 服务热线手机 , 值班手机（镇政府公务手机）：
_DESK_LABEL = re.compile(
    rf"{_HEADS}(?:专用)?手机(?:号码?)?(?:[（(][^（()）\n]{{0,12}}[）)])?[：:]?[ \u3000]*$"
)
# a note after the number saying it is no one's own
_DENIAL = re.compile(
    r"[ \u3000]*[（(][^（()）\n]{0,12}?(?:非个人|非私人|公务(?!员)|公用)[^（()）\n]{0,8}[）)]"
)
_KINDS = frozenset(("mobile", "landline", "email"))
_PRIVATE = frozenset(("name", "id_card", "bank_card", "passport", "permit"))
_ENDS = "。！？；\n"


def _private_before(text: str, start: int, private: list[int]) -> bool:
    """Whether a private person's datum stands before ``start`` in its sentence or line."""
    lo = max(0, start - 200)
    begin = max(text.rfind(sign, lo, start) for sign in _ENDS) + 1 or lo
    k = bisect_left(private, begin)
    return k < len(private) and private[k] < start


def desk_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mobiles a desk's label claims and the contacts a note denies
    to any person (module docstring)."""
    desk = "手机" in text
    denial = "非个人" in text or "非私人" in text or "公务" in text or "公用" in text
    if not desk and not denial:
        return cands  # (the cheap look: no mobile's label, no note)
    private: list[int] | None = None
    drop = set()
    for c in cands:
        kind = c[2]
        if kind not in _KINDS:
            continue
        s, e = c[0], c[1]
        if denial and _DENIAL.match(text, e):
            drop.add((s, e, kind))
            continue
        if not desk or kind != "mobile" or "手机" not in text[max(0, s - 24) : s]:
            continue
        if not _DESK_LABEL.search(text, max(0, s - 24), s):
            continue
        if private is None:
            private = sorted(p[0] for p in cands if p[2] in _PRIVATE)
        if not _private_before(text, s, private):
            drop.add((s, e, kind))
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[1], c[2]) not in drop]
