"""A lawyer keyed as a case's handler in an export's record (issue 16).

A legal-aid or a case system exports each case as a record: the person aided, the law firm
the case was assigned to, and the lawyer handling it under a key of a handler
(``cbrxm`` 承办人姓名, ``handler_name``, or a key of no name's ending, ``zpry`` 指派人员),
with the lawyer's own mobile and mailbox under that key's stem (``cbrsj``, ``cbryx``,
``zprydh``). Keys of a handler are read as staff acting in office
(``keymeaning``), which an organ's clerk is; but a lawyer is a private person (a lawyer
named in a case: README "What is marked"). The record tells them apart: a record naming a
law firm (a value ending in 律师事务所 or 法律服务所), whose name key's stem also keys a
mobile number or a mailbox of the same record, names that firm's lawyer with the lawyer's
own contacts — an organ's clerk is given with the office's landline, not a mobile and a
mailbox of their own.

Only a whole name (``validators.plausible_name``, or a dotted name) is read, and only
where no other pass found anything at its place.

Cost: only texts holding a law firm's word and a JSON pair; only the lines naming a firm.
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_PAIR = re.compile(r'"([A-Za-z][A-Za-z0-9_]{0,39})"\s*:\s*"([^"\n]*)"')
_FIRM = ("律师事务所", "法律服务所")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_ENDS = ("_name", "name", "xm")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _stem(key: str) -> str | None:
    low = key.lower()
    for end in _NAME_ENDS:
        if low.endswith(end) and len(low) > len(end):
            return low[: -len(end)].rstrip("_")
    return None


def _whole_name(value: str, named_key: bool = False) -> bool:
    if "·" in value:
        return all(_HAN.fullmatch(p) for p in value.split("·"))
    if v.plausible_name(value):
        return True
    # under a key of a name (cbrxm, handler_name) a surname and given characters the lists
    # do not know (白若冰: 若 stops a name in prose) is the name the key says it is
    return (
        named_key
        and 2 <= len(value) <= 4
        and bool(_HAN.fullmatch(value))
        and (0 < v.surname_length(value) < len(value))
    )


def counsel_keys(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the lawyers keyed as handlers in records naming a law firm."""
    # (律师事务所, 法律服务所: one search, by 所; a key's '":' first, by '"': wordfind)
    if not has_word(text, '":') or not has_word(text, "务所", 1):
        return cands
    out: list[Candidate] = []
    taken: list[tuple[int, int]] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not any(w in line for w in _FIRM):
            continue
        pairs = [(m.group(1), m.group(2), start + m.start(2)) for m in _PAIR.finditer(line)]
        if not any(val.endswith(_FIRM) for _k, val, _a in pairs):
            continue
        for key, val, at in pairs:
            # (a key of no name's ending is its own stem: "zpry" 指派人员 over "zprydh")
            named = _stem(key)
            stem = named or (key.lower() if len(key) >= 3 else None)
            if not stem or not _whole_name(val, named is not None):
                continue
            own = [
                other
                for k2, other, _a in pairs
                if k2 != key and k2.lower().startswith(stem) and len(k2) > len(stem)
            ]
            if not any(_MOBILE.fullmatch(o) or _MAIL.fullmatch(o) for o in own):
                continue
            if taken is None:
                taken = [(s, e) for s, e, _k, _c in cands]
            end = at + len(val)
            if not any(s < end and at < e for s, e in taken):
                out.append((at, end, "name", 0.8))
    return cands + out if out else cands
