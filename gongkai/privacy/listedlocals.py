"""A local landline (seven or eight digits, no area code) without a phone label of its
own that a person's particulars give away (issue 16, docs43–docs61): the number is

- listed with that person's other contacts, a separator apart ("（住某路3号，5530972）",
  "13500425716、5546208、15998012683", "邮箱 x@163.com，5536627", "138…；3218806");
- labelled or noted as the home's ("家中 6226150", "家 4718265", "7839021（家）",
  "宅：2261590");
- a record's line of its own, one cell a line, right under the person's ID or address
  ("371331…\\n某村88号\\n7836295").

The candidates go through ``refine`` like the others: a unit's number keeps being the
unit's (``unitphones``, ``context.office_phone``).
"""

from __future__ import annotations

import re

from .context import office_phone
from .unitphones import unit_phone

Candidate = tuple[int, int, str, float]

_CONTACTS = frozenset(("mobile", "landline", "email", "address"))
_SEP = "，,、；;/／"
_BLANK = " \u3000"
# a home's word opening its cell or clause right before the number
_HOME = re.compile(r"(?:^|(?<=[\s\"'，,；;、：:（(|｜]))(?:家中|家里|家庭|住宅|宅|家)[:：]?[ \u3000]{0,2}$")
# a home's note right after the number
_HOME_NOTE = re.compile(r"[ \u3000]?[（(](?:家|家中|家里|宅|住宅)[）)]")
_YEARISH = re.compile(r"20[0-3]\d")  # "2026013": a serial opening with its year


def _next_to_contact(text: str, start: int, end: int, ends: set[int], starts: set[int]) -> bool:
    j = start
    while j > 0 and text[j - 1] in _BLANK:
        j -= 1
    if j > 0 and text[j - 1] in _SEP:
        k = j - 1
        while k > 0 and text[k - 1] in _BLANK:
            k -= 1
        if k in ends:
            return True
    j = end
    n = len(text)
    while j < n and text[j] in _BLANK:
        j += 1
    if j < n and text[j] in _SEP:
        j += 1
        while j < n and text[j] in _BLANK:
            j += 1
        return j in starts
    return False


def _own_line(text: str, start: int, end: int, lines: dict[int, int]) -> bool:
    """The number fills its line and the line above is wholly a person's ID or address."""
    if text[start - 1 : start] != "\n" or text[end : end + 1] not in ("\n", ""):
        return False
    if _YEARISH.match(text, start):
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return lines.get(above) == start - 1


def listed_locals(
    text: str, spans: list[tuple[int, int]], cands: list[Candidate]
) -> list[Candidate]:
    """The local numbers of ``spans`` that a person's particulars around them make theirs."""
    if not spans:
        return []
    taken = {s for s, _e, k, _c in cands if k == "landline" or k == "mobile"}
    ends = {e for _s, e, k, _c in cands if k in _CONTACTS}
    starts = {s for s, _e, k, _c in cands if k in _CONTACTS}
    lines = {s: e for s, e, k, _c in cands if k == "id_card" or k == "address"}
    out: list[Candidate] = []
    for start, end in spans:
        if start in taken:
            continue
        if not (
            _next_to_contact(text, start, end, ends, starts)
            or _HOME.search(text, max(0, start - 6), start)
            or _HOME_NOTE.match(text, end)
            or _own_line(text, start, end, lines)
        ):
            continue
        if unit_phone(text, start) or office_phone(text, start):
            continue
        out.append((start, end, "landline", 0.8))
    return out
