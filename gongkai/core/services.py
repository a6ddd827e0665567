"""Writes of the core domain: units, staff, the calendar and API tokens."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import secrets
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import ApiToken, CalendarOverride, CalendarYear, Role, Unit, User

# --- units ---------------------------------------------------------------------------


def _set_path(unit: Unit) -> None:
    prefix = unit.parent.path if unit.parent is not None else "/"
    unit.path = f"{prefix}{unit.pk}/"


@transaction.atomic
def unit_create(*, actor: User | None = None, parent: Unit | None = None, **fields) -> Unit:
    unit = Unit(parent=parent, **fields)
    unit.full_clean(exclude=["path"])
    unit.save()
    _set_path(unit)
    unit.save(update_fields=["path"])
    audit_record(actor=actor, action="unit.create", obj=unit, summary=f"新建机构 {unit.name}")
    return unit


@transaction.atomic
def unit_update(*, actor: User | None, unit: Unit, **fields) -> Unit:
    changes = {}
    for key, value in fields.items():
        if key in {"parent", "path", "id"}:
            raise ValidationError("请使用 unit_move 调整上级机构")
        if getattr(unit, key) != value:
            changes[key] = [getattr(unit, key), value]
            setattr(unit, key, value)
    unit.full_clean(exclude=["path"])
    unit.save()
    if changes:
        audit_record(
            actor=actor,
            action="unit.update",
            obj=unit,
            changes=changes,
            summary=f"修改机构 {unit.name}",
        )
    return unit


@transaction.atomic
def unit_move(*, actor: User | None, unit: Unit, parent: Unit | None) -> Unit:
    if parent is not None and parent.path.startswith(unit.path):
        raise ValidationError("不能把机构移到它自己的下级之下")
    old_path = unit.path
    unit.parent = parent
    _set_path(unit)
    unit.save(update_fields=["parent", "path"])
    for child in Unit.objects.filter(path__startswith=old_path).exclude(pk=unit.pk):
        child.path = unit.path + child.path[len(old_path) :]
        child.save(update_fields=["path"])
    audit_record(
        actor=actor, action="unit.move", obj=unit, summary=f"调整上级机构为 {parent or '（无）'}"
    )
    return unit


# --- staff ---------------------------------------------------------------------------


@transaction.atomic
def staff_create(
    *,
    actor: User | None = None,
    username: str,
    password: str,
    unit: Unit,
    role: str,
    name: str = "",
    email: str = "",
    phone: str = "",
) -> User:
    if role not in Role.values:
        raise ValidationError({"role": f"未知角色：{role}"})
    if User.objects.filter(username=username).exists():
        raise ValidationError({"username": f"用户名 {username} 已存在"})
    user = User(
        username=username,
        unit=unit,
        role=role,
        email=email,
        phone=phone,
        last_name=name[:1],
        first_name=name[1:],
    )
    user.set_password(password)
    # The username's uniqueness is checked above (the one unique field): not again here.
    user.full_clean(exclude=["password"], validate_unique=False)
    user.save()
    audit_record(
        actor=actor,
        action="staff.create",
        obj=user,
        unit=unit,
        summary=f"新建工作人员 {user}（{Role(role).label}）",
    )
    return user


# --- calendar ------------------------------------------------------------------------


KIND_ALIASES = {
    "holiday": CalendarOverride.Kind.HOLIDAY,
    "休": CalendarOverride.Kind.HOLIDAY,
    "假": CalendarOverride.Kind.HOLIDAY,
    "off": CalendarOverride.Kind.HOLIDAY,
    "workday": CalendarOverride.Kind.WORKDAY,
    "班": CalendarOverride.Kind.WORKDAY,
    "上班": CalendarOverride.Kind.WORKDAY,
    "work": CalendarOverride.Kind.WORKDAY,
}


def _schedule_recompute(years: set[int]) -> None:
    from gongkai.core.tasks import recompute_deadlines

    years_list = sorted(years)
    transaction.on_commit(lambda: recompute_deadlines.enqueue(years=years_list))


@transaction.atomic
def calendar_override_set(
    *, actor: User | None, date: dt.date, kind: str, name: str = "", source: str = ""
) -> CalendarOverride:
    if kind not in CalendarOverride.Kind.values:
        raise ValidationError({"kind": "类型应为 holiday（休息）或 workday（调休上班）"})
    override, created = CalendarOverride.objects.update_or_create(
        date=date, defaults={"kind": kind, "name": name, "source": source}
    )
    audit_record(
        actor=actor,
        action="calendar.set",
        obj=override,
        summary=f"{date} 设为{override.get_kind_display()} {name}".strip(),
    )
    _schedule_recompute({date.year})
    return override


@transaction.atomic
def calendar_override_delete(*, actor: User | None, override: CalendarOverride) -> None:
    year = override.date.year
    audit_record(
        actor=actor,
        action="calendar.delete",
        obj=override,
        summary=f"删除 {override.date} 的日历调整",
    )
    override.delete()
    _schedule_recompute({year})


def calendar_parse_csv(text: str) -> list[tuple[dt.date, str, str, str]]:
    """Parse ``date,kind[,name[,source]]`` rows; kind is holiday/workday or 休/班.

    Raises ValidationError listing every bad line so that a person can fix the file.
    """
    rows: list[tuple[dt.date, str, str, str]] = []
    errors: list[str] = []
    seen: set[dt.date] = set()
    for lineno, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        if not row or not "".join(row).strip() or row[0].strip().startswith("#"):
            continue
        if lineno == 1 and row[0].strip().lower() in {"date", "日期"}:
            continue
        if len(row) < 2:
            errors.append(f"第 {lineno} 行：至少需要日期和类型两列")
            continue
        try:
            day = dt.date.fromisoformat(row[0].strip())
        except ValueError:
            errors.append(f"第 {lineno} 行：日期“{row[0].strip()}”应为 YYYY-MM-DD")
            continue
        kind = KIND_ALIASES.get(row[1].strip().lower())
        if kind is None:
            errors.append(f"第 {lineno} 行：类型“{row[1].strip()}”应为 holiday/workday 或 休/班")
            continue
        if day in seen:
            errors.append(f"第 {lineno} 行：日期 {day} 重复")
            continue
        seen.add(day)
        name = row[2].strip() if len(row) > 2 else ""
        source = row[3].strip() if len(row) > 3 else ""
        rows.append((day, kind, name, source))
    if errors:
        raise ValidationError(errors)
    if not rows:
        raise ValidationError("文件中没有日历数据")
    return rows


@transaction.atomic
def calendar_load(
    *, actor: User | None, rows: Iterable[tuple[dt.date, str, str, str]], source: str = ""
) -> set[int]:
    """Load whole years: the years in ``rows`` are replaced and marked as loaded."""
    rows = list(rows)
    years = {r[0].year for r in rows}
    CalendarOverride.objects.filter(date__year__in=years).delete()
    CalendarOverride.objects.bulk_create(
        CalendarOverride(date=d, kind=k, name=n, source=s or source) for d, k, n, s in rows
    )
    for year in years:
        CalendarYear.objects.update_or_create(year=year, defaults={"source": source})
    audit_record(
        actor=actor,
        action="calendar.load",
        object_type="core.calendaryear",
        object_id=",".join(map(str, sorted(years))),
        summary=f"载入 {'、'.join(map(str, sorted(years)))} 年工作日历，共 {len(rows)} 条调整",
        changes={"source": source, "rows": len(rows)},
    )
    _schedule_recompute(years)
    return years


# --- API tokens ----------------------------------------------------------------------


def token_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def token_create(*, actor: User | None, user: User, name: str = "") -> tuple[ApiToken, str]:
    """Create a token; the clear key is returned once and never stored."""
    key = "gk_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, key_hash=token_hash(key), prefix=key[:8])
    audit_record(
        actor=actor,
        action="token.create",
        obj=token,
        unit=user.unit,
        summary=f"为 {user.username} 创建接口令牌 {token.prefix}…",
    )
    return token, key


def token_authenticate(key: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user", "user__unit")
        .filter(key_hash=token_hash(key), revoked=False, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
