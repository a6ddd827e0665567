"""Reads of the foi app: lists in scope, the next deadline, repeats, the office overview."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.permissions import scope
from gongkai.foi import clock
from gongkai.foi.models import Application, ApplicationEvent

Status = Application.Status


def applications_for(user) -> QuerySet[Application]:
    corrections = ApplicationEvent.objects.filter(
        application=OuterRef("pk"), kind__startswith="correction"
    )
    return scope(
        Application.objects.select_related("unit").annotate(has_correction=Exists(corrections)),
        user,
    )


def reminder_days() -> int:
    return int(conf.get("GONGKAI_FOI_REMINDER_DAYS"))


def repeat_threshold() -> int:
    return int(conf.get("GONGKAI_FOI_REPEAT_THRESHOLD"))


def next_deadline(app: Application) -> tuple[dt.date | None, str]:
    """The next date someone must act on, and what it is."""
    if app.status == Status.SUBMITTED:
        return None, "待确认收到（网上/传真/平信申请需与申请人确认）"
    if app.status == Status.CORRECTION:
        return app.correction_due_on, "申请人补正期限"
    if app.status == Status.CONSULTING:
        return app.consultation_due_on, "征求第三方意见期限"
    if app.status == Status.FEE:
        return app.fee_due_on, "缴费期限"
    if app.status == Status.PROCESSING:
        corrected = getattr(app, "has_correction", None)
        if corrected is None:
            corrected = app.events.filter(kind__startswith="correction").exists()
        today = timezone.localdate()
        if (
            not corrected
            and app.correction_notice_due_on
            and app.correction_notice_due_on >= today
            and app.clock_start_on == app.received_on
        ):
            return app.due, f"答复期限（如需补正，须在 {app.correction_notice_due_on} 前告知）"
        return app.due, "答复期限"
    return None, ""


def repeat_suggestions(user) -> list[tuple[str, int, str]]:
    """Information requested at least N times (setting), most requested first."""
    threshold = repeat_threshold()
    base = scope(Application.objects.all(), user)
    rows = (
        base.exclude(info_key="")
        .values("info_key")
        .annotate(n=Count("id"))
        .filter(n__gte=threshold)
        .order_by("-n")
    )
    out = []
    for row in rows[:50]:
        sample = applications_for(user).filter(info_key=row["info_key"]).order_by("id").first()
        out.append(
            (row["info_key"], row["n"], sample.title or sample.doc_number or sample.description)
        )
    return out


def overview(user) -> list[dict]:
    """Per unit: open, due within the reminder window, overdue."""
    today = timezone.localdate()
    soon = clock.current_calendar().add(today, reminder_days()).value
    per = defaultdict(lambda: {"open": 0, "soon": 0, "overdue": 0, "provisional": 0})
    units = {}
    for app in applications_for(user).filter(status__in=Application.OPEN_STATUSES):
        due, _ = next_deadline(app)
        row = per[app.unit_id]
        units[app.unit_id] = app.unit
        row["open"] += 1
        if due and due < today:
            row["overdue"] += 1
        elif due and due <= soon:
            row["soon"] += 1
        if app.due_provisional:
            row["provisional"] += 1
    return [
        {"unit": units[uid], **counts}
        for uid, counts in sorted(per.items(), key=lambda kv: -kv[1]["overdue"])
    ]
