"""What the foi app plugs into the platform (``gongkai.core.plugs``).

``register()`` is called from ``FoiConfig.ready``: the calendar recomputer, the to-do
items and menu entries of the workspace, the portal home block, the periodic lapse job
and the demo loader.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.core.plugs import TodoItem
from gongkai.foi import clock, selectors
from gongkai.foi.models import Application


def register() -> None:
    plugs.register_leader_block("foi.near_due", plugs.lazy("gongkai.foi.leader:near_due"), order=20)
    plugs.register_recomputer("foi.applications", plugs.lazy("gongkai.foi.services:recompute_open"))
    plugs.register_todo("foi.applications", todo_items)
    plugs.register_todo("foi.reply_review", plugs.lazy("gongkai.foi.reply_todos:todo"))
    plugs.register_nav("依申请公开", "foi:staff_list", order=30)
    plugs.register_nav("申请期限总览", "foi:overview", order=31, roles=(Role.OFFICE, Role.LEADER))
    plugs.register_demo("foi.applications", plugs.lazy("gongkai.foi.demo:load"), order=30)
    plugs.register_demo("foi.last_year", plugs.lazy("gongkai.foi.demo:load_last_year"), order=31)
    plugs.register_home_block("foi", home_block, order=40)
    plugs.register_periodic(
        "foi.lapse_overdue",
        dt.timedelta(hours=6),
        plugs.lazy("gongkai.foi.tasks:lapse_overdue.enqueue"),
    )

    plugs.register_sitemap_section(
        "foi",
        label="依申请公开",
        pages=[("在线申请", "foi:apply"), ("办理进度查询", "foi:track")],
        order=20,
    )


def todo_items(user) -> list[TodoItem]:
    qs = selectors.applications_for(user).filter(status__in=Application.OPEN_STATUSES)
    cal = clock.current_calendar()
    today = timezone.localdate()
    remind = selectors.reminder_days()
    items = []
    for app in qs:
        due, what = selectors.next_deadline(app)
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
    items += failed_delivery_items(user)
    if has_role(user, Role.OFFICE):
        for _key, count, sample in selectors.repeat_suggestions(user):
            items.append(
                TodoItem(
                    title=f"同一信息已被申请 {count} 次，建议转为主动公开：{sample[:30]}",
                    url=reverse("foi:repeats"),
                    kind="依申请公开",
                    note="多次申请的信息宜主动公开（第四十四条）",
                )
            )
    return items


def failed_delivery_items(user) -> list[TodoItem]:
    """A reply e-mail that could not be sent stays on the list until it is sent again."""
    from gongkai.foi.services.delivery import failed_deliveries

    replied = selectors.applications_for(user).filter(status=Application.Status.REPLIED)
    return [
        TodoItem(
            title=f"依申请公开 {d.application.tracking_number}：答复邮件发送失败",
            url=reverse("foi:staff_detail", args=[d.application_id]),
            kind="依申请公开",
            due=d.on,
            unit=d.application.unit.short_name or d.application.unit.name,
            note=d.note,
            severity="danger",
        )
        for d in failed_deliveries(replied)
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
