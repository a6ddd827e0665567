"""Numbers listed by place: each district's, county's or street's office (issue 16).

A notice lists where to call in each place: "武陵区0736-…，鼎城区0736-…，清溪县0736-…",
"城东街道 0736-…、城西街道 0736-…". A landline written right after the bare name of an
administrative place (…区, …县, …市, …镇, …乡, …街道), opening a clause, with a second
such pair on its line, is that place's office line: a person's number is written after
their name or a phone label, not after a district's name.
"""

from __future__ import annotations

import re

# a place name opening a clause, then the number ("，鼎城区0736-", "、城东街道 (0736)")
_PLACE_THEN_NUMBER = re.compile(
    r"(?:^|(?<=[，,、；;。：:\s]))[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道)[ \u3000]?"
    r"(?=(?:0\d{2,3}|[（(]0\d{2,3}[）)])[-—－ ]?[2-9]\d{6,7})",
    re.M,
)

_PLACE_LAST = frozenset("区县市镇乡道")


def place_number(text: str, start: int) -> bool:
    """Whether the landline at ``start`` follows a place's bare name in a line that lists
    at least two numbers so (see above)."""
    last = text[start - 1 : start]
    if last in (" ", "\u3000"):
        last = text[start - 2 : start - 1]
    if last not in _PLACE_LAST:
        return False  # (a cheap look: the place's name ends right before the number)
    lo = start - 12 if start > 12 else 0
    if not any(m.end() == start for m in _PLACE_THEN_NUMBER.finditer(text, lo, start + 16)):
        return False
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    line_end = text.find("\n", start, start + 400)
    line_end = start + 400 if line_end < 0 else line_end
    pairs = 0
    for _ in _PLACE_THEN_NUMBER.finditer(text, line_start, line_end):
        pairs += 1
        if pairs >= 2:
            return True
    return False
