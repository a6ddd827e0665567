"""A record's person under initials a clerk shares with a private party (issue 16, privfix27a,
after docs303).

Pinyin initials name a role by its syllables' first letters, and ``shr`` is a clerk's
(审核人) as much as a private party's: 受害人 (a claim for damage by wild animals, an
accident), 收货人, 送货人. The key reader takes ``shr``/``shrxm`` for the clerk, so an
export whose records name their victim under ``<SHRXM>`` showed none of them. A reader tells
the two apart as ``holderinitials`` does for ``jbr`` (经办人 / 举报人): when the key is the
record's only key of a person's name — a second person keyed with their own ID beside
(``DLR`` with ``DLRSFZH``: an agent) does not count — and the record holds an identity number
under a key of no holder (``SFZH``, ``zjhm``), the record is that person's, for no export
gives its clerk's papers. The value must be a name by the model (a surname and a given name);
its other mentions inside the same record (a remark's "付至X账户") are taken too (a name of two
characters only where the sign after it ends a name).

Kept as the clerk's: a bare ``shr`` (an export's 审核人 column, docs212/4195, docs303/5559:
only ``shrxm``, a name's key of its own, is read), ``shrxm`` beside an applicant's or any other person's name key
(``sqrxm``, ``xm``), or in a record with no holderless ID.

Speed: nothing is read unless "<shr", '"shr' or their capitals stand in the text (the cue
index, privspeed27b); then the keys are matched only at those places.
"""

from __future__ import annotations

import re

from . import keymeaning, namemodel
from .laternames import ends_name
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_XML_KEY = re.compile(r"<((?:shr|SHR)_?(?:xm|XM))>([^<>\n]{2,12})</\1>")
_JSON_KEY = re.compile(r"\"((?:shr|SHR)_?(?:xm|XM))\"[ \t]*:[ \t]*\"([^\"\n]{2,12})\"")
_XML_FIELD = re.compile(r"<([A-Za-z][\w\-]{0,30})>([^<>\n]*)</\1>")
_JSON_FIELD = re.compile(r"\"([A-Za-z][\w\-]{0,30})\"[ \t]*:[ \t]*\"([^\"\n]*)\"")
_PERSON_HEADS = frozenset(
    "姓名 申请人 收款人 被征收人 监护人 委托人 来电人 来访人 投诉人 反映人 当事人".split()
)
_CONF = 0.9


def _xml_record(text: str, at: int) -> tuple[int, int]:
    """The lines of the XML record holding ``at``: its leaf fields around the line."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    le = len(text) if le < 0 else le
    if text.count("</", ls, le) > 1:
        return ls, le  # a record on one line (<R><A>…</A><B>…</B></R>)
    lo = ls
    while lo > 0:
        p = text.rfind("\n", 0, lo - 1) + 1
        line = text[p : lo - 1].strip()
        if not line.startswith("<") or line.startswith("</") or "</" not in line:
            break
        lo = p
    hi = le
    while hi < len(text):
        q = text.find("\n", hi + 1)
        q = len(text) if q < 0 else q
        line = text[hi + 1 : q].strip()
        if not line.startswith("<") or line.startswith("</") or "</" not in line:
            break
        hi = q
    return lo, hi


def _names_person(key: str) -> tuple[bool, str]:
    """(whether ``key`` names a person other than staff, the role it names)."""
    from .xmltables import field_header

    holder, datum, role = keymeaning.meaning(key)
    if holder == "staff":
        return False, role
    if datum == "name" or (holder == "person" and datum not in ("id", "phone", "address")):
        return True, role
    if key.lower().endswith("mc") and keymeaning.meaning(key[:-2])[0] == "person":
        return True, keymeaning.meaning(key[:-2])[2]  # (sqrmc 申请人名称: a person or a firm)
    header = field_header(key) or ""
    return header in _PERSON_HEADS or header.endswith("姓名"), role


def _sole_person(fields: list[tuple[str, str]], key: str) -> bool:
    """Whether ``key`` is the record's only key of a person's name beside a holderless ID."""
    own_ids = set()
    holderless = False
    for name, value in fields:
        holder, datum, role = keymeaning.meaning(name)
        if datum == "id" and any(c.isdigit() for c in value):
            if holder == "" and not role:
                holderless = True
            elif role:
                own_ids.add(role)
    if not holderless:
        return False
    for name, value in fields:
        if name == key or not value.strip():
            continue
        person, role = _names_person(name)
        if person and role not in own_ids:
            return False  # (sqrxm, xm: the record names its person elsewhere)
    return True


def _key_matches(text: str, sign: str, pattern: re.Pattern) -> list[re.Match]:
    """``pattern.finditer(text)``, read only where ``sign`` stands before shr or SHR (each
    match opens so): the cue index first, then the few such places (privspeed27b)."""
    starts = []
    for key in ("shr", "SHR"):
        if has_word(text, sign + key):
            k = text.find(sign + key)
            while k >= 0:
                starts.append(k)
                k = text.find(sign + key, k + 1)
    out: list[re.Match] = []
    end = 0
    for k in sorted(starts):
        if k >= end:  # (finditer's matches do not overlap)
            m = pattern.match(text, k)
            if m:
                out.append(m)
                end = m.end()
    return out


def shared_initials(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the record's person under a shared ``shr`` key (module docstring)."""
    hits = [(m, True) for m in _key_matches(text, "<", _XML_KEY)]
    hits += [(m, False) for m in _key_matches(text, '"', _JSON_KEY)]
    if not hits:
        return cands
    spans = [(c[0], c[1]) for c in cands]
    added: list[Candidate] = []
    for m, xml in hits:
        value = m.group(2).strip()
        if not namemodel.confident(value):
            continue
        if xml:
            lo, hi = _xml_record(text, m.start())
            fields = [(f.group(1), f.group(2)) for f in _XML_FIELD.finditer(text, lo, hi)]
        else:
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            hi = len(text) if hi < 0 else hi
            fields = [(f.group(1), f.group(2)) for f in _JSON_FIELD.finditer(text, lo, hi)]
        if not _sole_person(fields, m.group(1)):
            continue
        s = m.start(2) + m.group(2).index(value)
        at = s
        while at >= 0:
            e = at + len(value)
            if (at == s or len(value) > 2 or ends_name(text, e)) and not any(
                a < e and at < b for a, b in spans
            ):
                added.append((at, e, "name", _CONF))
                spans.append((at, e))
            at = text.find(value, e, hi)
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))
