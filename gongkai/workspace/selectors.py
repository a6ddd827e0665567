"""Reads of the workspace's own pages."""

from __future__ import annotations

from django.db.models import QuerySet

from gongkai.core.models import Unit


def leader_units(user) -> QuerySet[Unit]:
    """The leader's own unit and every unit below it (everything for a superuser)."""
    if user.is_superuser:
        return Unit.objects.all()
    return Unit.objects.filter(path__startswith=user.unit.path)
