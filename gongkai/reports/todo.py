"""Workspace reminders: the annual report of each unit in scope that is not yet published."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import Role
from gongkai.core.permissions import visible_units
from gongkai.reports.models import AnnualReport
from gongkai.reports.selectors import due_date

#: Remind this many days before the due date (and every day after it).
REMIND_DAYS = 45


def report_reminders(user) -> list:
    from gongkai.workspace.registry import TodoItem

    if not (user.is_superuser or user.role in (Role.OFFICE, Role.REVIEWER, Role.LEADER)):
        return []
    today = timezone.localdate()
    year = today.year - 1
    units = list(visible_units(user))
    published = dict(
        AnnualReport.objects.filter(
            unit__in=units, year=year, scope=AnnualReport.Scope.OWN
        ).values_list("unit_id", "status")
    )
    items = []
    for unit in units:
        due = due_date(unit, year)
        if published.get(unit.pk) == AnnualReport.Status.PUBLISHED:
            continue
        if today < due - dt.timedelta(days=REMIND_DAYS):
            continue
        started = unit.pk in published
        items.append(
            TodoItem(
                title=f"{unit.name}{year}年政府信息公开工作年度报告{'待发布' if started else '尚未编制'}",
                url=reverse("reports:workspace"),
                kind="年度报告",
                due=due,
                unit=unit.name,
                note="《条例》第四十九条：部门于1月31日前、政府于3月31日前公布",
                severity="danger" if today > due else "warning",
            )
        )
    return items
