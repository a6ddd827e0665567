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
from .homelines import home_landlines
from .patterns import PHONE_OF_OFFICE
from .unitphones import unit_phone

Candidate = tuple[int, int, str, float]

_CONTACTS = frozenset(("mobile", "landline", "email", "address"))
_SEP = "，,、；;/／"
_BLANK = " \u3000"
# a home's word opening its cell or clause right before the number (or after a call's
# verb: "晚上打家里3440685")
_HOME = re.compile(
    r"(?:^|(?<=[\s\"'>，,；;、：:（(|｜])|(?<=[打拨]))(?:家中|家里|家庭|住宅|宅|家)[:：]?[ \u3000]{0,2}$"
)
# a home's note right after the number
_HOME_NOTE = re.compile(r"[ \u3000]?[（(](?:家|家中|家里|宅|住宅)[）)]")
# a label of numbers that are no phones, or of amounts, before the listed ones
_NOT_PHONES = re.compile(
    r"编号|单号|账号|卡号|证号|工号|户号|批号|案号|文号|金额|合计|共计|[0-9]元"
)
_AREA_BRACKET = re.compile(r"[（(]0\d{2,3}[）)]$")
_YEARISH = re.compile(r"20[0-3]\d")  # "2026013": a serial opening with its year


def _next_to_contact(
    text: str, start: int, end: int, ends: dict[int, int], starts: set[int]
) -> int:
    """Where the person's contacts listed with the number begin (the contact right before
    it, or the number itself when one follows it), or -1: no contact a separator apart."""
    j = start
    while j > 0 and text[j - 1] in _BLANK:
        j -= 1
    if j > 0 and text[j - 1] in _SEP:
        k = j - 1
        while k > 0 and text[k - 1] in _BLANK:
            k -= 1
        if k in ends:
            return ends[k]
    j = end
    n = len(text)
    while j < n and text[j] in _BLANK:
        j += 1
    if j < n and text[j] in _SEP:
        j += 1
        while j < n and text[j] in _BLANK:
            j += 1
        if j in starts:
            return start
    return -1


def _own_line(text: str, start: int, end: int, lines: dict[int, int]) -> bool:
    """The number fills its line and the line above is wholly a person's ID or address."""
    if text[start - 1 : start] != "\n" or text[end : end + 1] not in ("\n", ""):
        return False
    if _YEARISH.match(text, start):
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return lines.get(above) == start - 1


def _office_before(text: str, lo: int, hi: int) -> bool:
    """An office's word in ``text[lo:hi]``; a courtyard numbered as an address ("17号院：")
    is none."""
    for m in PHONE_OF_OFFICE.finditer(text, lo, hi):
        if not (m.group() == "院" and text[m.start() - 1 : m.start()] == "号"):
            return True
    return False


def listed_locals(
    text: str, spans: list[tuple[int, int]], cands: list[Candidate]
) -> list[Candidate]:
    """The local numbers of ``spans`` that a person's particulars around them make theirs."""
    if not spans:
        return home_landlines(text, cands)
    taken: set[int] = set()
    ends: dict[int, int] = {}
    starts: set[int] = set()
    lines: dict[int, int] = {}
    for s, e, k, _c in cands:
        if k in _CONTACTS:
            ends[e] = s
            starts.add(s)
            if k != "address":
                taken.add(s)
                continue
        elif k != "id_card":
            continue
        lines[s] = e
    out: list[Candidate] = []
    for start, end in spans:
        if start in taken:
            continue
        if text[start - 1 : start] in ("）", ")") and _AREA_BRACKET.search(text, start - 6, start):
            continue  # the local part of "（0792）2242087": the whole number is read (or left)
        near = text[start - 6 if start > 6 else 0 : start]
        if (
            ("家" in near or "宅" in near)
            and _HOME.search(text, start - 6 if start > 6 else 0, start)
        ) or (
            text[end : end + 2].strip(" \u3000")[:1] in ("（", "(") and _HOME_NOTE.match(text, end)
        ):
            if not unit_phone(text, start):  # (the home's word outweighs the row's offices)
                out.append((start, end, "landline", 0.8))
            continue
        first = _next_to_contact(text, start, end, ends, starts)
        if first < 0 and _own_line(text, start, end, lines):
            first = start
        if first < 0 or unit_phone(text, start):
            continue
        # an office's word in the clause before the listed contacts ("县民政局（地址：…，
        # 6612300）"), not in the person's own address ("住红旗街17号院3号，5530972")
        base = (
            first - 60 if first > 60 else 0
        )  # (the searches back stop where the clause would anyway)
        lo = max(text.rfind("\n", base, first), text.rfind("。", base, first), first - 60)
        if _NOT_PHONES.search(text, lo + 1, first):
            continue  # "编号13970715236、4871921": numbers of another kind listed
        if office_phone(text, start) and _office_before(text, lo + 1, first):
            continue
        out.append((start, end, "landline", 0.8))
    return out + home_landlines(text, cands)  # "住…号，电话0756-…" (homelines)
