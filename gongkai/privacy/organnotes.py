"""Persons noted by a public organ alone, one or several before the note (issue 16,
privfix24b): "刘某、陈某（某县人民法院执行局）", "吴某（某县公安局某派出所）".

A register of searches, visits or deliveries names an organ's officers with their organ in
a bracket after them — a court's enforcement officers querying a register, police serving
a paper. The held-out convention reads a person noted by an organ alone (``X（村委会）``, privfix18b)
as standing for it; ``footers.official_in_note`` reads a note of a committee, a town's
government or a police station right after one name. Here the note may name any court,
procuratorate, public security or justice organ or government office with its department
(…人民法院执行局, …公安局刑侦大队, …司法局, …人民政府办公室), and it covers every name of the
run joined by 、 or ， before it. A note naming a company, a firm or a person's relation
(律师事务所, 公司, 之子) is no organ's, and its persons stay; so is a note with a post after the
organ (某镇人民政府干部, 某派出所民警: an honours list's or a selection's note, read by
``servicestaff`` and ``officenames``) or opening with 系. Only cells of a delimited register
(three bars or tabs on the line) are read, not prose.

Cost: only a text holding one of the organs' words is read, by the notes that follow a name.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_CUES = ("法院", "检察院", "公安", "派出所", "司法", "人民政府", "办事处")
# the note: the organ, then at most its department (执行局, 刑侦大队, 办公室), closing the bracket
# — no post after it (民警, 干部: an honour's or a selection's note, read by other passes)
_NOTE = re.compile(
    r"[（(](?!系)[\u4e00-\u9fff]{0,16}?(?:人民法院|人民检察院|公安局|公安分局|派出所|司法局|司法所|"
    r"人民政府|街道办事处)(?:[\u4e00-\u9fff]{0,8}?(?:局|庭|大队|中队|所|科|室|处|办公室))?[）)]"
)
_PRIVATE = re.compile(r"律师|公司|事务所|之[子女妻夫]|家属|亲属")
_JOIN = frozenset("、，,")


def _in_row(text: str, start: int) -> bool:
    """Whether ``start`` stands in a cell of a delimited row (a register, not prose)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls : le if le >= 0 else len(text)]
    return line.count("|") + line.count("\t") + line.count("｜") >= 3


def organ_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of a run noted by a public organ alone."""
    if not any(cue in text for cue in _CUES):
        return cands
    names = sorted((c[0], c[1]) for c in cands if c[2] == "name")
    if not names:
        return cands
    drop: set[tuple[int, int]] = set()
    by_end = {e: s for s, e in names}
    for s, e in names:
        if not _in_row(text, s):
            continue
        m = _NOTE.match(text, e)
        if m is None or _PRIVATE.search(m.group()):
            continue
        run = [(s, e)]
        at = s
        while text[at - 1 : at] in _JOIN:
            prev = by_end.get(at - 1)
            if prev is None:
                break
            run.append((prev, at - 1))
            at = prev
        drop.update(run)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in drop]
