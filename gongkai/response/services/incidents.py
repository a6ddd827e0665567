"""Opinion incidents: register (by the office or from a message/comment), record each
response step, schedule follow-ups, close with an evaluation."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.models import Unit
from gongkai.core.permissions import get_for_user, require_unit
from gongkai.core.workflow import transition
from gongkai.privacy import mask_text
from gongkai.response import rules
from gongkai.response.models import Incident, Level, Step
from gongkai.response.workflow import INCIDENT


def hour_conf() -> dict:
    return {
        "release": conf.get("GONGKAI_RESPONSE_RELEASE_HOURS"),
        "press": conf.get("GONGKAI_RESPONSE_PRESS_HOURS"),
        "other": conf.get("GONGKAI_RESPONSE_OTHER_HOURS"),
        "level_hours": conf.get("GONGKAI_RESPONSE_LEVEL_HOURS") or {},
    }


@transaction.atomic
def incident_register(
    *,
    actor,
    unit: Unit,
    title: str,
    level: str,
    found_at: dt.datetime,
    summary: str = "",
    other_units: list[Unit] | tuple = (),
    source: str = Incident.Source.OFFICE,
    message=None,
    comment=None,
) -> Incident:
    """Register an incident and create its due steps from the level's hour limits."""
    require_unit(actor, unit)
    if level not in Level.values:
        raise ValidationError("请选择舆情级别")
    if not title.strip():
        raise ValidationError("请填写舆情标题")
    if found_at > timezone.now() + dt.timedelta(minutes=5):
        raise ValidationError("发现时间不能晚于当前时间")
    cfg = hour_conf()
    incident = Incident.objects.create(
        unit=unit,
        title=title.strip(),
        summary=summary,
        level=level,
        found_at=found_at,
        source=source,
        message=message,
        comment=comment,
        rule=rules.incident_rule(level, cfg),
        created_by=actor,
    )
    incident.other_units.set([u for u in other_units if u.pk != unit.pk])
    for kind, deadline in rules.incident_deadlines(level, found_at, cfg).items():
        step = Step(incident=incident, kind=kind)
        step.set_deadline(deadline)
        step.save()
    audit_record(
        actor=actor,
        action="response.incident_register",
        obj=incident,
        summary=f"登记{rules.LEVEL_LABELS[level]}舆情《{incident.title}》（{incident.rule}）",
        changes={"level": level, "found_at": found_at.isoformat(), "source": source},
    )
    return incident


@transaction.atomic
def incident_from_message(*, actor, message, level: str = Level.GENERAL) -> Incident:
    """One click on a mailbox message: the incident keeps the link to it."""
    require_unit(actor, message.unit)
    existing = Incident.objects.filter(message=message).first()
    if existing is not None:
        return existing
    return incident_register(
        actor=actor,
        unit=message.unit,
        title=message.subject[:200],
        level=level,
        found_at=timezone.now(),
        summary=f"来源于网上留言 {message.tracking_number}",
        source=Incident.Source.MESSAGE,
        message=message,
    )


@transaction.atomic
def incident_from_comment(*, actor, comment, level: str = Level.GENERAL) -> Incident:
    unit = comment.consultation.unit
    require_unit(actor, unit)
    existing = Incident.objects.filter(comment=comment).first()
    if existing is not None:
        return existing
    return incident_register(
        actor=actor,
        unit=unit,
        title=f"《{comment.consultation.title}》公众意见"[:200],
        level=level,
        found_at=timezone.now(),
        summary=mask_text(comment.text[:500]),
        source=Incident.Source.COMMENT,
        comment=comment,
    )


def _locked_step(actor, step_id: int) -> Step:
    step = get_for_user(
        Step.objects.select_related("incident"), actor, "incident__unit", pk=step_id
    )
    return Step.objects.select_for_update().select_related("incident").get(pk=step.pk)


@transaction.atomic
def step_record(
    *,
    actor,
    step_id: int,
    done_at: dt.datetime,
    link: str = "",
    item=None,
    note: str = "",
) -> Step:
    """Record a response with its published item or link and its time; late ones stay
    flagged (``Step.late``)."""
    step = _locked_step(actor, step_id)
    if step.incident.status != Incident.Status.OPEN:
        raise ValidationError("舆情已办结，不能再登记回应")
    if step.done_at is not None:
        raise ValidationError("该环节已登记，不能重复登记")
    if not link and item is None:
        raise ValidationError("请填写发布链接或选择已发布的信息")
    if done_at > timezone.now() + dt.timedelta(minutes=5):
        raise ValidationError("发布时间不能晚于当前时间")
    # forms give minutes: a release in the same minute as the finding is not "earlier"
    if done_at < step.incident.found_at.replace(second=0, microsecond=0):
        raise ValidationError("发布时间不能早于舆情发现时间")
    if item is not None and not link:
        link = item.get_absolute_url()
    step.done_at, step.link, step.item, step.note = done_at, link, item, note
    step.save()
    audit_record(
        actor=actor,
        action="response.step_record",
        obj=step.incident,
        summary=f"《{step.incident.title}》{step.get_kind_display()}已登记"
        + ("（逾期）" if step.late else ""),
        changes={"step": step.kind, "done_at": done_at.isoformat(), "link": link},
    )
    return step


@transaction.atomic
def followup_schedule(*, actor, incident_id: int, note: str = "") -> Step:
    incident = get_for_user(Incident.objects.all(), actor, pk=incident_id)
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    if incident.status != Incident.Status.OPEN:
        raise ValidationError("舆情已办结，不能再安排后续发布")
    hours = conf.get("GONGKAI_RESPONSE_FOLLOWUP_HOURS")
    step = Step(incident=incident, kind=Step.Kind.FOLLOWUP, note=note)
    step.set_deadline(rules.followup_deadline(timezone.now(), hours))
    step.save()
    audit_record(
        actor=actor,
        action="response.followup_schedule",
        obj=incident,
        summary=f"《{incident.title}》安排后续发布，{hours} 小时内完成",
        changes={"due": step.due.isoformat() if step.due else None},
    )
    return step


@transaction.atomic
def incident_close(*, actor, incident_id: int, evaluation: str, lessons: str = "") -> Incident:
    incident = get_for_user(Incident.objects.all(), actor, pk=incident_id)
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    target = transition(incident, "close", INCIDENT)
    if not evaluation.strip():
        raise ValidationError("办结时请填写效果评估")
    if incident.steps.filter(kind=Step.Kind.RELEASE, done_at__isnull=True).exists():
        raise ValidationError("尚未登记首次权威发布，不能办结")
    incident.status = target
    incident.closed_at = timezone.now()
    incident.evaluation, incident.lessons = evaluation.strip(), lessons.strip()
    incident.save()
    late = sum(1 for s in incident.steps.all() if s.late)
    audit_record(
        actor=actor,
        action="response.incident_close",
        obj=incident,
        summary=f"《{incident.title}》办结，逾期环节 {late} 个",
        changes={"status": target},
    )
    return incident
