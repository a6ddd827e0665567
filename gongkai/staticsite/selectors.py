"""Reads of static publishing."""

from __future__ import annotations

from django.db.models import QuerySet

from gongkai.staticsite.models import StaticIncident


def open_incidents() -> QuerySet[StaticIncident]:
    return StaticIncident.objects.filter(resolved_at__isnull=True)


def recent_incidents(limit: int = 50) -> QuerySet[StaticIncident]:
    return StaticIncident.objects.all()[:limit]


def incident(pk: int) -> StaticIncident | None:
    return StaticIncident.objects.filter(pk=pk).first()
