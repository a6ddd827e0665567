"""Writes on plans and tasks: import, corrections, sending, publishing.

Progress reports and 督办 notices are in ``reporting.py``, suggestions in
``suggestions.py``. Every write is atomic and audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import require_role, require_unit
from gongkai.core.workdays import WorkCalendar
from gongkai.core.workflow import transition
from gongkai.supervision.matching import match_units
from gongkai.supervision.models import PLAN_TRANSITIONS, Plan, Task
from gongkai.supervision.planparse.types import ParsedPlan
from gongkai.supervision.rules import event_dates_of, task_deadline

OFFICE_ROLES = (Role.OFFICE,)
PLAN_EXTENSIONS = (".html", ".htm", ".txt", ".docx", ".xlsx")


def _unit_rows() -> list[tuple[int, str, int | None, str]]:
    return [tuple(r) for r in Unit.objects.values_list("id", "name", "parent_id", "kind")]  # type: ignore[misc]


def _check_office(actor, unit: Unit) -> None:
    if actor is None:  # the command line (gongkai plan-import)
        return
    require_role(actor, *OFFICE_ROLES)
    require_unit(actor, unit)


@transaction.atomic
def plan_create_from_import(
    *,
    actor,
    unit: Unit,
    year: int,
    parsed: ParsedPlan,
    event_dates: dict[str, dt.date] | None = None,
) -> Plan:
    """Store a parsed plan as a draft: units matched, due dates computed, names that match
    no unit recorded on the plan for the office to map."""
    _check_office(actor, unit)
    if not parsed.tasks:
        raise ValidationError("未能从文件中识别出任何任务，请检查文件内容或改用表格格式")
    names = list(dict.fromkeys(n for t in parsed.tasks for n in t.lead_units + t.partner_units))
    matches, unmatched = match_units(names, units=_unit_rows(), issuer_id=unit.pk)
    found = {m.name: [uid for uid, _name in m.units] for m in matches}
    plan = Plan.objects.create(
        unit=unit,
        year=year,
        title=(parsed.title or f"{year}年工作要点")[:300],
        issuer_text=parsed.issuer[:200],
        source_name=parsed.file.rsplit("/", 1)[-1][:300],
        unmatched_names=unmatched,
        event_dates={k: v.isoformat() for k, v in (event_dates or {}).items()},
        created_by=actor,
    )
    cal = WorkCalendar.current()
    lead_links, partner_links = [], []
    for order, pt in enumerate(parsed.tasks, start=1):
        deadline, recurrence = task_deadline(
            pt.deadline_text, year=year, cal=cal, event_dates=event_dates
        )
        task = Task(
            plan=plan,
            order=order,
            number=pt.no[:40],
            category=list(pt.category),
            requirement=pt.task,
            lead_names=list(pt.lead_units),
            partner_names=list(pt.partner_units),
            deadline_text=pt.deadline_text[:200],
            recurrence=recurrence,
            problems=list(pt.problems),
        )
        task.set_deadline(deadline)
        task.save()
        lead_links += [(task.pk, uid) for n in pt.lead_units for uid in found.get(n, [])]
        partner_links += [(task.pk, uid) for n in pt.partner_units for uid in found.get(n, [])]
    Task.lead_units.through.objects.bulk_create(
        [Task.lead_units.through(task_id=t, unit_id=u) for t, u in dict.fromkeys(lead_links)]
    )
    Task.partner_units.through.objects.bulk_create(
        [Task.partner_units.through(task_id=t, unit_id=u) for t, u in dict.fromkeys(partner_links)]
    )
    audit_record(
        actor=actor,
        action="supervision.plan_import",
        obj=plan,
        unit=unit,
        summary=f"导入工作计划《{plan.title}》：{len(parsed.tasks)}项任务，"
        f"{len(unmatched)}个单位名称待对应",
        changes={"tasks": len(parsed.tasks), "unmatched": unmatched},
    )
    return plan


def plan_upload(*, actor, unit: Unit, upload: UploadedFile, year: int | None = None) -> Plan:
    """Parse an uploaded plan file and store it as a draft (the workspace upload)."""
    import tempfile
    from pathlib import Path

    from gongkai.supervision.planparse import parse_file

    name = upload.name or "plan.txt"
    suffix = Path(name).suffix.lower()
    if suffix not in PLAN_EXTENSIONS:
        raise ValidationError(
            "只支持网页（.html）、文本（.txt）、Word（.docx）或 Excel（.xlsx）文件"
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"plan{suffix}"
        path.write_bytes(upload.read())
        try:
            parsed = parse_file(path)
        except Exception as exc:  # an unreadable file is the person's problem, not a 500
            raise ValidationError(f"无法读取该文件：{exc.__class__.__name__}") from exc
    parsed.file = name
    the_year = year or parsed.year or timezone.localdate().year
    plan = plan_create_from_import(actor=actor, unit=unit, year=the_year, parsed=parsed)
    upload.seek(0)
    plan.source_file.save(Path(name).name, upload, save=True)
    return plan


def _locked_plan(plan: Plan) -> Plan:
    return Plan.objects.select_for_update().get(pk=plan.pk)


def _units(ids: Iterable[int]) -> list[Unit]:
    ids = list(ids)
    units = list(Unit.objects.filter(pk__in=ids))
    if len(units) != len(set(ids)):
        raise ValidationError("所选单位不存在")
    return units


@transaction.atomic
def task_update(
    *,
    actor,
    task: Task,
    requirement: str,
    number: str,
    deadline_text: str,
    lead_unit_ids: Iterable[int],
    partner_unit_ids: Iterable[int],
    evidence_expected: str = "",
) -> Task:
    """Correct a task of a plan (any state; the change is audited)."""
    plan = _locked_plan(task.plan)
    _check_office(actor, plan.unit)
    requirement = (requirement or "").strip()
    if not requirement:
        raise ValidationError("具体要求不能为空")
    leads, partners = _units(lead_unit_ids), _units(partner_unit_ids)
    if plan.status != Plan.Status.DRAFT and not leads:
        raise ValidationError("已下发的任务必须有牵头单位")
    before = {
        "requirement": task.requirement[:200],
        "number": task.number,
        "deadline_text": task.deadline_text,
        "lead": sorted(task.lead_units.values_list("name", flat=True)),
        "partner": sorted(task.partner_units.values_list("name", flat=True)),
    }
    task.requirement, task.number = requirement, number.strip()[:40]
    task.evidence_expected = evidence_expected.strip()
    if deadline_text.strip() != task.deadline_text:
        task.deadline_text = deadline_text.strip()[:200]
        deadline, task.recurrence = task_deadline(
            task.deadline_text,
            year=plan.year,
            cal=WorkCalendar.current(),
            event_dates=event_dates_of(plan.event_dates),
        )
        task.set_deadline(deadline)
    task.save()
    task.lead_units.set(leads)
    task.partner_units.set(partners)
    after = {
        "requirement": task.requirement[:200],
        "number": task.number,
        "deadline_text": task.deadline_text,
        "lead": sorted(u.name for u in leads),
        "partner": sorted(u.name for u in partners),
    }
    audit_record(
        actor=actor,
        action="supervision.task_update",
        obj=task,
        unit=plan.unit,
        summary=f"修改任务{task.number or task.pk}",
        changes={k: [before[k], after[k]] for k in before if before[k] != after[k]},
    )
    return task


@transaction.atomic
def plan_map_name(*, actor, plan: Plan, name: str, unit_ids: Iterable[int]) -> Plan:
    """Map a unit name the plan writes, which matched nothing, to platform units: every
    task naming it gets those units as lead or partner as the plan says."""
    plan = _locked_plan(plan)
    _check_office(actor, plan.unit)
    if name not in plan.unmatched_names:
        raise ValidationError(f"“{name}”不在待对应的单位名称中")
    units = _units(unit_ids)
    if not units:
        raise ValidationError("请至少选择一个单位")
    touched = 0
    for task in plan.tasks.all():
        if name in task.lead_names:
            task.lead_units.add(*units)
            touched += 1
        if name in task.partner_names:
            task.partner_units.add(*units)
            touched += 1
    plan.unmatched_names = [n for n in plan.unmatched_names if n != name]
    plan.save(update_fields=["unmatched_names"])
    audit_record(
        actor=actor,
        action="supervision.plan_map_name",
        obj=plan,
        unit=plan.unit,
        summary=f"将“{name}”对应为{'、'.join(u.name for u in units)}（{touched}处）",
        changes={"name": name, "units": [u.pk for u in units]},
    )
    return plan


@transaction.atomic
def plan_update(
    *, actor, plan: Plan, title: str, period: str, level: str, event_dates: dict[str, str]
) -> Plan:
    plan = _locked_plan(plan)
    _check_office(actor, plan.unit)
    title = (title or "").strip()
    if not title:
        raise ValidationError("标题不能为空")
    if period not in Plan.Period.values:
        raise ValidationError("报送周期不正确")
    if level not in Plan.Level.values:
        raise ValidationError("层级不正确")
    changes = {}
    for field, value in (("title", title[:300]), ("period", period), ("level", level)):
        if getattr(plan, field) != value:
            changes[field] = [getattr(plan, field), value]
            setattr(plan, field, value)
    if event_dates_of(event_dates) != event_dates_of(plan.event_dates):
        changes["event_dates"] = [plan.event_dates, event_dates]
        plan.event_dates = {k: v.isoformat() for k, v in event_dates_of(event_dates).items()}
    plan.save()
    if "event_dates" in changes:
        _recompute_plan(plan)
    audit_record(
        actor=actor,
        action="supervision.plan_update",
        obj=plan,
        unit=plan.unit,
        summary=f"修改工作计划《{plan.title}》",
        changes=changes,
    )
    return plan


def _recompute_plan(plan: Plan) -> None:
    cal = WorkCalendar.current()
    events = event_dates_of(plan.event_dates)
    for task in plan.tasks.all():
        deadline, task.recurrence = task_deadline(
            task.deadline_text, year=plan.year, cal=cal, event_dates=events
        )
        task.set_deadline(deadline)
        task.save()


@transaction.atomic
def plan_send(*, actor, plan: Plan) -> Plan:
    """下发: the units see their tasks and start reporting."""
    plan = _locked_plan(plan)
    _check_office(actor, plan.unit)
    target = transition(plan, "send", PLAN_TRANSITIONS)
    if plan.unmatched_names:
        raise ValidationError(
            "还有单位名称未对应到平台单位，请先处理：" + "、".join(plan.unmatched_names)
        )
    missing = plan.tasks.filter(lead_units__isnull=True).values_list("number", flat=True)
    if missing:
        raise ValidationError(
            f"有{len(missing)}项任务没有牵头单位（序号：{'、'.join(n or '无' for n in missing[:10])}），请先指定"
        )
    plan.status, plan.sent_at = target, timezone.now()
    plan.save(update_fields=["status", "sent_at"])
    audit_record(
        actor=actor,
        action="supervision.plan_send",
        obj=plan,
        unit=plan.unit,
        summary=f"下发工作计划《{plan.title}》",
        changes={"status": [Plan.Status.DRAFT, target]},
    )
    return plan


@transaction.atomic
def plan_publish(*, actor, plan: Plan) -> Plan:
    """Publish the task table on the 政务公开工作 column."""
    plan = _locked_plan(plan)
    _check_office(actor, plan.unit)
    before = plan.status
    plan.status = transition(plan, "publish", PLAN_TRANSITIONS)
    plan.published_at = plan.published_at or timezone.now()
    plan.save(update_fields=["status", "published_at"])
    audit_record(
        actor=actor,
        action="supervision.plan_publish",
        obj=plan,
        unit=plan.unit,
        summary=f"公开工作计划《{plan.title}》任务分解表",
        changes={"status": [before, plan.status]},
    )
    return plan


def recompute_tasks(years: set[int]) -> int:
    """Recomputer: open dated tasks of plans in ``years`` (calendar loaded or changed)."""
    from gongkai.core.deadlines import recompute_open

    def compute(task, cal):
        if task.recurrence:
            return None
        return task_deadline(
            task.deadline_text,
            year=task.plan.year,
            cal=cal,
            event_dates=event_dates_of(task.plan.event_dates),
        )[0]

    qs = (
        Task.objects.filter(plan__year__in=years, due__isnull=False)
        .exclude(status="done")
        .select_related("plan")
    )
    return recompute_open(qs, compute, audit_action="supervision.task_recompute")
