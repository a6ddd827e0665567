"""The disclosure office (公开办) runs its own subtree: units, staff, roles, review grants.

Every write checks that the actor is a 公开办 member (or a superuser) and that each unit
it touches lies inside the actor's own subtree, then records an audit event in the same
transaction. People are never deleted: a departed member is deactivated and keeps their
history. Admin edits of users and calendar years go through the ``admin_*`` functions.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model

from gongkai.core import services as core_services
from gongkai.core.audit import audit_record
from gongkai.core.models import CalendarYear, Role, Unit, User
from gongkai.core.permissions import can_access_unit, is_staff_member

#: Characters of a one-time password: no 0/O, 1/l/I that are misread when copied.
_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

#: Fields an office may change on a staff account, with their Chinese names.
STAFF_FIELDS = {
    "name": "姓名",
    "email": "电子邮箱",
    "phone": "联系电话",
    "unit": "所属机构",
    "role": "角色",
}


def one_time_password() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(12))


def is_office(user) -> bool:
    return is_staff_member(user) and (user.is_superuser or user.role == Role.OFFICE)


def require_office(actor, unit: Unit | None = None) -> None:
    """The actor is a 公开办 member and ``unit`` (when given) is in their subtree."""
    if not is_office(actor):
        raise PermissionDenied("只有公开办可以管理机构和人员")
    if unit is not None and not can_access_unit(actor, unit):
        raise PermissionDenied("只能管理本级政府所属的机构和人员")


def _person(user: User) -> str:
    return f"{user}（{user.username}）"


def _name_parts(name: str) -> tuple[str, str]:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "请填写姓名"})
    return name[:1], name[1:]


def _check_role(role: str) -> None:
    if role not in Role.values:
        raise ValidationError({"role": "请选择角色"})


# --- units ---------------------------------------------------------------------------


@transaction.atomic
def office_unit_create(*, actor: User, parent: Unit, name: str, kind: str, **fields) -> Unit:
    require_office(actor, parent)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "请填写机构名称"})
    if Unit.objects.filter(name=name).exists():
        raise ValidationError({"name": f"已有名为“{name}”的机构"})
    return core_services.unit_create(actor=actor, parent=parent, name=name, kind=kind, **fields)


@transaction.atomic
def office_unit_update(*, actor: User, unit: Unit, **fields) -> Unit:
    require_office(actor, unit)
    name = (fields.get("name") or "").strip()
    if "name" in fields:
        if not name:
            raise ValidationError({"name": "请填写机构名称"})
        if Unit.objects.filter(name=name).exclude(pk=unit.pk).exists():
            raise ValidationError({"name": f"已有名为“{name}”的机构"})
        fields["name"] = name
    return core_services.unit_update(actor=actor, unit=unit, **fields)


@transaction.atomic
def office_unit_move(*, actor: User, unit: Unit, parent: Unit) -> Unit:
    require_office(actor, unit)
    require_office(actor, parent)
    if not actor.is_superuser and unit.pk == actor.unit_id:
        raise ValidationError({"parent": "不能移动公开办所在的本级机构"})
    if parent.path.startswith(unit.path):
        raise ValidationError({"parent": "不能把机构移到它自己或它的下级机构之下"})
    if unit.parent_id == parent.pk:
        return unit
    return core_services.unit_move(actor=actor, unit=unit, parent=parent)


# --- staff ---------------------------------------------------------------------------


@transaction.atomic
def office_staff_create(
    *,
    actor: User,
    username: str,
    name: str,
    unit: Unit,
    role: str,
    email: str = "",
    phone: str = "",
) -> tuple[User, str]:
    """Create an account with a one-time password, returned once and never stored in clear."""
    require_office(actor, unit)
    _check_role(role)
    username = (username or "").strip()
    if not username:
        raise ValidationError({"username": "请填写登录名"})
    _name_parts(name)
    password = one_time_password()
    user = core_services.staff_create(
        actor=actor,
        username=username,
        password=password,
        unit=unit,
        role=role,
        name=name.strip(),
        email=(email or "").strip(),
        phone=(phone or "").strip(),
    )
    user.must_change_password = True
    user.save(update_fields=["must_change_password"])
    return user, password


@transaction.atomic
def office_staff_update(*, actor: User, user: User, **fields) -> User:
    """Change name, contact, unit or role; every changed field is in the audit event."""
    require_office(actor, user.unit)
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.is_superuser and not actor.is_superuser:
        raise PermissionDenied("系统管理员的账号只能在系统配置中修改")
    if user.pk == actor.pk and ("role" in fields or "unit" in fields):
        if fields.get("role", user.role) != user.role or fields.get("unit", user.unit) != user.unit:
            raise ValidationError("不能修改自己的角色或所属机构，请由本级公开办其他人员办理")
    changes: dict[str, list] = {}
    for key, value in fields.items():
        if key not in STAFF_FIELDS:
            raise ValidationError(f"不能修改：{key}")
        if key == "name":
            last, first = _name_parts(value)
            old = f"{user.last_name}{user.first_name}"
            if old != f"{last}{first}":
                changes["name"] = [old, f"{last}{first}"]
                user.last_name, user.first_name = last, first
        elif key == "unit":
            require_office(actor, value)
            if value.pk != user.unit_id:
                changes["unit"] = [str(user.unit), str(value)]
                user.unit = value
        else:
            if key == "role":
                _check_role(value)
            value = (value or "").strip()
            if getattr(user, key) != value:
                changes[key] = [getattr(user, key), value]
                setattr(user, key, value)
    if not changes:
        return user
    user.full_clean(exclude=["password"])
    user.save()
    if "role" in changes and user.role != Role.OFFICE:
        # review grants belong to the office role; another role reviews by its own rules
        dropped = sorted(user.review_units.values_list("name", flat=True))
        if dropped:
            changes["review_units"] = [dropped, []]
            user.review_units.clear()
    labels = "、".join(STAFF_FIELDS.get(k, "审核权") for k in changes)
    audit_record(
        actor=actor,
        action="staff.update",
        obj=user,
        unit=user.unit,
        summary=f"修改工作人员 {_person(user)} 的{labels}",
        changes=changes,
    )
    return user


@transaction.atomic
def office_staff_deactivate(*, actor: User, user: User, reason: str) -> User:
    """Stop an account from signing in; the person and their history stay."""
    require_office(actor, user.unit)
    if user.pk == actor.pk:
        raise ValidationError("不能停用自己的账号")
    if user.is_superuser and not actor.is_superuser:
        raise PermissionDenied("系统管理员的账号只能在系统配置中停用")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "请说明停用原因（如调离、退休）"})
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise ValidationError("该账号已停用")
    user.is_active = False
    user.save(update_fields=["is_active"])
    revoked = user.api_tokens.filter(revoked=False).update(revoked=True)
    audit_record(
        actor=actor,
        action="staff.deactivate",
        obj=user,
        unit=user.unit,
        summary=f"停用工作人员 {_person(user)}：{reason}",
        changes={"is_active": [True, False], "reason": reason, "tokens_revoked": revoked},
    )
    return user


@transaction.atomic
def office_staff_reactivate(*, actor: User, user: User) -> User:
    require_office(actor, user.unit)
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.is_active:
        raise ValidationError("该账号未停用")
    user.is_active = True
    user.save(update_fields=["is_active"])
    audit_record(
        actor=actor,
        action="staff.reactivate",
        obj=user,
        unit=user.unit,
        summary=f"恢复工作人员 {_person(user)} 的账号",
        changes={"is_active": [False, True]},
    )
    return user


@transaction.atomic
def office_password_reset(*, actor: User, user: User) -> str:
    """Set a new one-time password and return it, to be shown once to the office."""
    require_office(actor, user.unit)
    if user.is_superuser and not actor.is_superuser:
        raise PermissionDenied("系统管理员的密码只能在系统配置中重设")
    if not user.is_active:
        raise ValidationError("账号已停用，请先恢复账号")
    password = one_time_password()
    validate_password(password, user)
    user.set_password(password)
    user.must_change_password = True
    user.save(update_fields=["password", "must_change_password"])
    audit_record(
        actor=actor,
        action="staff.password_reset",
        obj=user,
        unit=user.unit,
        summary=f"重设工作人员 {_person(user)} 的登录密码（一次性密码已当面告知）",
    )
    return password


@transaction.atomic
def office_review_grants_set(*, actor: User, user: User, units: Iterable[Unit]) -> User:
    """The units where a 公开办 member may review (审核); none by default."""
    require_office(actor, user.unit)
    units = list(units)
    for unit in units:
        require_office(actor, unit)
    if units and user.role != Role.OFFICE:
        raise ValidationError("只有公开办人员需要单独授予审核权；审核员在本单位内即可审核")
    old = set(user.review_units.values_list("pk", flat=True))
    new = {u.pk for u in units}
    if old == new:
        return user
    user.review_units.set(units)
    names = {u.pk: u.name for u in Unit.objects.filter(pk__in=old | new)}
    added = sorted(names[pk] for pk in new - old)
    removed = sorted(names[pk] for pk in old - new)
    parts = []
    if added:
        parts.append(f"授予 {'、'.join(added)} 的审核权")
    if removed:
        parts.append(f"收回 {'、'.join(removed)} 的审核权")
    audit_record(
        actor=actor,
        action="staff.review_grant",
        obj=user,
        unit=user.unit,
        summary=f"{_person(user)}：{'；'.join(parts)}",
        changes={"added": added, "removed": removed},
    )
    return user


@transaction.atomic
def own_password_change(*, user: User, new_password: str) -> User:
    """A person sets their own password (after a one-time one, or at any time)."""
    if not is_staff_member(user):
        raise PermissionDenied("此操作仅供工作人员使用")
    validate_password(new_password, user)
    user.set_password(new_password)
    user.must_change_password = False
    user.save(update_fields=["password", "must_change_password"])
    audit_record(
        actor=user,
        action="staff.password_change",
        obj=user,
        unit=user.unit,
        summary=f"{_person(user)} 修改了自己的登录密码",
    )
    return user


# --- edits made in the Django admin ----------------------------------------------------


def _plain(value):
    if isinstance(value, Model):
        return str(value)
    if isinstance(value, (list, tuple, set)):
        return sorted(str(v) for v in value)
    return value


@transaction.atomic
def admin_user_saved(*, actor: User, user: User, before: dict | None, after: dict) -> None:
    """Audit a user created or changed in the admin, naming each changed field."""
    changes = {
        key: [_plain(before.get(key)) if before else None, _plain(value)]
        for key, value in after.items()
        if before is None or _plain(before.get(key)) != _plain(value)
    }
    if "password" in changes:
        changes["password"] = ["（已隐藏）", "（已更改）"]
    if before is not None and not changes:
        return
    audit_record(
        actor=actor,
        action="staff.admin_create" if before is None else "staff.admin_update",
        obj=user,
        unit=user.unit,
        summary=(
            f"在系统配置中{'新建' if before is None else '修改'}工作人员 {_person(user)}"
            + (f"（{user.get_role_display()}）" if user.role else "")
        ),
        changes=changes,
    )


@transaction.atomic
def admin_user_deleted(*, actor: User, user: User) -> None:
    audit_record(
        actor=actor,
        action="staff.admin_delete",
        obj=user,
        unit=user.unit,
        summary=f"在系统配置中删除工作人员 {_person(user)}",
        changes={"username": user.username, "role": user.role, "unit": str(user.unit or "")},
    )


@transaction.atomic
def calendar_year_mark(*, actor: User | None, year: int, source: str = "") -> CalendarYear:
    """Mark a year's official calendar as loaded and recompute open deadlines of that year,
    exactly as ``gongkai calendar-load`` does after loading a file."""
    if not 1900 <= int(year) <= 2199:
        raise ValidationError({"year": "年份应在1900至2199之间"})
    cal, created = CalendarYear.objects.update_or_create(year=year, defaults={"source": source})
    audit_record(
        actor=actor,
        action="calendar.year_mark",
        obj=cal,
        summary=f"标记 {year} 年工作日历已载入" + (f"（依据：{source}）" if source else ""),
        changes={"year": year, "source": source, "created": created},
    )
    core_services._schedule_recompute({int(year)})
    return cal


@transaction.atomic
def calendar_year_unmark(*, actor: User | None, calendar_year: CalendarYear) -> None:
    """Un-mark a year: its open deadlines become provisional again."""
    year = calendar_year.year
    audit_record(
        actor=actor,
        action="calendar.year_unmark",
        obj=calendar_year,
        summary=f"取消 {year} 年工作日历的已载入标记",
        changes={"year": year},
    )
    calendar_year.delete()
    core_services._schedule_recompute({year})
