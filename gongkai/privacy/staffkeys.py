"""A phone under an export key naming a staff member acting in office (issue 16, docs115–117).

An export lists, beside each applicant's own fields, the clerk who handled the record and
the clerk's line: ``<jbr>…</jbr><jbrdh>0938-…</jbrdh>``, ``"handler_tel": "…"``,
``shr_dh="…"``. ``keymeaning.meaning`` reads such a key's holder as staff (经办人, 审核人,
operator, reviewer …) whatever its separator or none (``jbrdh``, ``jbr_dh``, ``jbrLxdh``);
the number is the office's line, not the applicant's, though the applicant's name, ID and
mobile stand in the same record.

The same initials may name a private person (``jbr`` 举报人 as well as 经办人): when the
record gives a resident ID or a home under the key's own staff word (``jbr_sfzh``,
``jbrzz`` beside ``jbrdh``), the word names a private person (no export gives its clerk's
ID or home) and the number stays theirs. The record is the number's line when it holds
other keys (a JSON line, an XML element's attributes), else the run of lines indented as
the number's line (an XML or YAML element a line, pretty JSON).
"""

from __future__ import annotations

import re

from .keymeaning import meaning, parts

_KEY_IN_RECORD = re.compile(r"[\"'<\s]([A-Za-z][A-Za-z_\-.]{1,30})(?:[\"'][ \t]*:|>|=[\"'])")
_INDENT = re.compile(r"[ \t]*")


def _record(text: str, start: int) -> tuple[int, int]:
    """The span of the number's record (above)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end]
    if len(_KEY_IN_RECORD.findall(line)) > 1:
        return line_start, line_end
    indent = _INDENT.match(line).group()
    lo = line_start
    for _ in range(40):  # the lines above at the same indent
        if lo == 0:
            break
        prev = text.rfind("\n", 0, lo - 1) + 1
        if _INDENT.match(text, prev).group() != indent or text[prev : lo - 1].strip() == "":
            break
        lo = prev
    hi = line_end
    for _ in range(40):
        if hi >= len(text):
            break
        nxt = text.find("\n", hi + 1)
        nxt = len(text) if nxt < 0 else nxt
        if _INDENT.match(text, hi + 1).group() != indent or text[hi + 1 : nxt].strip() == "":
            break
        hi = nxt
    return lo, hi


def staff_phone_key(text: str, start: int, key: str) -> bool:
    """Whether ``key``, the export key of the phone at ``start``, names a staff member's
    phone in a record that gives no resident ID or home under the same staff word."""
    holder, datum, _role = meaning(key)
    if holder != "staff" or datum != "phone":
        return False
    words = parts(key)
    staff = words[0]
    lo, hi = _record(text, start)
    for m in _KEY_IN_RECORD.finditer(text, lo - 1 if lo > 1 else 0, hi):
        other = m.group(1)
        if other == key:
            continue
        other_words = parts(other)
        if other_words and other_words[0] == staff and meaning(other)[1] in ("id", "address"):
            return False  # 举报人's own ID or home: a private person's prefix
    return True
