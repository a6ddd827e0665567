"""Events that move the reply clock: correction (Art. 30), consultation (Art. 32–34),
extension (Art. 33), and the recompute of open deadlines when the calendar changes.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.deadlines import recompute_open as recompute_deadlines
from gongkai.core.models import Role, User
from gongkai.core.permissions import has_role
from gongkai.foi import clock, letters
from gongkai.foi.models import Application, Letter
from gongkai.foi.services._base import (
    Ev,
    _check,
    _event,
    _letter,
    _lock,
    _require,
    _today,
    _transition,
)


def recompute_open(years: set[int]) -> int:
    """Registered calendar recomputer: refresh the reply deadlines of open applications
    received in, or due in, the years whose calendar changed (all when ``years`` is empty)."""
    cal = clock.current_calendar()
    qs = Application.objects.filter(status__in=Application.OPEN_STATUSES).exclude(
        received_on__isnull=True
    )
    if years:
        years = set(years)
        qs = qs.filter(
            Q(received_on__year__in=years)
            | Q(received_on__year__in={y - 1 for y in years})
            | Q(due__year__in=years)
        )
    return recompute_deadlines(
        qs.prefetch_related("events"),
        clock.deadline_for,
        audit_action="foi.deadline_recompute",
        summary=lambda app: f"工作日历变化，申请 {app.tracking_number} 的答复期限重新计算",
        apply=lambda app, deadline: clock.apply(app, deadline, cal),
        cal=cal,
    )


# --- correction (Art. 30) -------------------------------------------------------------


@transaction.atomic
def correction_request(
    *,
    actor: User,
    application: Application,
    items: str,
    days: int | None = None,
    on: dt.date | None = None,
) -> Letter:
    """One single correction notice within 7 working days of receipt (Art. 30)."""
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "correction_request")
    on = on or _today()
    if app.events.filter(kind=Ev.CORRECTION_REQUESTED).exists():
        raise ValidationError("补正告知只能发出一次（第三十条：一次性告知）")
    if app.received_on is not None and on < app.received_on:
        raise ValidationError({"on": "告知日期不能早于收到申请日期"})
    if app.correction_notice_due_on and on > app.correction_notice_due_on:
        raise ValidationError(
            f"补正告知应在收到申请之日起7个工作日内（{app.correction_notice_due_on}前）发出，已超过期限"
        )
    if not items.strip():
        raise ValidationError({"items": "请列明需要补正的事项"})
    days = days or conf.get("GONGKAI_FOI_CORRECTION_DAYS")
    if not 1 <= days <= 60:
        raise ValidationError({"days": "补正期限应为1至60个工作日"})
    cal = clock.current_calendar()
    answer = cal.add(on, days)
    deadline = answer.value
    app.correction_due_on = deadline
    app.status = to
    clock.recompute(app, cal=cal)
    app.save()
    _event(
        app,
        Ev.CORRECTION_REQUESTED,
        on,
        actor,
        f"补正事项：{items}；补正期限：{deadline}",
        deadline=deadline,
    )
    letter = _letter(
        app,
        "correction",
        actor,
        on,
        {"items": items, "deadline": letters.deadline_text(deadline, answer.provisional)},
    )
    audit_record(
        actor=actor,
        action="foi.correction_request",
        obj=app,
        summary=f"申请 {app.tracking_number} 告知补正，期限 {deadline}",
        changes={"items": items, "deadline": deadline},
    )
    return letter


@transaction.atomic
def correction_receive(
    *, actor: User, application: Application, on: dt.date | None = None, note: str = ""
) -> Application:
    """The corrected application arrived: the reply period restarts from ``on`` (Art. 30)."""
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "correction_receive")
    on = on or _today()
    if on > _today():
        raise ValidationError({"on": "日期不能晚于今天"})
    app.clock_start_on = on
    app.status = to
    clock.recompute(app)
    app.save()
    _event(app, Ev.CORRECTION_RECEIVED, on, actor, note or "收到补正材料，答复期限重新计算")
    audit_record(
        actor=actor,
        action="foi.correction_receive",
        obj=app,
        summary=f"申请 {app.tracking_number} 收到补正，期限重新计算至 {app.due}",
    )
    return app


# --- consultation (Art. 32–34) --------------------------------------------------------


@transaction.atomic
def consultation_start(
    *, actor: User, application: Application, party: str, on: dt.date | None = None
) -> Application:
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "consultation_start")
    if not party.strip():
        raise ValidationError({"party": "请填写征求意见的第三方或机关"})
    on = on or _today()
    cal = clock.current_calendar()
    app.consultation_due_on = cal.add(on, clock.CONSULTATION_DAYS).value
    app.status = to
    _event(
        app,
        Ev.CONSULTATION_STARTED,
        on,
        actor,
        f"征求{party}意见，期限 {app.consultation_due_on}",
        party=party,
    )
    clock.recompute(app, cal=cal)
    app.save()
    audit_record(
        actor=actor,
        action="foi.consultation_start",
        obj=app,
        summary=f"申请 {app.tracking_number} 征求{party}意见",
    )
    return app


@transaction.atomic
def consultation_end(
    *, actor: User, application: Application, on: dt.date | None = None, note: str = ""
) -> Application:
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "consultation_end")
    on = on or _today()
    started = app.events.filter(kind=Ev.CONSULTATION_STARTED).order_by("-on", "-id").first()
    if started and on < started.on:
        raise ValidationError({"on": "结束日期不能早于开始日期"})
    _event(app, Ev.CONSULTATION_ENDED, on, actor, note or "征求意见结束")
    app.status = to
    app.consultation_due_on = None
    clock.recompute(app)
    app.save()
    audit_record(
        actor=actor,
        action="foi.consultation_end",
        obj=app,
        summary=f"申请 {app.tracking_number} 征求意见结束，答复期限 {app.due}",
    )
    return app


# --- extension (Art. 33) --------------------------------------------------------------


@transaction.atomic
def extension_approve(
    *, actor: User, application: Application, days: int, reason: str, on: dt.date | None = None
) -> Letter:
    """One extension of at most 20 working days, approved by the disclosure office."""
    app = _lock(application)
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("延长答复期限须经政府信息公开工作机构负责人（公开办）批准")
    _check(actor, app)
    _require(app, "extend")
    if app.extension_days or app.events.filter(kind=Ev.EXTENSION).exists():
        raise ValidationError("答复期限只能延长一次（第三十三条）")
    if not 1 <= days <= clock.MAX_EXTENSION_DAYS:
        raise ValidationError({"days": "延长期限最长不超过20个工作日（第三十三条）"})
    if not reason.strip():
        raise ValidationError({"reason": "请说明延长理由"})
    on = on or _today()
    if app.due and on > app.due:
        raise ValidationError(
            {"on": f"答复期限已于{app.due}届满，期满后不能再延长（第三十三条第二款）"}
        )
    app.extension_days = days
    clock.recompute(app)
    app.save()
    _event(
        app,
        Ev.EXTENSION,
        on,
        actor,
        f"延长 {days} 个工作日：{reason}；新期限 {app.due}",
        days=days,
    )
    letter = _letter(app, "extension", actor, on, {"days": days, "reasons": reason})
    audit_record(
        actor=actor,
        action="foi.extension_approve",
        obj=app,
        summary=f"批准申请 {app.tracking_number} 延长 {days} 个工作日",
        changes={"days": days, "reason": reason, "due": app.due},
    )
    return letter
