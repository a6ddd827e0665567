"""A date after a permit's label is no permit's number (issue 16).

A Taiwan resident's permit number is eight digits (or ten), with no shape of its own, so
the label pass and ``taiwanpermits`` take the number after 台胞证 or 台湾居民来往大陆通行证.
A validity date written as eight digits ("有效期至20290314", "20230115 签发",
"有效期 20240101-20290101") is no such number: an eight-digit permit candidate that
reads as a date (19xx/20xx, a month, a day) is dropped when a word of dates stands just
before it (有效期, 签发, 日期, 至, 截至, 到期, 期限) or a sign of dates just after it (签发,
到期, 前, 止, 起, a range's dash and a second date). A number without such a word stays
a permit, whatever digits it holds.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_DATE_BEFORE = re.compile(r"(?:有效期|签发|日期|截至|截止|到期|期限|有效至|至)[^\d\n。；;]{0,4}$")
_DATE_AFTER = re.compile(
    r"[ \u3000]*(?:签发|到期|前|止|起|以前|[-—－~～至到][ \u3000]*(?:19|20)\d{6})"
)


def permit_dates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the permits that are dates by the words around them."""
    if not any(c[2] == "permit" for c in cands):
        return cands
    out = []
    for c in cands:
        start, end, kind, _conf = c
        if (
            kind == "permit"
            and end - start == 8
            and _DATE.fullmatch(text, start, end)
            and (
                _DATE_BEFORE.search(text, start - 10 if start > 10 else 0, start)
                or _DATE_AFTER.match(text, end)
            )
        ):
            continue
        out.append(c)
    return out
