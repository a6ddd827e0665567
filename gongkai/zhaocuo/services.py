"""Writes of 网站找错: submit (public), answer, hand on, declare invalid; recompute."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import can_access_unit, has_role
from gongkai.core.workdays import Deadline, WorkCalendar, deadline
from gongkai.zhaocuo import rules
from gongkai.zhaocuo.models import ErrorReport

#: At most N reports from one client in the window.
SUBMIT_LIMIT = (5, dt.timedelta(hours=1))
MAX_DESCRIPTION = 2000


def client_hash(ip: str | None) -> str:
    """A keyed hash of the client address: enough to throttle, never the address."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"zhaocuo|{ip or ''}".encode(), hashlib.sha256).hexdigest()


def office_unit() -> Unit | None:
    """Reports go first to the site's own government (its disclosure office)."""
    from gongkai.core import sites

    return sites.home_unit()


def answer_deadline(received: dt.datetime, cal: WorkCalendar | None = None) -> Deadline:
    days = rules.answer_days()
    return deadline(
        timezone.localdate(received), days, rule=rules.RULE, what="网站找错答复：收到之日", cal=cal
    )


def _new_number(now: dt.datetime) -> str:
    for _ in range(10):
        # digits only: read out on the phone and typed on any keyboard
        number = f"{timezone.localdate(now):%Y%m%d}{secrets.randbelow(100000):05d}"
        if not ErrorReport.objects.filter(tracking_number=number).exists():
            return number
    raise ValidationError("系统繁忙，请稍后再试")


@transaction.atomic
def report_submit(
    *,
    kind: str,
    description: str,
    contact: str,
    page_url: str = "",
    name: str = "",
    client: str = "",
    now: dt.datetime | None = None,
) -> ErrorReport:
    """Register a report from the public and route it to the disclosure office."""
    now = now or timezone.now()
    errors: dict[str, str] = {}
    if kind not in ErrorReport.Kind.values:
        errors["kind"] = "请选择问题类型"
    description = (description or "").strip()
    if len(description) < 5:
        errors["description"] = "请具体描述问题（至少5个字），例如哪一段文字有误"
    elif len(description) > MAX_DESCRIPTION:
        errors["description"] = f"问题描述最多{MAX_DESCRIPTION}字"
    if msg := rules.contact_error(contact):
        errors["contact"] = msg
    if msg := rules.page_error(page_url):
        errors["page_url"] = msg
    if len((name or "").strip()) > 50:
        errors["name"] = "姓名最多50个字"
    if errors:
        raise ValidationError(errors)
    if client:
        count, window = SUBMIT_LIMIT
        recent = ErrorReport.objects.filter(client_hash=client, received_at__gte=now - window)
        if recent.count() >= count:
            minutes = int(window.total_seconds() // 60)
            raise ValidationError(f"提交过于频繁：{minutes}分钟内最多提交{count}次，请稍后再试")
    unit = office_unit()
    if unit is None:
        raise ValidationError("网站尚未设置主办单位，暂时无法受理，请拨打政务服务热线反映")
    due = answer_deadline(now)
    report = ErrorReport.objects.create(
        tracking_number=_new_number(now),
        page_url=(page_url or "").strip(),
        kind=kind,
        description=description,
        name=(name or "").strip(),
        contact=contact.strip(),
        unit=unit,
        received_at=now,
        due=due.due,  # type: ignore[misc]  # a date: the rule counts working days
        due_provisional=due.provisional,
        due_rule=due.rule,
        due_explanation=due.explanation,
        client_hash=client,
    )
    audit_record(
        actor=None,
        action="zhaocuo.report_submit",
        obj=report,
        summary=f"收到网站找错 {report.tracking_number}（{report.get_kind_display()}）",
    )
    return report


def _check_open(actor: User, report: ErrorReport) -> None:
    if not can_access_unit(actor, report.unit):
        raise PermissionDenied("只能办理本单位的找错事项")
    if not report.is_open:
        raise ValidationError("该找错事项已办结，不能再次办理")


@transaction.atomic
def report_answer(*, actor: User, report: ErrorReport, answer: str) -> ErrorReport:
    report = ErrorReport.objects.select_for_update().get(pk=report.pk)
    _check_open(actor, report)
    answer = (answer or "").strip()
    if len(answer) < 5:
        raise ValidationError({"answer": "请填写答复内容（至少5个字），说明核实和整改情况"})
    report.answer = answer
    report.status = ErrorReport.Status.ANSWERED
    report.answered_at = timezone.now()
    report.answered_by = actor
    report.save(update_fields=["answer", "status", "answered_at", "answered_by"])
    audit_record(
        actor=actor,
        action="zhaocuo.report_answer",
        obj=report,
        summary=f"答复网站找错 {report.tracking_number}",
        changes={"status": "answered"},
    )
    return report


@transaction.atomic
def report_transfer(
    *, actor: User, report: ErrorReport, unit: Unit, reason: str = ""
) -> ErrorReport:
    """The office hands a report on to the department whose page it concerns; the
    answer limit keeps running from the day it was received."""
    report = ErrorReport.objects.select_for_update().get(pk=report.pk)
    _check_open(actor, report)
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("只有公开办可以转办找错事项")
    if not can_access_unit(actor, unit):
        raise ValidationError({"unit": "只能转给本级或下级单位"})
    old = report.unit
    report.unit = unit
    report.save(update_fields=["unit"])
    audit_record(
        actor=actor,
        action="zhaocuo.report_transfer",
        obj=report,
        summary=f"网站找错 {report.tracking_number} 由{old.name}转{unit.name}办理 {reason}".strip(),
        changes={"unit": [old.pk, unit.pk]},
    )
    return report


@transaction.atomic
def report_invalid(*, actor: User, report: ErrorReport, reason: str) -> ErrorReport:
    report = ErrorReport.objects.select_for_update().get(pk=report.pk)
    _check_open(actor, report)
    if not has_role(actor, Role.OFFICE, Role.REVIEWER):
        raise PermissionDenied("只有公开办或审核员可以认定无效")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "请说明认定无效的理由"})
    report.status = ErrorReport.Status.INVALID
    report.invalid_reason = reason[:300]
    report.save(update_fields=["status", "invalid_reason"])
    audit_record(
        actor=actor,
        action="zhaocuo.report_invalid",
        obj=report,
        summary=f"网站找错 {report.tracking_number} 认定无效：{reason[:100]}",
    )
    return report


def recompute_deadlines(years: set[int]) -> int:
    """Open reports whose answer period touches a year whose calendar changed."""
    cal = WorkCalendar.current()
    updated = 0
    for report in ErrorReport.objects.filter(status=ErrorReport.Status.PROCESSING):
        start_year = timezone.localdate(report.received_at).year
        if not ({start_year, report.due.year} & years) and not report.due_provisional:
            continue
        due = answer_deadline(report.received_at, cal)
        if (due.due, due.provisional) != (report.due, report.due_provisional):
            ErrorReport.objects.filter(pk=report.pk).update(
                due=due.due,
                due_provisional=due.provisional,
                due_rule=due.rule,
                due_explanation=due.explanation,
            )
            updated += 1
    return updated
