"""An estate's address with a building or staircase after it and no flat (…126号兰江花园
9栋2单元 closing its cell: issue 16, privfix19i).

The house number's pass reads a street, number and estate ("…路126号某某花园") and stops
before the building, whose staircase has no flat after it. What the whole names is a
block of several households (the privfix18f decision), not a home: the estate's address
is dropped with it. A flat, floor or door after the building (9栋502, 9栋2单元301室,
9栋4楼) keeps it a home.
"""

from __future__ import annotations

import re

_NUM = r"(?:\d{1,3}|[A-Z]|[一二三四五六七八九十]{1,3})"
# a building, then perhaps its staircase, right after the estate's name
_BLOCK_AFTER = re.compile(rf"{_NUM}(?:栋|幢|号楼|座)(?:{_NUM}单元)?")
# what would carry the building on to a flat (buildingsites' _GOES_ON)
_GOES_ON = re.compile(r"[0-9０-９A-Za-z\-－—附之楼层室号户房]")
_FIRST = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ一二三四五六七八九十")


def block_after_estate(text: str, end: int) -> bool:
    """Whether a building (and staircase) with no flat follows the address ending at ``end``."""
    if text[end : end + 1] not in _FIRST:
        return False
    m = _BLOCK_AFTER.match(text, end)
    return m is not None and not _GOES_ON.match(text, m.end())
