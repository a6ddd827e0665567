"""A run of staff after an office's section or panel as its label (issue 16, privfix27a, after
docs303).

A notice's contacts and a table's sign-off line name the office's staff after their section or
their panel: "县林业局林业改革发展股：A、B，电话0751-…", "考核组：C、D、E　制表：F". A single name
after such a label is read as the unit's contact or as acting in office by the label passes;
a run of two or more joined by 、 or 和 was read as a list of persons. The label is all of
theirs and their names are dropped (README lines 1–83: a unit's 联系人 with the unit's phone
and officials acting in office are not marked):

- a unit's section or body: the label ends in 股, 科, 室, 处, 局, 站, 所, 中心, 大队 or 中队
  (no 事务所: a law firm's lawyers are private persons), and the line gives no mobile
  (a contact's own mobile makes them a person to call, privfix19c);
- an office's panel for an act: 考核组, 检查组, 核查组, 验收组, 督查组, 督导组, 调查组,
  巡查组, 工作组 (not a 专家组 or a 评审组: a tender's review experts are private persons).

Kept: a run after a village group's or a household's label (某村民小组：A、B), a run with a
mobile on its line, a lone name (left to the label passes).

Speed: only names after "：" or ":" are looked at; the label is read back to the line's start
or the last tab, the rest of the line once per run.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_UNIT_ENDS = ("股", "科", "室", "处", "局", "站", "所", "中心", "大队", "中队")
_PANELS = frozenset("考核 检查 核查 验收 督查 督导 调查 巡查 工作".split())
_JOIN = frozenset("、和")
_MOBILE = "mobile"


def _label(text: str, colon: int) -> str:
    """The label ending at ``colon``: back to the line's start, a tab or a sentence's sign."""
    lo = colon
    while lo > 0 and text[lo - 1] not in "\n\t，。；;,|" and colon - lo < 40:
        lo -= 1
    return text[lo:colon].strip()


def _office_label(label: str) -> bool:
    if label.endswith("组") and label[-3:-1] in _PANELS:
        return True
    return label.endswith(_UNIT_ENDS) and not label.endswith("事务所")


def staff_panels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the runs of staff after an office's section or panel (module docstring)."""
    # the names after an office's label first (privspeed27b: the runs are read only then)
    heads = sorted(
        (c[0], c[1])
        for c in cands
        if c[2] == "name"
        and c[0] >= 2
        and text[c[0] - 1] in "：:"
        and _office_label(_label(text, c[0] - 1))
    )
    if not heads:
        return cands
    names = sorted((c[0], c[1]) for c in cands if c[2] == "name")
    if len(names) < 2:
        return cands
    by_start = dict(names)
    drop: set[tuple[int, int]] = set()
    for s, e in heads:
        run = [(s, e)]
        while text[e : e + 1] in _JOIN and e + 1 in by_start:
            run.append((e + 1, by_start[e + 1]))
            e = run[-1][1]
        if len(run) < 2:
            continue
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if any(c[2] == _MOBILE and e <= c[0] < le for c in cands):
            continue  # (林业站：A、B，手机138…: persons to call)
        drop.update(run)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in drop]
