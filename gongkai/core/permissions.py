"""The one permission helper: staff see and act only inside their own unit.

A disclosure-office member (公开办) sees the whole subtree of their unit; everyone else
sees their own unit only; superusers see everything. Objects outside a person's scope
are reported as not found (404), so that their existence is not revealed.
"""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

from gongkai.core.models import Role, Unit, User

M = TypeVar("M", bound=Model)


def is_staff_member(user) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and (user.is_superuser or (user.is_active and user.unit_id))
    )


def visible_units(user) -> QuerySet[Unit]:
    """Units whose objects this person may see."""
    if not is_staff_member(user):
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    unit = user.unit
    if user.role == Role.OFFICE:
        return Unit.objects.filter(path__startswith=unit.path)
    return Unit.objects.filter(pk=unit.pk)


def can_access_unit(user, unit: Unit | int | None) -> bool:
    if unit is None or not is_staff_member(user):
        return False
    if user.is_superuser:
        return True
    unit_obj = unit if isinstance(unit, Unit) else Unit.objects.filter(pk=unit).first()
    if unit_obj is None:
        return False
    if user.role == Role.OFFICE:
        return unit_obj.path.startswith(user.unit.path)
    return unit_obj.pk == user.unit_id


def scope(qs: QuerySet[M], user, field: str = "unit") -> QuerySet[M]:
    """Filter a queryset to the objects whose ``field`` unit is visible to ``user``."""
    if not is_staff_member(user):
        return qs.none()
    if user.is_superuser:
        return qs
    if user.role == Role.OFFICE:
        return qs.filter(**{f"{field}__path__startswith": user.unit.path})
    return qs.filter(**{f"{field}_id": user.unit_id})


def get_for_user(qs: QuerySet[M], user, field: str = "unit", **lookup) -> M:
    """Fetch one object in the user's scope, or raise Http404."""
    obj = scope(qs, user, field).filter(**lookup).first()
    if obj is None:
        raise Http404("未找到该对象，或您无权访问")
    return obj


def require_unit(user, unit: Unit | int | None) -> None:
    if not can_access_unit(user, unit):
        raise PermissionDenied("只能处理本单位的事项")


def has_role(user: User, *roles: str) -> bool:
    if not is_staff_member(user):
        return False
    return user.is_superuser or user.role in roles


def may_review(user, unit: Unit | int | None) -> bool:
    """Review rights in ``unit``: a 审核员 in their own unit, a 公开办 member only in the
    units the office granted them (``User.review_units``), a superuser everywhere."""
    if not can_access_unit(user, unit):
        return False
    if user.is_superuser or user.role == Role.REVIEWER:
        return True
    if user.role == Role.OFFICE:
        unit_id = unit.pk if isinstance(unit, Unit) else unit
        return user.review_units.filter(pk=unit_id).exists()
    return False


def require_review(user, unit: Unit | int | None) -> None:
    if not can_access_unit(user, unit):
        raise PermissionDenied("只能处理本单位的事项")
    if not may_review(user, unit):
        raise PermissionDenied(
            "您在该机构没有审核权限：公开办人员须由公开办在“人员与机构”中授予该机构的审核权"
        )


def review_unit_ids(user) -> set[int] | None:
    """Units where ``user`` may review: None for every unit in scope (审核员, superuser)."""
    if not is_staff_member(user):
        return set()
    if user.is_superuser or user.role == Role.REVIEWER:
        return None
    if user.role == Role.OFFICE:
        return set(user.review_units.values_list("pk", flat=True))
    return set()


def review_scope(qs: QuerySet[M], user, field: str = "unit") -> QuerySet[M]:
    """The objects of ``qs`` in units where ``user`` may review."""
    qs = scope(qs, user, field)
    if not is_staff_member(user) or user.is_superuser or user.role == Role.REVIEWER:
        return qs if is_staff_member(user) else qs.none()
    if user.role == Role.OFFICE:
        return qs.filter(**{f"{field}__in": user.review_units.all()})
    return qs.none()


def require_role(user: User, *roles: str) -> None:
    if not has_role(user, *roles):
        names = "、".join(str(Role(r).label) for r in roles)
        raise PermissionDenied(f"此操作需要以下角色之一：{names}")
