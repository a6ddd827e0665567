"""A street and house number named as a person's own home (在其住所（…号）, 在其住宅…号二楼:
issue 16, privfix19i).

住所 and 住宅 alone may be a company's (公司住所) or a building's kind, so they are no
residence's word for a bare street and number; with the person's own pronoun before them
(其, 本人, 他, 她, 自己, and 的) they name that person's home: the street and number after
them, or in the bracket right after them, is the person's address.
"""

from __future__ import annotations

import re

from .patterns import STREET_WORD

_OWN_HOME = re.compile(
    r"(?:其|本人|他|她|自己|自家)的?(?:住所|住宅|住房|自建房|私宅|家中)[内里]?[（(]?"
)


def own_home_near(text: str, start: int) -> bool:
    """Whether a person's own home is named within an address's reach before ``start``
    (the pre-test before the address is grown again)."""
    return _OWN_HOME.search(text, start - 50 if start > 50 else 0, start) is not None


def own_home(text: str, start: int, number: int) -> int:
    """The start of the address after a person's own home named right before or at the
    start of the address grown from ``start`` to the house number at ``number`` (the
    words walked over may hold it: "其住宅某县…"); -1 when there is none."""
    last = None
    for m in _OWN_HOME.finditer(text, start - 8 if start > 8 else 0, number):
        last = m
    if last is None or last.end() < start or number - last.end() < 3:
        return -1
    if not STREET_WORD.search(text, last.end(), number):
        return -1  # "其住宅楼12号": no street
    return last.end()
