"""A run of the office's staff after the post that names their act (issue 16, privfix26e,
after docs301).

A decision or a reply tells who of the office did a step of the case: "由复议审查人员A、B进行
了书面审查", "经核查人员C和D入户核实". A single name after such a post (审查人员X) is read
as acting in office by the label passes; a run of two or more joined by 、, 和 or 及 was read
as a list of persons, its members found one by one. The post before the run is all of
theirs: the run's names are dropped. The post is an act of an office (``headerroles.ACTS``:
审查, 复核, 核查, 调查, 受理 …) and 人员; a party marked by 被 or 受 before it (被调查人员,
受审查人员) keeps its persons.

Cost: only the two characters before each found name are looked at (人员), the post matched
only there.
"""

from __future__ import annotations

import re

from .headerroles import ACTS

Candidate = tuple[int, int, str, float]

_POST = re.compile(rf"(?<![被受])(?:{ACTS})人员$")
_JOIN = frozenset("、和及")


def staff_runs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the runs of names after an office's post of an act (module docstring)."""
    names = sorted((c[0], c[1]) for c in cands if c[2] == "name")
    by_start = {s: e for s, e in names}
    drop: set[tuple[int, int]] = set()
    for s, e in names:
        if s < 4 or text[s - 2 : s] != "人员" or not _POST.search(text, s - 8 if s > 8 else 0, s):
            continue
        run = [(s, e)]
        while text[e : e + 1] in _JOIN and e + 1 in by_start:
            s2 = e + 1
            e = by_start[s2]
            run.append((s2, e))
        if len(run) > 1:
            drop.update(run)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in drop]
