"""Reads: which tasks a person sees, the overview, the public rows, the report feed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from gongkai.core import sites
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import is_staff_member, visible_units
from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem
from gongkai.supervision.models import Notice, Plan, Progress, ProgressStatus, Publication, Task
from gongkai.supervision.periods import period_label, period_of, previous_period, report_due

LIVE = (Plan.Status.SENT, Plan.Status.PUBLISHED)


def is_office(user) -> bool:
    return is_staff_member(user) and (user.is_superuser or user.role == Role.OFFICE)


def plans_for_user(user) -> QuerySet[Plan]:
    """Office: the plans of its subtree (drafts too); other staff: sent plans with a task
    of their unit."""
    if not is_staff_member(user):
        return Plan.objects.none()
    if user.is_superuser:
        return Plan.objects.all()
    if user.role == Role.OFFICE:
        return Plan.objects.filter(unit__path__startswith=user.unit.path)
    mine = Task.objects.filter(Q(lead_units=user.unit_id) | Q(partner_units=user.unit_id))
    return Plan.objects.filter(status__in=LIVE, pk__in=mine.values("plan_id"))


def tasks_for_user(user) -> QuerySet[Task]:
    """A unit sees only the tasks it leads or co-operates on (of sent plans); the office
    sees every task of its plans."""
    if not is_staff_member(user):
        return Task.objects.none()
    if user.is_superuser:
        return Task.objects.all()
    if user.role == Role.OFFICE:
        return Task.objects.filter(plan__unit__path__startswith=user.unit.path)
    ids = Task.objects.filter(
        Q(lead_units=user.unit_id) | Q(partner_units=user.unit_id), plan__status__in=LIVE
    ).values("pk")
    return Task.objects.filter(pk__in=ids)


def task_for_user(user, pk: int) -> Task:
    task = tasks_for_user(user).select_related("plan", "plan__unit").filter(pk=pk).first()
    if task is None:
        raise Http404("未找到该任务，或您无权访问")
    return task


def plan_for_user(user, pk: int) -> Plan:
    plan = plans_for_user(user).select_related("unit").filter(pk=pk).first()
    if plan is None:
        raise Http404("未找到该计划，或您无权访问")
    return plan


def reporting_units(user, task: Task) -> list[Unit]:
    """Units on whose behalf ``user`` may report on ``task``."""
    units = list(task.lead_units.all()) + list(task.partner_units.all())
    allowed = {u.pk for u in visible_units(user)} if is_office(user) else {user.unit_id}
    return [u for u in dict.fromkeys(units) if u.pk in allowed]


def task_units() -> Prefetch:
    return Prefetch("lead_units", queryset=Unit.objects.only("id", "name", "short_name"))


@dataclass
class OverviewRow:
    task: Task
    leads: list[tuple[int, str]]  # (id, name) of the lead units
    partners: list[tuple[int, str]]
    overdue: bool
    reported: bool
    # what the table shows, computed once here rather than looked up cell by cell in the
    # template (a page of rows is the page's main cost)
    leads_text: str = ""
    partners_text: str = ""
    status_label: str = ""
    excerpt: str = ""
    due_text: str = ""


#: what a row of the task table shows
ROW_FIELDS = ("id", "plan_id", "order", "number", "requirement", "deadline_text", "due", "status")


def overview_queryset(
    tasks: QuerySet[Task],
    *,
    period: str,
    unit_id: int | None = None,
    status: str = "",
    only_overdue: bool = False,
    only_unreported: bool = False,
    today: dt.date | None = None,
) -> QuerySet[Task]:
    """The filtered task table, annotated with this period's ``reported`` flag."""
    today = today or timezone.localdate()
    qs = tasks.filter(plan__status__in=LIVE)
    if unit_id:
        qs = qs.filter(
            pk__in=Task.objects.filter(Q(lead_units=unit_id) | Q(partner_units=unit_id)).values(
                "pk"
            )
        )
    if status in ProgressStatus.values:
        qs = qs.filter(status=status)
    qs = qs.annotate(reported=Exists(Progress.objects.filter(task=OuterRef("pk"), period=period)))
    if only_overdue:
        qs = qs.filter(due__lt=today).exclude(status=ProgressStatus.DONE)
    if only_unreported:
        qs = qs.filter(reported=False).exclude(status=ProgressStatus.DONE)
    return qs.only(*ROW_FIELDS).order_by("plan_id", "order", "id")


