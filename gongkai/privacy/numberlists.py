"""ID-shaped numbers listed after another number's label (issue 16, privfix26f).

A notice lists a run of case or file numbers after one label: "复核编号依次为A、B、C、D",
"受理编号分别为：A、B". An office's 编号 is often 18 characters — the county's code, a date and
a sequence — and one in ten such numbers happens to close with a valid check character. The
label reads for the whole list: every number in it is the label's (README lines 1-83: "ID-shaped
numbers labelled as something else" are not marked), not only the first next to the label. A
list under an ID's own label (身份证号分别为A、B) is left alone, as is a number not in a
list ("编号为A，身份证号B").

Cost: a character test on each ID candidate; only one right after 、 walks back its list.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_ITEM = re.compile(r"[0-9Xx]{15,20}[、，,]$")
_LABEL = re.compile(r"(?<!证)(?<!卡)编号(?:依次|分别)?(?:为|是)?[：:]?[ \u3000]*$")


def _list_label(text: str, start: int) -> bool:
    """The list ``text[start]`` stands in opens after a number label that is not an ID's."""
    pos = start
    for _ in range(12):
        m = _ITEM.search(text, max(0, pos - 21), pos)
        if m is None:
            break
        pos = m.start()
    else:
        return False
    if pos == start:
        return False
    head = text[max(0, pos - 14) : pos]
    return _LABEL.search(head) is not None and "身份" not in head


def number_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the IDs listed after another number's label (module docstring)."""
    out = []
    for c in cands:
        if c[2] == "id_card" and c[0] > 0 and text[c[0] - 1] in "、，," and _list_label(text, c[0]):
            continue
        out.append(c)
    return out
