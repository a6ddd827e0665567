"""Reads of 网站找错: staff lists, the counts (like mailbox messages), to-do items."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, F, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import Role, Unit
from gongkai.core.permissions import has_role, scope
from gongkai.core.plugs import TodoItem
from gongkai.zhaocuo.models import ErrorReport

S = ErrorReport.Status


def staff_reports(user, status: str = "") -> QuerySet[ErrorReport]:
    qs = scope(ErrorReport.objects.select_related("unit"), user)
    if status in S.values:
        qs = qs.filter(status=status)
    return qs.order_by("-received_at", "-id")


def _year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    return dt.datetime(year, 1, 1, tzinfo=tz), dt.datetime(year + 1, 1, 1, tzinfo=tz)


def counts(year: int, unit: Unit | None = None) -> dict[str, int]:
    """Reports received in ``year`` (in ``unit``'s subtree when given): how many were
    answered, answered within the limit, declared invalid, still open and overdue."""
    start, end = _year_bounds(year)
    qs = ErrorReport.objects.filter(received_at__gte=start, received_at__lt=end)
    if unit is not None:
        qs = qs.filter(unit__path__startswith=unit.path)
    today = timezone.localdate()
    agg = qs.aggregate(
        received=Count("id"),
        answered=Count("id", filter=Q(status=S.ANSWERED)),
        answered_on_time=Count("id", filter=Q(status=S.ANSWERED, answered_at__date__lte=F("due"))),
        invalid=Count("id", filter=Q(status=S.INVALID)),
        open=Count("id", filter=Q(status=S.PROCESSING)),
        overdue=Count("id", filter=Q(status=S.PROCESSING, due__lt=today)),
    )
    return {k: int(v or 0) for k, v in agg.items()}


def todo(user) -> list[TodoItem]:
    """Open reports of the user's units, for editors and the office."""
    if not has_role(user, Role.EDITOR, Role.OFFICE, Role.REVIEWER):
        return []
    qs = staff_reports(user, S.PROCESSING).order_by("due", "id")[:100]
    today = timezone.localdate()
    return [
        TodoItem(
            title=f"网站找错：{r.get_kind_display()}（{r.tracking_number}）",
            url=reverse("zhaocuo:ws_report", args=[r.pk]),
            kind="网站找错",
            due=r.due,
            unit=r.unit.name,
            note="答复期限",
            provisional=r.due_provisional,
            severity="danger" if r.due < today else "",
        )
        for r in qs
    ]


def report_by_number(number: str) -> ErrorReport | None:
    """The report a tracking number names (only what the thank-you page shows)."""
    return ErrorReport.objects.filter(tracking_number=number).only("tracking_number", "due").first()


def staff_report(user, pk: int) -> ErrorReport:
    """A report of the user's units (404 outside them)."""
    from gongkai.core.permissions import get_for_user

    return get_for_user(ErrorReport.objects.select_related("unit", "answered_by"), user, pk=pk)


def staff_units(user) -> QuerySet[Unit]:
    from gongkai.core.permissions import visible_units

    return visible_units(user).order_by("path")
