"""The workers a wage case names in a list after their trade (issue 16, privfix25c).

A wage arrears notice names the unpaid workers after their trade or their status, a word
ending in 工 (装卸工, 钢筋工, 木工, 杂工, 临时工, 农民工): "拖欠该经营部装卸工X、Y、Z工资共计…",
"欠付钢筋工X、Y等3人工资". Such a 、-list of two or more names is private persons, each read as
the run of two or three characters shaped as a name (``namemodel.score`` >= 0.75) between the
list's signs; the last one ends before what the sentence goes on with (工资, 等, 共, the
stop). A list whose items are not all name-shaped (装卸工人数、工种) is no such list and is left.

Cost: two finds (工, 、); then one regex whose first sign is the literal 工 (the engine's
prefix search, no scan of every sign), anchored reads at its few hits.
"""

from __future__ import annotations

import re

from . import namemodel as nm

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# the list after a trade's word's last 工 (a literal first: the engine's fast prefix search)
_CUE = re.compile(rf"工[{_H}]{{2,3}}、")
_TRADE_LIST = re.compile(
    rf"([{_H}]{{2,3}})((?:、[{_H}]{{2,3}})+?)(?=工资|工钱|劳务费|报酬|等|共|的|[，,。；;（(]|$)"
)
# a word ending in 工 that is no trade (员工 and 职工 are a unit's staff, the rest no persons)
_NOT_TRADE = frozenset("员职施竣开停用务招复完分加人")


def worker_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names listed after a worker's trade (module docstring)."""
    if "工" not in text or "、" not in text:
        return cands
    have = {(s, e) for s, e, kind, _ in cands if kind == "name"}
    add: list[Candidate] = []
    for cue in _CUE.finditer(text):
        at = cue.start()
        if at < 2 or not "\u4e00" <= text[at - 2] <= "\u9fff" or text[at - 1] in _NOT_TRADE:
            continue
        m = _TRADE_LIST.match(text, at + 1)
        if m is None:
            continue
        items, pos = [], m.start()
        for piece in (m.group(1), *m.group(2)[1:].split("、")):
            items.append((pos, pos + len(piece), piece))
            pos += len(piece) + 1
        if all(nm.score(p) >= 0.75 for _, _, p in items):
            add += [(s, e, "name", 0.8) for s, e, _ in items if (s, e) not in have]
    return cands + add if add else cands
