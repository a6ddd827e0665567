"""A record's bare phone in an export of units (privfix20g, docs273: a permits' export).

An export of licences lists one unit a record: ``<DWMC>某某化工有限公司</DWMC>`` (单位名称),
its legal representative and managers each with their own keyed numbers (``<JSFZRSJ>``,
技术负责人手机), and one bare ``<LXDH>`` (联系电话) — the unit's line. A landline under a
bare phone key (``lxdh``, ``dh``, ``tel``, ``phone``, 联系电话: ``keymeaning`` reads no
holder in it) is the unit's when its record names a unit under a unit's name key (``dwmc``,
``qymc``, ``jgmc``, 单位名称, 企业名称, ``unitName``, ``orgName``, ``companyName``) and no
person under a plain name key (``xm``, 姓名, ``name``): a person's record with a 工作单位
keeps its number. Mobiles are left alone (a manager may give his own).

The record is the JSON object's line, or the XML element's siblings (``partykeys._record``).

Cost: nothing without ``"`` or ``<``; one key's look a landline value.
"""

from __future__ import annotations

from .holderphones import _ORGANISATION
from .keymeaning import meaning
from .partykeys import _JSON_FIELD, _XML_FIELD, _record
from .placekeys import _key_before

Candidate = tuple[int, int, str, float]

_UNIT_NAME_KEYS = frozenset(
    "dwmc qymc jgmc unitname orgname companyname entname 单位名称 企业名称 机构名称".split()
)
_PERSON_NAME_KEYS = frozenset("xm 姓名 name fullname".split())


def unit_fields(text: str, start: int, names_unit) -> bool:
    """Whether the record around the value at ``start`` names a unit: some field for which
    ``names_unit(key, value)`` holds (key lower-cased, value stripped), and no person under
    a plain name key. Shared with ``recordseats``."""
    record = _record(text, start)
    field = _JSON_FIELD if text[start - 1] == '"' else _XML_FIELD
    unit = False
    for m in field.finditer(record):
        name = m.group(1).lower()
        if name in _PERSON_NAME_KEYS:
            return False
        if names_unit(name, m.group(2).strip()):
            unit = True
    return unit


def _names_unit(name: str, value: str) -> bool:
    return name in _UNIT_NAME_KEYS and _ORGANISATION.fullmatch(value) is not None


def _unit_record(text: str, start: int) -> bool:
    key = _key_before(text, start)
    if key is None or meaning(key) != ("", "phone", ""):
        return False
    return unit_fields(text, start, _names_unit)


def unit_record_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines under a bare phone key of a unit's record."""
    if '"' not in text and "<" not in text:
        return cands
    return [
        c
        for c in cands
        if c[2] != "landline"
        or text[c[0] - 1 : c[0]] not in ('"', ">")
        or not _unit_record(text, c[0])
    ]
