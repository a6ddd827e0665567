"""A valid ID's shape that is a certificate's or a record's number (issue 16, docs144–149).

Many certificates are numbered after their holder's ID: a driver's 从业资格证号, a
practitioner's 执业证号 is the county's code, the holder's birth date and a serial, and
its last character often checks like an ID's. A register prints it beside the holder's
real ID. ``numberlabels.other_number`` reads such a number after its label
(从业资格证号：…); this module reads it where no label stands right before it:

- **a column** (tab, bar, comma, quoted CSV, an aligned or a flattened HTML table, a
  header cell in the row right above or pages above): the header over the number's cell
  names a certificate's, licence's or register's number (``certcolumns``, which first
  read only old 15-digit IDs); a header naming an identity document keeps its numbers
  IDs — 身份证号, 证件号码, and the documents numbered by the holder's ID itself (驾驶证号,
  居住证号, 社会保障卡号: ``certcolumns._ID_WORDS``);
- **a key** of an export (``"qual_cert_no": "…"``, ``<zgzh>…</zgzh>``, ``licenseNo=…``):
  the key's words name a licence, a permit or a qualification, or a certificate with a
  word of its own (``qual_cert``, ``practice_cert``; ``cert_no`` alone is a 证件号), and
  no identity word (``id``, ``sfzh``, ``driving``, ``residence``, a person's role);
- **the key's other values**: a field whose other values of 18 characters are mostly no
  valid IDs holds a serial of that shape (a 工单编号 built from a county's code and the
  day it was taken in); the one that checks by chance is that serial too;
- **a format's sample**: "如360…格式", a number shown as the shape of one.
"""

from __future__ import annotations

import re

from . import validators as v
from .alternation import led
from .certcolumns import certificate_column
from .patterns import ID_CONTEXT

# the signs a table's cell starts after
_CELL_SIGNS = frozenset("\t|｜│,，; \u3000")
# a key right before its value: "key": "…", key=…, key: …
_KEY_BEFORE = led(r"[\"']?([A-Za-z][A-Za-z0-9_.\-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?$")
_TAG_BEFORE = re.compile(r"<([A-Za-z][\w.\-:]{0,40})>[ \t]*$")
_KEY_SIGNS = frozenset(" \t\"':=")
_SPLIT = re.compile(r"[_\-.\s/:]+|(?<=[a-z0-9])(?=[A-Z])")

# a licence's, permit's or qualification's word: its number is that document's
_STRONG = frozenset(
    "licence license lic permit qualification qual diploma practice practising "
    "zgz zgzh cyzgz cyzgzh xkz xkzh zyz zyzh zsbh zsh".split()
)
_PINYIN_ENDS = ("zgz", "zgzh", "zsbh", "xkzh")
_CERT = frozenset(("cert", "certificate", "certif"))
# the words of a number (what follows the document's word)
_NUMBER_WORDS = frozenset("no num number nbr code id hm bh type".split())
# a word of an identity document, or of a document numbered by its holder's ID
_IDENTITY = frozenset(
    "id idno idcard identity identification citizen resident residence sfz sfzh sfzhm "
    "zjhm zjh gmsfhm drive driving jsz jszh jzz social security sbk ybk medical "
    "passport holder owner person personal applicant".split()
)


def key_names_certificate(key: str) -> bool:
    """Whether an export's key names a certificate's or licence's number, no ID."""
    words = [w.lower() for w in _SPLIT.split(key) if w]
    if not words or _IDENTITY.intersection(words):
        return False
    if ("driver" in words or "drivers" in words) and not _CERT.intersection(words):
        return False  # driver_license_no: a driving licence's, numbered by the holder's ID
    if _STRONG.intersection(words) or any(w.endswith(_PINYIN_ENDS) for w in words):
        return True  # (cyzgzh 从业资格证号, zyzsbh 执业证书编号: pinyin initials)
    if not _CERT.intersection(words):
        return False
    # cert_no alone is a 证件号; qual_cert_no, practice_certificate_no: a certificate's
    return any(w not in _CERT and w not in _NUMBER_WORDS for w in words)


def _siblings_chance(text: str, opener: str, start: int) -> bool:
    """Whether the same key's other values of 18 characters are mostly no valid IDs."""
    valid = invalid = 0
    at = text.find(opener)
    while at >= 0 and valid + invalid < 12:
        s = at + len(opener)
        while text[s : s + 1] in _KEY_SIGNS:
            s += 1
        value = text[s : s + 18]
        if s != start and len(value) == 18 and value[:17].isdigit():
            tail = text[s + 18 : s + 19]
            if not (tail.isdigit() or tail.isalpha()):
                if v.is_resident_id(value):
                    valid += 1
                else:
                    invalid += 1
        at = text.find(opener, at + 1)
    return invalid >= 2 and invalid > 2 * valid


_SAMPLE_BEFORE = re.compile(r"(?:如|例如|比如|示例|样例)[:：]?[ \u3000]*$")
_SAMPLE_AFTER = re.compile(r"[ \u3000]*(?:的)?(?:格式|样式|这样|为例)")


def certificate_number(text: str, start: int) -> bool:
    """Whether the valid ID's shape at ``start`` is a certificate's or a record's number
    by its column, its key, its key's other values or a sample's words (module text)."""
    sign = text[start - 1 : start]
    if sign in ('"', "'", "=", ":", " "):
        m = _KEY_BEFORE.search(text, start - 48 if start > 48 else 0, start)
        if m is not None:
            key = m.group(1)
            if key_names_certificate(key):
                return True
            quote = '"' if text[m.start() : m.start() + 1] == '"' else ""
            return _siblings_chance(text, f"{quote}{key}{quote}", start)
    elif sign == ">":
        m = _TAG_BEFORE.search(text, start - 48 if start > 48 else 0, start)
        if m is None:
            return False
        return key_names_certificate(m.group(1)) or _siblings_chance(text, f"<{m.group(1)}>", start)
    if sign in _CELL_SIGNS or sign == '"':
        if ID_CONTEXT.search(text, start - 12 if start > 12 else 0, start):
            return False  # "身份证号 360…": the number's own label
        return certificate_column(text, start)
    if _SAMPLE_BEFORE.search(text, start - 8 if start > 8 else 0, start):
        return _SAMPLE_AFTER.match(text, start + 18) is not None
    return False
