"""A county whose name opens with a word that also leads to a place (privfix20g, docs275).

"住于都县贡江镇…", "经营场所于都县…": 于, 至, 在, 为, 自 … before a place are cut off an
address's span as the sentence's words ("住于城关镇…"), and so 于都县 lost its first
character (an address "都县贡江镇…"). A county of one character before 县/区/市/旗 is rare
(沛县, 易县), so the cut is undone when the place left opens with one character and 县/区/
市/旗, and the document writes the three characters elsewhere where no sentence's word can
lead to them: at a line's or a cell's start, after a sign or a space, or after a province or
a city (江西省于都县, 来源：于都县教育体育局). A place so written once, only after a verb
("住于沛县…" with 沛县 written alone elsewhere), stays cut.

A 的 the verb's cut leaves at the start ("租用的攸县…": the verb cut, then 的 kept as it
stands one sign before 县) is cut too: no place's name opens with 的.

Cost: one look at two characters an address; the text is searched only for such a start.
"""

from __future__ import annotations

_LEADS = frozenset("于至到在为自从")
_LEVELS = frozenset("县区市旗")
_BEFORE_NAME = frozenset("省市州盟")  # a higher level right before the county's name


def county_start(text: str, start: int) -> int:
    """``start``, or one character earlier when the lead word cut off before it is the
    first character of a county's name the document writes on its own (module doc)."""
    # "租用的攸县…": 的 left by a verb's cut (的 alone is cut only 2+ signs before 县)
    if text[start : start + 1] == "的":
        return start + 1
    if start < 1 or text[start - 1] not in _LEADS or text[start + 1 : start + 2] not in _LEVELS:
        return start
    name = text[start - 1 : start + 2]
    k = text.find(name)
    while k >= 0:
        if k != start - 1:
            before = text[k - 1 : k] if k else "\n"
            if not ("\u4e00" <= before <= "\u9fff") or before in _BEFORE_NAME:
                return start - 1
        k = text.find(name, k + 1)
    return start
