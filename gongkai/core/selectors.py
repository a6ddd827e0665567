"""Reads of the core domain."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.utils import timezone

from gongkai.core.models import AuditEvent, CalendarOverride, CalendarYear
from gongkai.core.permissions import scope
from gongkai.core.workdays import PACKAGE_YEARS


def calendar_year_status(year: int) -> str:
    """'package', 'loaded' or 'missing' for one year."""
    if CalendarYear.objects.filter(year=year).exists():
        return "loaded"
    if year in PACKAGE_YEARS:
        return "package"
    return "missing"


def calendar_missing_next_year(today: dt.date | None = None) -> int | None:
    """From 1 November, the next year when its calendar is not loaded yet (RULES §1)."""
    today = today or timezone.localdate()
    if today.month < 11:
        return None
    nxt = today.year + 1
    return nxt if calendar_year_status(nxt) == "missing" else None


def audit_events(
    *,
    user,
    action: str = "",
    object_type: str = "",
    actor: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    q: str = "",
) -> QuerySet[AuditEvent]:
    qs = AuditEvent.objects.select_related("unit")
    if not user.is_superuser:
        qs = scope(qs, user)
    if action:
        qs = qs.filter(action__startswith=action)
    if object_type:
        qs = qs.filter(object_type=object_type)
    if actor:
        qs = qs.filter(actor_label__icontains=actor)
    if date_from:
        qs = qs.filter(created_at__date__gte=date_from)
    if date_to:
        qs = qs.filter(created_at__date__lte=date_to)
    if q:
        qs = qs.filter(summary__icontains=q)
    return qs.order_by("-seq")


def calendar_overrides_since(year: int) -> QuerySet[CalendarOverride]:
    """The office's calendar rows from ``year`` on, in date order."""
    return CalendarOverride.objects.filter(date__year__gte=year).order_by("date")
