"""Landlines an office's post or a company's service desk claims (privfix19e, docs261).

Three shapes put a fixed line with a person's name and still make it no private
person's line:

- **a post in the bracket**: ``导出人：X（科员，0572-…）`` — the bracket gives the person's
  post in an office, then the line: the office's desk;
- **a list under a post's label**: ``各镇（街道）监管专干：某街道X（0913-…）、某镇Y（0913-…）``
  — every line in a bracket after a name of that list, up to the sentence's end, is the
  desk of the post the label names;
- **a service desk**: ``联系机构客服0538-…``, ``客服电话：…`` — a company's line.

A post of a private person's own (户主, 家长, 村民) is none of these words.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_POST = (
    r"(?:科员|办事员|干事|专干|专员|工作人员|联络员|监管员|协管员|网格员|民警|辅警|"
    r"[科股]长|副[科股]长|主任科员)"
)
_BRACKET_POST = re.compile(rf"[（(]{_POST}[，,、：: \u3000]*(?:电话[：:]?)?[ \u3000]*$")
_POST_LABEL = re.compile(rf"{_POST}[：:]")
_LISTED = re.compile(r"[（(](?:电话[：:]?)?[ \u3000]*$")
_SERVICE = re.compile(r"客服(?:电话|热线|专线|座机)?[：: \u3000]*$")
_SIGNS = ("（", "(", "客")


def post_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines of an office's post or a service desk."""
    drop = set()
    for start, _, kind, _ in cands:
        if kind != "landline":
            continue
        before = text[start - 12 if start > 12 else 0 : start]
        if not any(s in before for s in _SIGNS):
            continue  # (the cheap look first: no bracket and no service word before it)
        if _SERVICE.search(before) or _BRACKET_POST.search(before):
            drop.add(start)
            continue
        if not _LISTED.search(before):
            continue
        lo = max(0, start - 200, text.rfind("\n", 0, start) + 1)
        clause = text[lo:start]
        stop = max(clause.rfind("。"), clause.rfind("；"), clause.rfind(";"))
        if _POST_LABEL.search(clause, stop + 1):
            drop.add(start)
    return [c for c in cands if not (c[2] == "landline" and c[0] in drop)] if drop else cands
