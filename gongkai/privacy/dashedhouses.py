"""A house number with its sub-number after a dash (湖山村上厝15-2号, 解放街8-1号: issue 16,
privfix19i).

The number pass anchors a house at the digits right before 号 ("2号" of "15-2号"), since
a digit before the anchor belongs to another number; the main number and its dash then
stand before the anchor as if they were a piece of the street, and the street no longer
ends in its place word. A run of one to four digits and a dash between a Han character
and the anchor is the house's main number: the anchor starts there. After a Latin letter,
a digit run longer than four or another dash (编号XX-2024-15号, 0571-2号) it stays as it is.
"""

from __future__ import annotations

import re

# read backwards from the anchor: the dash, one to four digits, then a Han character
_DASHED_BACK = re.compile(r"[-－]([0-9]{1,4})(?=[\u4e00-\u9fff])")


def dashed_start(text: str, start: int) -> int:
    """The start of the house number whose anchor (its last part) starts at ``start``."""
    if text[start - 1 : start] not in ("-", "－") or start < 3:
        return start
    lo = start - 7 if start > 7 else 0
    m = _DASHED_BACK.match(text[lo:start][::-1])
    return start - m.end() if m else start
