"""A header the same row extends with its holder's own data, and its before/after twin (issue 16).

A register names each party by a head of its own wording (船东, 受让户, 承包农户, 原业主) and
gives the party's identity number, home or phone under that head extended: ``新船东 |
新船东身份证号 | 新船东住址``. Whatever the head's word, a head ``H`` that the header row
extends into ``H身份证号`` / ``H住址`` / ``H联系电话`` holds someone with an ID and a home: its
column holds names. A change's register also names the party before the change beside the
party after it under the same head with the other qualifier (``原船东`` beside ``新船东``,
``旧户主`` beside ``现户主``, ``前承包人`` beside ``后承包人``): one kind of party, so the twin's
column holds names too. ``partyheads`` reads the sides' heads (…方) in delimited rows and
lines; this reads any head, in tables flattened one cell a line (``stacked``; the
delimited readers find such names by the row's other cells already).

Left alone: a head with a kind already; a unit's head (…单位, …公司, …机构, 企业, 名称) and a
staff's (``headerroles.staff_header``); heads of more than eight characters or holding no
Han character. The names themselves are read as any name column's are (a plausible name).

Cost: read once a one-cell table's header, and for the header run around a cell of an ID
or a card that holds its holder's head (``tablefind._held_cell``, a line of 3–12 Han
characters).
"""

from __future__ import annotations

import re

from .headerroles import staff_header

_DATUM_TAIL = re.compile(
    r"(?:公民身份号码|身份证号码?|身份证件号码?|证件号码?|家庭住址|住址|联系电话|手机号码?|银行卡号|银行账号|卡号)$"
)
_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_UNIT_HEAD = re.compile(r"(?:单位|公司|机构|企业|部门|名称|组织)$")
_QUALIFIERS = "原新现旧前后"


def extended_heads(header: list[str]) -> set[str]:
    """The heads the header cells extend with a holder's datum (新船东 of 新船东身份证号)."""
    extended: set[str] = set()
    for h in header:
        h = h.strip(" \u3000")
        m = _DATUM_TAIL.search(h)
        if m and m.start() >= 2:
            extended.add(h[: m.start()])
    return extended


def held_head(head: str, extended: set[str]) -> bool:
    """Whether ``head`` is one of the ``extended`` heads or its before/after twin, and no
    unit's or staff's head (module doc)."""
    return (
        bool(_HEAD.fullmatch(head))
        and not _UNIT_HEAD.search(head)
        and _held(head, extended)
        and not staff_header(head)
    )


def _held(head: str, extended: set[str]) -> bool:
    if head in extended:
        return True
    return (
        len(head) >= 3
        and head[0] in _QUALIFIERS
        and any(len(e) == len(head) and e[0] in _QUALIFIERS and e[1:] == head[1:] for e in extended)
    )


def held_columns(header: list[str], kinds: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``kinds`` (the typed columns, in order) with the untyped heads the row extends with
    their holder's data, and their before/after twins, as names' columns (module doc)."""
    extended = extended_heads(header)
    if not extended:
        return kinds
    typed = {k for k, _kind in kinds}
    held = [
        (k, "name")
        for k, head in enumerate(header)
        if k not in typed and held_head(head.strip(" \u3000"), extended)
    ]
    return sorted(kinds + held) if held else kinds
