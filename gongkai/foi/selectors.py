"""Reads of the foi app: lists in scope, the to-do items, the office overview."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import Role
from gongkai.core.permissions import has_role, scope
from gongkai.foi import clock
from gongkai.foi.models import Application, ApplicationEvent
from gongkai.workspace.registry import TodoItem

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
    return int(getattr(settings, "GONGKAI_FOI_REMINDER_DAYS", 3))


def repeat_threshold() -> int:
    return int(getattr(settings, "GONGKAI_FOI_REPEAT_THRESHOLD", 3))


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


def todo_items(user) -> list[TodoItem]:
    qs = applications_for(user).filter(status__in=Application.OPEN_STATUSES)
    cal = clock.current_calendar()
    today = timezone.localdate()
    remind = reminder_days()
    items = []
    for app in qs:
        due, what = next_deadline(app)
        severity = ""
        note = what
        if due is not None:
            left = cal.count(today, due).value if due >= today else -1
            if due < today:
                severity = "danger"
            elif left <= remind:
                severity = "warning"
                note = f"{what}：还剩 {left} 个工作日"
        items.append(
            TodoItem(
                title=f"依申请公开 {app.tracking_number}：{(app.title or app.description)[:30]}",
                url=reverse("foi:staff_detail", args=[app.pk]),
                kind="依申请公开",
                due=due,
                unit=app.unit.short_name or app.unit.name,
                note=note,
                provisional=app.due_provisional,
                severity=severity,
            )
        )
    if has_role(user, Role.OFFICE):
        for _key, count, sample in repeat_suggestions(user):
            items.append(
                TodoItem(
                    title=f"同一信息已被申请 {count} 次，建议转为主动公开：{sample[:30]}",
                    url=reverse("foi:repeats"),
                    kind="依申请公开",
                    note="多次申请的信息宜主动公开（第四十四条）",
                )
            )
    return items


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


def home_block(request) -> dict:
    """Portal home: how to apply and how to follow an application."""
    return {
        "title": "依申请公开",
        "url": reverse("foi:apply"),
        "items": [
            {"title": "在线提交政府信息公开申请", "url": reverse("foi:apply"), "date": None},
            {"title": "凭申请编号和查询码查询办理进度", "url": reverse("foi:track"), "date": None},
        ],
    }
