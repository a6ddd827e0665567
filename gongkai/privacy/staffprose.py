"""An office's staff named in the prose of its own letter or opinion (issue 16, privfix26b,
docs298).

A review opinion, a reply or a work order tells who of the office did what, in two forms:

- the names put in apposition to a count of the office's staff, the office assigning them
  or its part before them: "指派A、B两名工作人员进行了入户核查", "由执法大队C、D二名执法人员
  现场检查", "派出E等三名工作人员" — they act in office;
- a name between its public unit and 同志: "帮扶责任人为县交通运输局X同志", "可联系某镇社会
  事务办公室Y同志" — an official of that unit, as a unit's contact is.

Such names are dropped. A count of other persons (两名村民, 三名工人), a run no office assigns
nor a unit leads ("致A、B两名工作人员受伤": the run after a verb of harm), and 同志 after no
unit (an honours list's "授予X同志", a reply's "X同志：您好") keep their names.

Cost: no walk of the text (its cue words, 同志 and 工作人员, lead by common characters, cost the
cue index more than the pass): only the character after each found name is looked at, and
the count or 同志 matched only where that character can open them.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# the first character of a count after a name (等, 两, 二, 三 … or a digit)
_COUNT_LEAD = frozenset("等两二三四五六七八九十0123456789")
# the count in apposition after the run: (等)N名工作人员
_COUNT = re.compile(
    r"等?(?:[两二三四五六七八九十]|\d{1,2})(?:名|位|个)(?:工作人员|执法人员|办案人员)"
)
# what stands before the run: the office assigning them, or its part
_LEAD = re.compile(
    r"(?:指派|委派|派出|选派|抽调|安排|派|由|组织)$"
    r"|(?:局|办公室|办|政府|委员会|所|站|中心|大队|中队|股|科)$"
)
# a public unit right before a name with 同志 after it
_UNIT_END = re.compile(r"(?:局|办公室|办|政府|委员会|所|站|大队|中队|股|科|处)$")
_JOIN = frozenset("、和及")


def staff_prose(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the office's staff named in its prose (module docstring)."""
    names = sorted((c[0], c[1]) for c in cands if c[2] == "name")
    by_end = {e: s for s, e in names}
    drop: set[tuple[int, int]] = set()
    for s, e in names:
        after = text[e : e + 1]
        if after == "同" and text.startswith("同志", e):
            if _UNIT_END.search(text, s - 3 if s > 3 else 0, s):
                drop.add((s, e))
            continue
        if after not in _COUNT_LEAD or _COUNT.match(text, e) is None:
            continue
        run = [(s, e)]
        at = s
        while text[at - 1 : at] in _JOIN and (at - 1) in by_end:
            prev = by_end[at - 1]
            run.append((prev, at - 1))
            at = prev
        if _LEAD.search(text, at - 4 if at > 4 else 0, at):
            drop.update(run)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in drop]
