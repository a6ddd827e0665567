"""A phone keyed by its holder's role in an export whose name key of that role holds an
organisation (issue 16, privfix18e): ``"fzxm": "某某开发有限公司", "fzlxdh": "0579-…"`` — the
owner of the rented flat is a company, the landline under its phone key is the company's.
The JSON-lines counterpart of ``holderphones`` (a table's 出租人联系电话 beside 出租人).

Only landlines: a mobile there may be its staff's own. A name key holding a person's name,
and a phone key naming no role (``lxdh``), are left alone. Called from ``lastpasses``.
"""

from __future__ import annotations

import re

from .holderphones import _ORGANISATION
from .keymeaning import meaning
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_KEY_BEFORE = re.compile(r'"([A-Za-z][\w.\-]{0,40})"\s*:\s*"$')
_FIELD = re.compile(r'"([A-Za-z][\w.\-]{0,40})"\s*:\s*"([^"\\\n]{1,60})"')


def _organisation_holder(text: str, start: int) -> bool:
    key = _KEY_BEFORE.search(text, start - 48 if start > 48 else 0, start)
    if key is None:
        return False
    holder, datum, role = meaning(key.group(1))
    if (holder, datum) != ("person", "phone") or not role:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for m in _FIELD.finditer(text, line_start, line_end):
        if meaning(m.group(1)) == ("person", "name", role) and _ORGANISATION.fullmatch(m.group(2)):
            return True
    return False


def keyed_holder_phones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the landlines under a role's phone key whose record names an organisation
    under that role's name key."""
    if not has_word(text, '":'):  # (by the quote: ``wordfind``)
        return cands
    out = []
    for c in cands:
        if c[2] == "landline" and text[c[0] - 1 : c[0]] == '"' and _organisation_holder(text, c[0]):
            continue
        out.append(c)
    return out