def _unit_names(through, task_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """task id → [(unit id, name)] from an M2M table, as plain values (no model objects)."""
    out: dict[int, list[tuple[int, str]]] = {}
    rows = (
        through.objects.filter(task_id__in=task_ids)
        .order_by("id")
        .values_list("task_id", "unit_id", "unit__name")
    )
    for task_id, unit_id, name in rows:
        out.setdefault(task_id, []).append((unit_id, name))
    return out


def overview_rows(tasks, today: dt.date | None = None) -> list[OverviewRow]:
    """Rows for a page of ``overview_queryset``: three queries whatever the size."""
    today = today or timezone.localdate()
    tasks = list(tasks)
    ids = [t.pk for t in tasks]
    leads = _unit_names(Task.lead_units.through, ids)
    partners = _unit_names(Task.partner_units.through, ids)
    labels = dict(ProgressStatus.choices)
    rows = []
    for t in tasks:
        lead, partner = leads.get(t.pk, []), partners.get(t.pk, [])
        text = t.requirement
        rows.append(
            OverviewRow(
                task=t,
                leads=lead,
                partners=partner,
                overdue=bool(t.due and t.due < today and t.status != ProgressStatus.DONE),
                reported=t.reported,
                leads_text="、".join(name for _i, name in lead),
                partners_text="、".join(name for _i, name in partner),
                status_label=str(labels.get(t.status, "")),
                excerpt=text if len(text) <= 80 else text[:79] + "…",
                due_text=t.due.isoformat() if t.due else "",
            )
        )
    return rows


def overview(
    tasks: QuerySet[Task], *, period: str, limit: int | None = None, **filters
) -> list[OverviewRow]:
    qs = overview_queryset(tasks, period=period, **filters)
    return overview_rows(qs[:limit] if limit else qs, today=filters.get("today"))


def unit_summary(qs: QuerySet[Task], today: dt.date | None = None) -> list[dict]:
    """Per lead unit: tasks, each status, overdue — one GROUP BY query."""
    from django.db.models import Count

    today = today or timezone.localdate()
    through = Task.lead_units.through
    s = ProgressStatus
    rows = (
        through.objects.filter(task__in=qs.order_by().values("pk"))
        .values("unit_id", "unit__name")
        .annotate(
            total=Count("task_id"),
            done=Count("task_id", filter=Q(task__status=s.DONE)),
            in_progress=Count("task_id", filter=Q(task__status=s.IN_PROGRESS)),
            not_started=Count("task_id", filter=Q(task__status=s.NOT_STARTED)),
            ongoing=Count("task_id", filter=Q(task__status=s.ONGOING)),
            overdue=Count("task_id", filter=Q(task__due__lt=today) & ~Q(task__status=s.DONE)),
        )
        .order_by("-overdue", "unit__name")
    )
    return [dict(r) for r in rows]


def status_counts(qs: QuerySet[Task]) -> dict[str, int]:
    """Tasks per status in one GROUP BY query (their sum is the number of tasks)."""
    from django.db.models import Count

    rows = qs.order_by().values("status").annotate(n=Count("id"))
    counts = {str(label): 0 for _v, label in ProgressStatus.choices}
    for r in rows:
        counts[str(ProgressStatus(r["status"]).label)] = r["n"]
    return counts


def current_period(plan: Plan, today: dt.date | None = None) -> str:
    return period_of(today or timezone.localdate(), plan.period)


def missing_reports(unit_id: int, today: dt.date | None = None) -> list[dict]:
    """Per sent plan: the unit's unfinished tasks without a report for the current period
    (due at its end) and for the last ended period (overdue) — for the to-do list."""
    today = today or timezone.localdate()
    out = []
    mine = Task.objects.filter(
        Q(lead_units=unit_id) | Q(partner_units=unit_id),
        plan__status__in=LIVE,
        plan__year=today.year,
    ).exclude(status=ProgressStatus.DONE)
    plans = Plan.objects.filter(pk__in=mine.values("plan_id"))
    for plan in plans:
        cur = period_of(today, plan.period)
        prev = previous_period(cur, plan.period)
        for period in (prev, cur):
            if not period.startswith(str(plan.year)):
                continue
            done = Progress.objects.filter(unit_id=unit_id, period=period).values("task_id")
            count = mine.filter(plan=plan).exclude(pk__in=done).values("pk").distinct().count()
            if count:
                out.append(
                    {"plan": plan, "period": period, "count": count, "due": report_due(period)}
                )
    return out


def unit_evidence_items(unit: Unit, limit: int = 200) -> QuerySet[InformationItem]:
    return InformationItem.objects.filter(
        unit=unit, status__in=PUBLIC_STATUSES, attribute=InformationItem.Attribute.PROACTIVE
    ).only("id", "title", "published_at")[:limit]


def task_reports(task: Task) -> QuerySet[Progress]:
    return (
        Progress.objects.filter(task=task)
        .select_related("unit", "reported_by")
        .prefetch_related(
            Prefetch("evidence_items", queryset=InformationItem.objects.only("id", "title")),
            "files",
        )
        .order_by("-period", "unit__name")
    )


def partner_reports(task: Task, period: str) -> list[Progress]:
    """The partners' reports of ``period``, which the lead unit's report gathers."""
    leads = task.lead_units.values("pk")
    return list(
        Progress.objects.filter(task=task, period=period)
        .exclude(unit__in=leads)
        .select_related("unit")
        .order_by("unit__name")
    )


def task_notices(task: Task) -> QuerySet[Notice]:
    return Notice.objects.filter(task=task).select_related("unit", "issued_by")


def public_progress_rows(plan: Plan, period: str) -> list[dict]:
    """Public rows: task, lead units, the lead units' public progress and evidence links.
    Internal notes are never read here."""
    tasks = plan.tasks.prefetch_related(
        Prefetch("lead_units", queryset=Unit.objects.only("id", "name"))
    ).order_by("order", "id")
    reports: dict[int, list[Progress]] = {}
    qs = (
        Progress.objects.filter(task__plan=plan, period=period)
        .only("id", "task_id", "unit_id", "status", "text")
        .prefetch_related(
            Prefetch(
                "evidence_items",
                queryset=InformationItem.objects.filter(
                    status__in=PUBLIC_STATUSES, attribute=InformationItem.Attribute.PROACTIVE
                ).only("id", "title"),
            )
        )
    )
    for p in qs:
        reports.setdefault(p.task_id, []).append(p)
    rows = []
    for t in tasks:
        leads = list(t.lead_units.all())
        lead_ids = {u.pk for u in leads}
        names = {u.pk: u.name for u in leads}
        rows.append(
            {
                "no": t.number,
                "category": " › ".join(t.category),
                "task": t.requirement,
                "lead": "、".join(names.values()),
                "deadline": t.deadline_text,
                "reports": [
                    {
                        "unit": names[p.unit_id],
                        "status": str(ProgressStatus(p.status).label),
                        "text": p.text,
                        "evidence": [
                            {"title": i.title, "url": i.get_absolute_url()}
                            for i in p.evidence_items.all()
                        ],
                    }
                    for p in reports.get(t.pk, [])
                    if p.unit_id in lead_ids
                ],
            }
        )
    return rows


def published_plans() -> QuerySet[Plan]:
    return sites.scope(Plan.objects.filter(status=Plan.Status.PUBLISHED).select_related("unit"))


def published_plan(pk: int) -> Plan:
    plan = published_plans().filter(pk=pk).first()
    if plan is None:
        raise Http404("未找到该工作计划")
    return plan


def plan_publications(plan: Plan) -> QuerySet[Publication]:
    return plan.publications.defer("rows")


def plan_table(plan: Plan) -> list[Task]:
    return list(
        plan.tasks.prefetch_related(
            Prefetch("lead_units", queryset=Unit.objects.only("id", "name")),
            Prefetch("partner_units", queryset=Unit.objects.only("id", "name")),
        ).order_by("order", "id")
    )


def latest_progress(plan: Plan) -> dict[int, Progress]:
    """The lead units' latest report per task (for the exports' 进展情况 column)."""
    out: dict[int, Progress] = {}
    qs = (
        Progress.objects.filter(task__plan=plan, task__lead_units=F("unit"))
        .select_related("unit")
        .order_by("period", "id")
    )
    for p in qs:
        out[p.task_id] = p
    return out


def annual_report_summary(unit: Unit, year: int) -> dict:
    """Feed for the annual report: section 五's unfinished tasks, section 六's summary."""
    plans = Plan.objects.filter(unit=unit, year=year, status__in=LIVE)
    tasks = Task.objects.filter(plan__in=plans)
    total = tasks.count()
    end = dt.date(year, 12, 31)
    today = min(timezone.localdate(), end)
    done = tasks.filter(status=ProgressStatus.DONE).count()
    ongoing = tasks.filter(status=ProgressStatus.ONGOING).count()
    overdue = tasks.filter(due__lt=today).exclude(status=ProgressStatus.DONE).count()
    unfinished = list(
        tasks.exclude(status__in=(ProgressStatus.DONE, ProgressStatus.ONGOING))
        .order_by("plan_id", "order")
        .values_list("number", "requirement", "status")
    )
    return {
        "plans": [p.title for p in plans],
        "total": total,
        "done": done,
        "ongoing": ongoing,
        "overdue": overdue,
        "unfinished": [
            {"no": n, "task": r, "status": str(ProgressStatus(s).label)} for n, r, s in unfinished
        ],
    }


def report_problems_text(unit: Unit, year: int) -> str:
    s = annual_report_summary(unit, year)
    if not s["unfinished"]:
        return ""
    lines = [f"年度工作要点中尚有{len(s['unfinished'])}项任务未完成："]
    for i, row in enumerate(s["unfinished"][:30], start=1):
        lines.append(f"{i}. {row['task'][:80]}（{row['status']}）")
    lines.append("下一步将逐项明确责任单位和完成时限，加强督办，确保按期完成。")
    return "\n".join(lines)


def report_summary_text(unit: Unit, year: int) -> str:
    s = annual_report_summary(unit, year)
    if not s["total"]:
        return ""
    return (
        f"{'、'.join('《' + t + '》' for t in s['plans'])}贯彻落实情况：共分解任务{s['total']}项，"
        f"已完成{s['done']}项，长期坚持{s['ongoing']}项，逾期未完成{s['overdue']}项。"
    )


def label(period: str) -> str:
    return period_label(period)


def open_notices(unit_id: int) -> QuerySet[Notice]:
    return Notice.objects.filter(unit_id=unit_id, answered_at__isnull=True).only(
        "id", "year", "seq", "task_id", "due", "due_provisional"
    )


# --- reads behind the pages and the API -------------------------------------------------


def upload_units(user) -> tuple[QuerySet[Unit], QuerySet[Unit]]:
    """(the units the office may upload a plan for, the ones offered first: governments
    when there are any)."""
    units = visible_units(user)
    return units, units.filter(kind=Unit.Kind.GOVERNMENT) or units


def unit_among(units: QuerySet[Unit], pk) -> Unit | None:
    return units.filter(pk=pk).first()


def staff_unit(user, pk) -> Unit | None:
    """A unit the user may act for, or None."""
    return visible_units(user).filter(pk=pk).first()


def unit_by_id(pk) -> Unit | None:
    return Unit.objects.filter(pk=pk).first()


def all_units() -> QuerySet[Unit]:
    """Every unit, by place in the tree (the choices of lead and partner units)."""
    return Unit.objects.only("id", "name").order_by("path")


def staff_units_brief(user) -> QuerySet[Unit]:
    return visible_units(user).only("id", "name")


def live_tasks_for_user(user) -> QuerySet[Task]:
    return tasks_for_user(user).filter(plan__status__in=LIVE)


def live_plans_for_user(user) -> QuerySet[Plan]:
    return plans_for_user(user).filter(status__in=LIVE)


def overview_scope(user, plan_id: str) -> tuple[QuerySet[Plan], QuerySet[Task], str]:
    """(the live plans, the tasks of the chosen plan or of all, the chosen plan's period
    kind) for the office's overview."""
    plans = live_plans_for_user(user)
    tasks = tasks_for_user(user)
    kind = "quarterly"
    if plan_id.isdigit():
        tasks = tasks.filter(plan_id=int(plan_id))
        chosen = plans.filter(pk=int(plan_id)).first()
        kind = chosen.period if chosen else kind
    return plans, tasks, kind


def notice_for_user(user, pk: int) -> Notice:
    """A notice of a task the user sees; a unit's staff see only the notices to them."""
    n = (
        Notice.objects.select_related("task", "task__plan", "task__plan__unit", "unit")
        .filter(pk=pk)
        .first()
    )
    if n is None:
        raise Http404("未找到该督办单")
    task_for_user(user, n.task_id)
    if not is_office(user) and n.unit_id != user.unit_id:
        raise Http404("未找到该督办单")
    return n


def evidence_file_for_user(user, pk: int):
    """An evidence file, for those who may see its task (files are private)."""
    from gongkai.supervision.models import EvidenceFile

    f = EvidenceFile.objects.select_related("progress").filter(pk=pk).first()
    if f is None:
        raise Http404("未找到该文件")
    task_for_user(user, f.progress.task_id)
    return f


def plan_publication(plan: Plan, pk: int) -> Publication | None:
    return plan.publications.filter(pk=pk).first()


def published_plans_of(year: int | None = None) -> QuerySet[Plan]:
    qs = published_plans()
    return qs.filter(year=year) if year else qs
