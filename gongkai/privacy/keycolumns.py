"""What an export's column holds when its key says nothing: read from its values across
the records and from the records themselves.

System exports (JSON lines, XML records) name their fields by keys that no table of
known keys covers: opaque pinyin initials (``tdxx``, ``ccr``, ``bjbr``), English words
(``inventors``, ``apprentices``). ``keymeaning`` reads a key by its parts; a key it cannot
read at all is judged here by the column it heads, over all the records of the text:

- the records: a column counts only in records of a private person — a record holding a
  resident's ID or a mobile number under a key of its own subject (no unit's, no
  staff's, no other role's: a vet's mobile in a farm company's record is the vet's). A unit's record
  (its licence, its office phone, its handler) decides nothing, so a column of officials'
  names in units' records stays in office;
- the key: a key ``keymeaning`` reads as a unit's, a staff's or a contact's, or as a
  datum other than a name (phone, address, ID, card, mail), is no person's column;
- the values: each non-empty value opens with a person's name — a known surname and one
  or two given-name characters that the name model scores confidently, or a dotted name,
  no unit or place word — possibly after a short word that every value of the column
  opens with (a template's cue, "X承张三（…）": the column's common prefix, never a
  listed word); at least four values in five, at least two in persons' records;
- the unit beside it: a key of pinyin initials ending in r (人, the person of an act:
  ``djr`` 登记人) whose stem also heads a unit's key in the same records (``djdw``
  登记单位, ``djjg``, ``djbm``) names the person who did that act for that unit — a
  staff's column, in office, whatever its values (``sqr`` 申请人, a known role, is read
  by ``keymeaning`` before this);
- the persons: officials recur (the same two handlers down a whole export), private
  persons do not: the column's names must be mostly distinct (at least 0.6 of them), or
  as many as the values when they are two.

A column so decided holds names: every name-shaped piece of its values (lists split at
、，,；; and brackets) is a private person's, in every record of the column (an
inventors' list of a company's record too). Keys are never matched by their letters, so
the rule applies to keys never seen.
"""

from __future__ import annotations

import os
import re

from . import keymeaning, namemodel
from . import validators as v
from .patterns import MOBILE_NUMBER, ORG_SUFFIX

Candidate = tuple[int, int, str, float]
Field = tuple[str, str, int]  # key, value, offset of the value

_ID = re.compile(r"\d{17}[\dXx]")
_PIECE = re.compile(r"[^、，,；;/／（）()\[\]【】\s]+")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
# a unit's or a place's last character: no person's name ends so in a column of names
_PLACE_END = frozenset("村镇乡县市区省路街巷号组社局委办院所站队厂司部处室馆校")
_PREFIX_MAX = 4


# a home's value: a house, a flat or a group's number (螺门村65号, 3幢1单元502室)
_HOME_VALUE = re.compile(r"\d+\s*(?:号|室|组|幢|栋|单元)")


def private_staff(record: list[Field]) -> frozenset[str]:
    """The staff words (``jbr``: 经办人 and 举报人 alike) under which the record gives a
    resident ID or a home with its number (``jbrsfzh``, ``jbrdz`` "…村65号"): no export
    gives its clerk's papers or home, so the word names the record's private person."""
    out = set()
    for key, value, _at in record:
        if not value or not (_ID.search(value) or _HOME_VALUE.search(value)):
            continue
        holder, datum, _role = keymeaning.meaning(key)
        if holder == "staff" and datum in ("id", "address"):
            out.add(keymeaning.parts(key)[0])
    return frozenset(out)


def _personal(record: list[Field]) -> bool:
    """A record of a private person: a resident's ID or a mobile under a key of the
    record's own subject — no unit's, no staff's, no other role's (``village_vet_mobile``
    is the vet's in a company's record, ``agent_idno`` the agent's); a staff word the
    record gives a home or an ID (``private_staff``) is its subject's."""
    mine = None
    for key, value, _at in record:
        value = value.strip()
        if not (_ID.fullmatch(value) or MOBILE_NUMBER.fullmatch(value)):
            continue
        holder, _datum, role = keymeaning.meaning(key)
        if holder == "staff":
            mine = private_staff(record) if mine is None else mine
            holder = "person" if keymeaning.parts(key)[0] in mine else holder
        if holder not in ("", "person") or role:
            continue
        if len(value) == 18 and not v.is_resident_id(value):
            continue
        return True
    return False


