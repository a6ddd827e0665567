"""Coverage of the 基层政务公开标准目录 for one unit: every published standard row
(``registers.StandardEntry``) is judged by its own fields.

- 公开层级: a row applies when its level is the unit's (``standard_subject.unit_level``);
- 公开主体: a row is the unit's when its subject names the unit
  (``standard_subject.subject_matches``); only content the unit itself published counts,
  and a column filled by other units only is 公开主体不符;
- 公开方式: 依申请公开 rows are listed but never counted as gaps; 主动公开 rows (and rows
  marked both) are expected to have items in the row's catalogue column (or below it);
- 公开时限: read by ``time_limits.parse`` and applied by ``time_limits.judge``; the rule
  that produced each judgement is kept on the status, and an unreadable 时限 is shown as
  时限无法识别 rather than guessed.

Reads only: one query for the rows, one for the units, one for the column tree and one
for the items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone

from gongkai.core.models import Unit
from gongkai.core.workdays import WorkCalendar
from gongkai.reports import standard_subject as subj
from gongkai.reports import time_limits as tl

VERDICTS = {
    # code: (label, badge class, counted as a gap)
    "ok": ("符合", "ok", False),
    "late": ("超时限公开", "warning", True),
    "outdated": ("未按时限更新", "danger", True),
    "missing": ("缺项：栏目内无已公开信息", "danger", True),
    "other_subject": ("公开主体不符", "danger", True),
    "unknown": (tl.UNKNOWN_LABEL, "warning", False),
    "no_node": ("未对应目录栏目", "warning", True),
    "on_request": ("依申请公开，不计入缺项", "", False),
}
LEVEL_LABELS = {subj.COUNTY: "县级", subj.TOWNSHIP: "乡级"}


@dataclass
class StandardStatus:
    entry: object
    limit: tl.TimeLimit
    subject_part: str
    verdict: str
    explanation: str
    count: int = 0
    last: dt.date | None = None
    late: int = 0
    undated: int = 0
    others: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return VERDICTS[self.verdict][0]

    @property
    def badge(self) -> str:
        return VERDICTS[self.verdict][1]

    @property
    def gap(self) -> bool:
        return VERDICTS[self.verdict][2]

    @property
    def judged(self) -> bool:
        return self.verdict != "on_request"


@dataclass
class StandardReport:
    unit: Unit
    level: str
    today: dt.date
    statuses: list[StandardStatus]
    other_level: int = 0
    other_subject: int = 0

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    @property
    def judged(self) -> list[StandardStatus]:
        return [s for s in self.statuses if s.judged]

    @property
    def gaps(self) -> list[StandardStatus]:
        return [s for s in self.statuses if s.gap]

    @property
    def ok_count(self) -> int:
        return sum(1 for s in self.statuses if s.verdict == "ok")

    @property
    def unknown_count(self) -> int:
        return sum(1 for s in self.statuses if s.verdict == "unknown")

    @property
    def on_request_count(self) -> int:
        return sum(1 for s in self.statuses if s.verdict == "on_request")

    @property
    def ratio(self) -> str:
        judged = [s for s in self.judged if s.verdict != "unknown"]
        return f"{self.ok_count / len(judged):.1%}" if judged else "—"


def unit_facts(unit: Unit) -> subj.UnitFacts:
    ids = [int(x) for x in unit.path.strip("/").split("/") if x.isdigit()] or [unit.pk]
    kinds = dict(Unit.objects.filter(pk__in=ids).values_list("pk", "kind"))
    level = subj.unit_level([kinds.get(i, "") for i in ids])
    return subj.UnitFacts(unit.name, unit.short_name, unit.kind, level)


def _subtrees(node_ids: set[int]) -> dict[int, set[int]]:
    """Each node with every node below it."""
    node_model = apps.get_model("publishing", "CatalogueNode")
    children: dict[int | None, list[int]] = {}
    for pk, parent in node_model.objects.values_list("pk", "parent_id"):
        children.setdefault(parent, []).append(pk)
    out = {}
    for root in node_ids:
        seen, stack = set(), [root]
        while stack:
            n = stack.pop()
            if n not in seen:
                seen.add(n)
                stack.extend(children.get(n, []))
        out[root] = seen
    return out


def _items(node_ids: set[int]) -> list[dict]:
    from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem

    if not node_ids:
        return []
    return list(
        InformationItem.objects.filter(
            catalogue_node_id__in=node_ids,
            status__in=PUBLIC_STATUSES,
            attribute=InformationItem.Attribute.PROACTIVE,
            published_at__isnull=False,
        ).values("unit_id", "unit__name", "catalogue_node_id", "formed_on", "written_on",
                 "published_at")
    )  # fmt: skip


def _rows(unit: Unit):
    if not apps.is_installed("gongkai.registers"):
        return []
    model = apps.get_model("registers", "StandardEntry")
    root = unit.path.strip("/").split("/")[0] if unit.path else str(unit.pk)
    return list(
        model.objects.filter(status="published", unit__path__startswith=f"/{root}/")
        .select_related("node")
        .order_by("area", "node_id", "id")
    )


def report(
    unit: Unit, today: dt.date | None = None, cal: WorkCalendar | None = None
) -> StandardReport:
    """The standard-catalogue judgement of ``unit``'s duties."""
    today = today or timezone.localdate()
    cal = cal or WorkCalendar.current()
    facts = unit_facts(unit)
    out = StandardReport(unit=unit, level=facts.level, today=today, statuses=[])
    mine = []
    for row in _rows(unit):
        if not subj.level_applies(row.level, facts.level):
            out.other_level += 1
            continue
        part = subj.subject_matches(row.subject, facts)
        if not part:
            out.other_subject += 1
            continue
        mine.append((row, part))
    facts_of: dict[int, subj.UnitFacts] = {}
    trees = _subtrees({row.node_id for row, _ in mine if row.node_id})
    items = _items(set().union(*trees.values()) if trees else set())
    for row, part in mine:
        limit = tl.parse(row.time_limit)
        if row.mode == "request":
            out.statuses.append(StandardStatus(
                row, limit, part, "on_request", "公开方式为依申请公开，栏目无信息不算缺项",
            ))  # fmt: skip
            continue
        if not row.node_id:
            out.statuses.append(StandardStatus(
                row, limit, part, "no_node", "该事项未关联目录栏目，请在标准目录中补充对应栏目",
            ))  # fmt: skip
            continue
        column = trees[row.node_id]
        here = [i for i in items if i["catalogue_node_id"] in column]
        own = [i for i in here if i["unit_id"] == unit.pk]
        others = sorted({i["unit__name"] for i in here if i["unit_id"] != unit.pk})
        published = [
            tl.Published(i["formed_on"] or i["written_on"], timezone.localdate(i["published_at"]))
            for i in own
        ]
        status = StandardStatus(
            row, limit, part, "ok", "", count=len(own), others=others,
            last=max((p.published for p in published), default=None),
        )  # fmt: skip
        if not own:
            others_facts = {i["unit_id"]: None for i in here if i["unit_id"] != unit.pk}
            for pk in others_facts:
                others_facts[pk] = facts_of.setdefault(pk, unit_facts(Unit.objects.get(pk=pk)))
            by_subject = any(subj.subject_matches(row.subject, x) for x in others_facts.values())
            if others and not by_subject:
                status.verdict = "other_subject"
                status.explanation = (
                    f"栏目“{row.node.name}”内的信息由{'、'.join(others[:3])}发布，"
                    f"不是公开主体（{row.subject}）"
                )
            else:
                status.verdict = "missing"
                status.explanation = f"栏目“{row.node.name}”内没有本单位已公开的信息" + (
                    f"（仅有同为公开主体的{'、'.join(others[:3])}发布的信息）" if others else ""
                )
            out.statuses.append(status)
            continue
        t = tl.judge(limit, published, today, cal)
        status.verdict = t.verdict if t.verdict in VERDICTS else "ok"
        status.explanation, status.late, status.undated = t.explanation, t.late, t.undated
        out.statuses.append(status)
    return out
