"""Reads for the office's pages on units and people (``gongkai.core.office`` writes)."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from gongkai.core.models import Unit, User
from gongkai.core.permissions import get_for_user, scope, visible_units


def office_units(user) -> QuerySet[Unit]:
    """The units of the office's subtree, in tree order, with their active staff count."""
    return (
        visible_units(user)
        .select_related("parent")
        .annotate(active_staff=Count("members", filter=Q(members__is_active=True)))
        .order_by("path", "sort_order", "id")
    )


def tree_rows(user) -> list[tuple[Unit, int]]:
    """(unit, indent) pairs: the indent is the depth below the office's own unit."""
    units = list(office_units(user))
    if not units:
        return []
    top = min(u.depth for u in units)
    return [(u, u.depth - top) for u in units]


def office_unit(user, pk: int) -> Unit:
    unit = visible_units(user).filter(pk=pk).first()
    if unit is None:
        raise Http404("未找到该机构，或您无权访问")
    return unit


def move_targets(user, unit: Unit) -> QuerySet[Unit]:
    """Where ``unit`` may be moved: the subtree, minus the unit itself and its own subtree."""
    return visible_units(user).exclude(path__startswith=unit.path).order_by("path")


def office_staff(user, *, unit: Unit | None = None, active: bool | None = None) -> QuerySet[User]:
    qs = scope(User.objects.filter(is_superuser=False), user).select_related("unit")
    if unit is not None:
        qs = qs.filter(unit=unit)
    if active is not None:
        qs = qs.filter(is_active=active)
    return qs.order_by("unit__path", "-is_active", "role", "username")


def office_person(user, pk: int) -> User:
    return get_for_user(User.objects.filter(is_superuser=False).select_related("unit"), user, pk=pk)