def _name(piece: str) -> bool:
    if _DOTTED.fullmatch(piece):
        return True
    if not 2 <= len(piece) <= 4 or ORG_SUFFIX.fullmatch(piece) or piece[-1] in _PLACE_END:
        return False
    return v.plausible_name(piece) and namemodel.score(piece) >= 0.7


def _unknown(key: str, header_of) -> bool:
    if header_of(key):
        return False
    holder, datum, _role = keymeaning.meaning(key)
    return holder not in ("unit", "staff", "contact") and datum in ("", "name")


def _names(value: str, prefix: str) -> tuple[list[tuple[int, int]], str]:
    """The name pieces of ``value`` (offsets in it) and the first one's text, or ([], "")
    when the value does not open with a name (after ``prefix``)."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(value)]
    if not pieces:
        return [], ""
    lo, hi = pieces[0]
    if not _name(value[lo:hi]):
        if not (prefix and value.startswith(prefix, lo) and _name(value[lo + len(prefix) : hi])):
            return [], ""
        lo += len(prefix)
    found = [(lo, hi)] + [(a, b) for a, b in pieces[1:] if _name(value[a:b])]
    return found, value[lo:hi]


def _prefix(values: list[str]) -> str:
    """A short word every value of the column opens with (a template's cue), or ""."""
    if len(values) < 3:
        return ""
    common = os.path.commonprefix(values)[:_PREFIX_MAX]
    if not common or not all("\u4e00" <= c <= "\u9fff" for c in common):
        return ""
    return common


_ACTOR_KEY = re.compile(r"([a-z]{1,4})r")


def acting_for_unit(key: str, keys: set[str]) -> bool:
    """``key`` is pinyin initials of an act's person (stem + r) and a sibling key is the
    same stem before a unit's word: the staff who did the act for the unit."""
    m = _ACTOR_KEY.fullmatch(key.lower())
    if not m:
        return False
    stem = m.group(1)
    for other in keys:
        low = other.lower()
        if low != key.lower() and low.startswith(stem) and len(low) > len(stem):
            words = keymeaning._segment(low[len(stem) :])
            if words and words[0] in keymeaning._UNIT:
                return True
    return False


# a unit's whole name as a party's value (林场有限公司, 专业合作社, 国有林场)
_UNIT_VALUE = re.compile(
    r"[\u4e00-\u9fff（）()]{3,40}(?:公司|集团|合作社|联合社|中心|协会|委员会|场|厂|店|社|会|站|所|院|校|局)"
)


def _parties(cells: list[tuple[str, int, bool]], names: int) -> bool:
    """A column of parties that are persons or units (a transferee, a buyer, a winner):
    persons' names in at least half its values and units' whole names in the rest but
    one in five (the units' values are no evidence against the persons')."""
    units = sum(bool(_UNIT_VALUE.fullmatch(value.strip())) for value, _a, _m in cells)
    return names * 2 >= len(cells) and (names + units) * 5 >= len(cells) * 4


def key_columns(records: list[list[Field]], header_of) -> list[Candidate]:
    """Names under the keys ``header_of`` (a key's known header, or None) does not know,
    decided column by column over ``records``."""
    if len(records) < 2:
        return []
    columns: dict[str, list[tuple[str, int, bool]]] = {}
    personal = [_personal(r) for r in records]
    if not any(personal):
        return []
    known: dict[str, bool] = {}
    for record, mine in zip(records, personal, strict=True):
        for key, value, at in record:
            if key not in known:
                known[key] = _unknown(key, header_of)
            if known[key] and value.strip():
                columns.setdefault(key, []).append((value, at, mine))
    out: list[Candidate] = []
    for key, cells in columns.items():
        if acting_for_unit(key, known.keys()):
            continue
        if len(cells) < 2 or sum(mine for _v, _a, mine in cells) < 2:
            continue
        prefix = _prefix([value.strip() for value, _a, _m in cells])
        named = [(_names(value, prefix), at) for value, at, _m in cells]
        firsts = [first for (_spans, first), _at in named if first]
        if len(firsts) * 5 < len(cells) * 4 and not _parties(cells, len(firsts)):
            continue
        distinct = len(set(firsts))
        if distinct < 2 or (distinct < 0.6 * len(firsts)):
            continue
        for (spans, _first), at in named:
            out += [(at + a, at + b, "name", 0.9) for a, b in spans]
    return out
