"""A range of another number's values: "受理编号自A至B", "档案号从A到B", "工单号A—B" (privfix22d,
docs283).

``numberlabels`` reads a label right before a number (受理编号：…). A run of such numbers is
written as a range, the label before its first value with 自 or 从 between, the last after
至, 到 or a dash: both ends are that other number, not an ID or a card, though a value may
pass Luhn or an ID's check by chance.
"""

from __future__ import annotations

import re

# the range's opening word right before its first value
_OPEN = frozenset("自从")
# the first value and the range's word before the last ("A至", "A—", "A～")
_FIRST = re.compile(
    r"(?<![0-9A-Za-z])(\d{12,19}[Xx]?)[ \u3000]*(?:至|到|—|－|~|～|-{1,2})[ \u3000]*$"
)


def range_start(text: str, start: int) -> int | None:
    """Where the label of the range whose value starts at ``start`` ends (before 自 / 从),
    None when the number opens or closes no range."""
    sign = text[start - 1 : start]
    if sign in _OPEN:
        return start - 1
    m = _FIRST.search(text, start - 26 if start > 26 else 0, start)
    if m is None or m.end(1) - m.start(1) != _length(text, start):
        return None
    first = m.start(1)
    return first - 1 if text[first - 1 : first] in _OPEN else first


def _length(text: str, start: int) -> int:
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] in "Xx"):
        end += 1
    return end - start
