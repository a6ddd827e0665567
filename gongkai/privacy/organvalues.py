"""A label's value that is a public organ's unit, not a person (issue 16, privfix25c).

A contact line names the unit first and its officer after it: "联系人：劳动保障监察大队　X（大队长）",
"经办人：县农经站　Y", "联系人：社保中心 Z". Read from the label, the unit's first two characters
can look like a name (劳 is a surname: 劳动), and every later mention of that word (劳动关系,
劳动保障) would then be found too. ``ORG_VALUE`` knows companies, committees and schools; this
reads the organs' and their sections' words — 大队, 中队, 支队, 局, 中心, 站, 股, 办公室 — as a
run of characters ending the value (at a blank, a punctuation mark, a bracket or the line's end).
A name before its note ("联系人：X（县劳动监察大队）") stops at the bracket and is left alone.

Cost: called at a person label's value only; one anchored match.
"""

from __future__ import annotations

import re

_ORGAN_VALUE = re.compile(
    r"[\u4e00-\u9fff]{1,20}?(?:大队|中队|支队|局|中心|站|股|办公室)(?=[\s，,。；;、（(：:]|$)"
)


def organ_value(text: str, at: int) -> bool:
    """Whether the label's value at ``at`` is an organ's unit (module docstring)."""
    return _ORGAN_VALUE.match(text, at) is not None
