"""A record's bare address in an export of units' records (privfix22c, docs280: a lightning
protection inspections' export).

An inspections', a filing's or a licence's export lists one inspected or filing subject a
record: ``<sjdwmc>互助土族自治县第二中学</sjdwmc>`` (受检单位名称) or a shop's trade name
(``…祁某某农家乐``, an individual business), its keeper's or contact's own keyed fields
(``<jyz>``, ``<lxr>``), and one bare ``<dz>`` (地址) — the subject's premises. An address
under a bare address key (``dz``, ``address``, ``dizhi``, ``lxdz``: ``keymeaning`` reads no
holder in it) is the unit's or the business's when its record names the subject under a
unit's name key (``dwmc`` and any key ending in it: ``sjdwmc``, ``sqdwmc``; ``qymc``,
``jgmc``, 单位名称 …) whose value is an organisation's or a trade name (``partykeys._BUSINESS``)
or a field whose whole value is the subject's kind (``<sjdwlx>个体工商户</sjdwlx>``, 事业单位,
企业), and no person under a plain name key (``xm``, 姓名, ``name``). The held-out convention: units'
and individual businesses' premises are not marked. A record whose subject is a household
(``星某某自建住宅``) or a person keeps its address, and so does a key naming a home (``zz``
住址, ``jtzz``).

The record is the JSON object's line, or the XML element's siblings (``partykeys._record``).

Cost: nothing without ``"`` or ``<``; one key's look an address value.
"""

from __future__ import annotations

import re

from .keymeaning import meaning
from .partykeys import _BUSINESS
from .placekeys import _key_before
from .unitrecords import _UNIT_NAME_KEYS, unit_fields

Candidate = tuple[int, int, str, float]

# a school, a clinic, an organ, a village's committee (beside ``_BUSINESS``' trades)
_BODY = re.compile(
    r"[\u4e00-\u9fff（）()]{2,40}?(?:中学|小学|大学|学院|幼儿园|卫生院|卫生室|村委会|居委会|"
    r"委员会|人民政府|政府|局|所|站|馆|院)"
)


def _unit_name_key(name: str) -> bool:
    return name in _UNIT_NAME_KEYS or (name.endswith("dwmc") and len(name) <= 8)


# a record's own field saying what kind of subject it is (``<sjdwlx>个体工商户</sjdwlx>``)
_SUBJECT_KINDS = frozenset(
    "个体工商户 个体户 企业 事业单位 机关 机关单位 社会组织 社会团体 民办非企业单位 农民专业合作社".split()
)


def _subject(value: str) -> bool:
    return _BUSINESS.fullmatch(value) is not None or _BODY.fullmatch(value) is not None


def _names_subject(name: str, value: str) -> bool:
    return (_unit_name_key(name) and _subject(value)) or value in _SUBJECT_KINDS


def _unit_record(text: str, start: int) -> bool:
    key = _key_before(text, start)
    if key is None or meaning(key) != ("", "address", "") or key.lower().endswith("zz"):
        return False
    return unit_fields(text, start, _names_subject)


def record_seats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses under a bare address key of a unit's record."""
    if '"' not in text and "<" not in text:
        return cands
    drop = {
        c[0]
        for c in cands
        if c[2] == "address" and text[c[0] - 1 : c[0]] in ('"', ">") and _unit_record(text, c[0])
    }
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "address" and c[0] in drop)]
