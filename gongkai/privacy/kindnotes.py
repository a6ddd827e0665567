"""A note that says only what kind of number it is (issue 16, privfix18e): "2093654（座机）" in
a column of persons' phones tells the reader the number is a fixed line, not a mobile — it
names no unit, and the number stays the row's person's. A note naming a unit's desk
("（单位座机）", "（办公）") still makes it the unit's (``refine._units_phone``)."""

from __future__ import annotations

import re

from .phonecolumns import mobile_column

_KIND_ONLY = re.compile(r"[ \u3000]*[（(](?:座机|固话|固定电话)[）)]")


def kind_only_note(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` has a note of its kind alone and stands in a
    column of persons' phones (``phonecolumns.mobile_column``)."""
    return _KIND_ONLY.match(text, end) is not None and mobile_column(text, start)
