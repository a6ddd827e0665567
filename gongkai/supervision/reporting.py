"""Writes on progress: a unit's report, 督办 notices and their answers, the published
progress of a period. Every write is atomic and audited."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit
from gongkai.core.permissions import require_role, require_unit
from gongkai.core.workdays import deadline as workday_deadline
from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem
from gongkai.supervision import selectors
from gongkai.supervision.models import (
    EvidenceFile,
    Notice,
    Plan,
    Progress,
    ProgressStatus,
    Publication,
    Task,
)
from gongkai.supervision.periods import period_bounds, period_label, period_of
from gongkai.supervision.rules import NOTICE_REPLY_WORKDAYS
from gongkai.supervision.services import OFFICE_ROLES

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


def _responsible(task: Task, unit: Unit) -> str:
    if task.lead_units.filter(pk=unit.pk).exists():
        return "lead"
    if task.partner_units.filter(pk=unit.pk).exists():
        return "partner"
    return ""


@transaction.atomic
def progress_report(
    *,
    actor,
    task: Task,
    unit: Unit,
    status: str,
    text: str,
    internal_note: str = "",
    period: str = "",
    evidence_item_ids: Iterable[int] = (),
    files: Iterable = (),
) -> Progress:
    """A unit reports its progress on a task for a period (again: the report is replaced)."""
    require_unit(actor, unit)
    task = Task.objects.select_for_update().select_related("plan").get(pk=task.pk)
    if task.plan.status == Plan.Status.DRAFT:
        raise ValidationError("该计划尚未下发，不能报送进展")
    role = _responsible(task, unit)
    if not role:
        raise ValidationError(f"{unit.name}不是该任务的牵头或配合单位")
    if status not in ProgressStatus.values:
        raise ValidationError("请选择进展状态")
    text = (text or "").strip()
    if not text:
        raise ValidationError("请填写进展情况")
    period = period or period_of(timezone.localdate(), task.plan.period)
    try:
        start, _end = period_bounds(period)
    except (ValueError, IndexError) as exc:
        raise ValidationError("报送期格式不正确") from exc
    if start.year != task.plan.year or start > timezone.localdate():
        raise ValidationError("只能报送本计划年度内已开始的报送期")
    ids = list(evidence_item_ids)
    items = list(
        InformationItem.objects.filter(
            pk__in=ids,
            unit=unit,
            status__in=PUBLIC_STATUSES,
            attribute=InformationItem.Attribute.PROACTIVE,
        )
    )
    if len(items) != len(set(ids)):
        raise ValidationError("佐证信息只能选择本单位已公开发布的信息")
    progress, created = Progress.objects.update_or_create(
        task=task,
        unit=unit,
        period=period,
        defaults={
            "status": status,
            "text": text,
            "internal_note": (internal_note or "").strip(),
            "reported_by": actor,
        },
    )
    progress.evidence_items.set(items)
    for upload in files:
        if upload.size > MAX_EVIDENCE_BYTES:
            raise ValidationError(f"文件“{upload.name}”超过20MB")
        EvidenceFile.objects.create(progress=progress, file=upload, name=upload.name[:200])
    if role == "lead" and period >= task.last_period:
        task.status, task.last_period = status, period
        task.save(update_fields=["status", "last_period"])
    audit_record(
        actor=actor,
        action="supervision.progress_report",
        obj=progress,
        unit=unit,
        summary=f"{unit.name}报送{period_label(period)}任务{task.number or task.pk}进展："
        f"{progress.get_status_display()}",
        changes={"status": status, "period": period, "created": created, "evidence": ids},
    )
    return progress


def _next_seq(year: int) -> int:
    return (Notice.objects.filter(year=year).aggregate(m=Max("seq"))["m"] or 0) + 1


@transaction.atomic
def notice_issue(*, actor, task: Task, unit: Unit, body: str) -> Notice:
    """督办单 to a responsible unit, numbered per year, answered within working days."""
    require_role(actor, *OFFICE_ROLES)
    require_unit(actor, task.plan.unit)
    if not _responsible(task, unit):
        raise ValidationError(f"{unit.name}不是该任务的牵头或配合单位")
    body = (body or "").strip()
    if not body:
        raise ValidationError("请填写督办事项")
    today = timezone.localdate()
    for _attempt in range(3):
        try:
            with transaction.atomic():
                notice = Notice(
                    task=task, unit=unit, year=today.year, seq=_next_seq(today.year), body=body,
                    issued_by=actor,
                )  # fmt: skip
                notice.set_deadline(
                    workday_deadline(
                        today, NOTICE_REPLY_WORKDAYS, rule="督办回复时限", what="督办单签发"
                    )
                )
                notice.save()
                break
        except IntegrityError:
            continue
    else:
        raise ValidationError("督办单编号冲突，请重试")
    audit_record(
        actor=actor,
        action="supervision.notice_issue",
        obj=notice,
        unit=unit,
        summary=f"向{unit.name}签发{notice.number}",
        changes={"task": task.pk, "due": notice.due.isoformat() if notice.due else None},
    )
    return notice


@transaction.atomic
def notice_answer(*, actor, notice: Notice, answer: str) -> Notice:
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    require_unit(actor, notice.unit)
    answer = (answer or "").strip()
    if not answer:
        raise ValidationError("请填写办理回复")
    old = notice.answer
    notice.answer, notice.answered_by, notice.answered_at = answer, actor, timezone.now()
    notice.save(update_fields=["answer", "answered_by", "answered_at"])
    audit_record(
        actor=actor,
        action="supervision.notice_answer",
        obj=notice,
        unit=notice.unit,
        summary=f"{notice.unit.name}回复{notice.number}",
        changes={"answer": [old[:200], answer[:200]]},
    )
    return notice


@transaction.atomic
def progress_publish(*, actor, plan: Plan, period: str) -> Publication:
    """Publish the lead units' progress of ``period`` as a frozen snapshot (history kept).
    Only what units wrote as public progress and public evidence links go in; internal
    notes never do."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    require_role(actor, *OFFICE_ROLES)
    require_unit(actor, plan.unit)
    if plan.status != Plan.Status.PUBLISHED:
        raise ValidationError("请先公开任务分解表，再公开进展情况")
    try:
        period_bounds(period)
    except (ValueError, IndexError) as exc:
        raise ValidationError("报送期格式不正确") from exc
    rows = selectors.public_progress_rows(plan, period)
    if not any(r["reports"] for r in rows):
        raise ValidationError(f"{period_label(period)}尚无牵头单位报送的进展，无可公开内容")
    publication = Publication.objects.create(
        plan=plan, period=period, rows=rows, published_by=actor
    )
    audit_record(
        actor=actor,
        action="supervision.progress_publish",
        obj=publication,
        unit=plan.unit,
        summary=f"公开《{plan.title}》{period_label(period)}进展情况",
        changes={"period": period, "tasks": len(rows)},
    )
    return publication
