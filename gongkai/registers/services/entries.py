"""The shared pattern's writes: create and edit a draft entry of any register, and move
it through the shared workflow (submit, return, publish, withdraw, revise). Publication
checks the register's required elements and its own rule, raises the version number,
keeps a snapshot and tells the search index. Every write leaves an audit row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, require_unit
from gongkai.core.workflow import transition
from gongkai.registers.models import TRANSITIONS, EntryStatus, EntryVersion, RegisterEntry
from gongkai.registers.registry import SPECS, RegisterSpec, spec_for

#: actions a reviewer or the office decides; an editor may only submit
REVIEW_ACTIONS = {"return", "publish", "withdraw", "revise"}

#: register key -> fn(actor, entry) run on the locked entry just before publication: the
#: register's own rule (may raise ValidationError) and what publication sets in motion
PUBLISH_STEPS: dict[str, Callable[[Any, Any], None]] = {}
#: register key -> fn(entry, action, data=None) that may refuse a transition or, with
#: action "update", an edit of a draft (ValidationError)
GUARDS: dict[str, Callable[..., None]] = {}
#: register key -> fn(actor, entry) run when an entry is created
CREATE_HOOKS: dict[str, Callable[[Any, Any], None]] = {}
#: register key -> fn(entry) -> Deadline: the publication deadline of an entry that has one
#: (stored with the core.deadlines fields on every create and edit)
DEADLINES: dict[str, Callable[[Any], Any]] = {}


def search_source(spec: RegisterSpec) -> str:
    return f"registers.{spec.key}"


def _lock(entry: RegisterEntry) -> RegisterEntry:
    return type(entry)._default_manager.select_for_update().get(pk=entry.pk)


def field_label(obj: models.Model | type[models.Model], name: str) -> str:
    """A field's Chinese name."""
    return str(getattr(obj._meta.get_field(name), "verbose_name", name))


def display_value(entry: models.Model, name: str) -> str:
    """A field's value as the public reads it (choices by their Chinese name)."""
    field = entry._meta.get_field(name)
    if field.many_to_many:
        return "、".join(str(o) for o in getattr(entry, name).all())
    if getattr(field, "choices", None):
        return str(getattr(entry, f"get_{name}_display")())
    value = getattr(entry, name)
    if value is None or value == "":
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def missing_elements(entry: RegisterEntry, spec: RegisterSpec) -> list[str]:
    """The Chinese names of the required elements still empty."""
    missing = []
    for name in spec.required:
        field = entry._meta.get_field(name)
        if field.many_to_many:
            empty = entry.pk is None or not getattr(entry, name).exists()
        else:
            value = getattr(entry, name if not field.is_relation else f"{name}_id")
            empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            missing.append(field_label(entry, name))
    return missing


def snapshot(entry: RegisterEntry, spec: RegisterSpec) -> dict[str, str]:
    data = {"title": entry.title}
    for name in spec.public_fields:
        data[name] = display_value(entry, name)
    return data


def _split(model, data: dict) -> tuple[dict, dict]:
    plain, m2m = {}, {}
    for name, value in data.items():
        if model._meta.get_field(name).many_to_many:
            m2m[name] = value
        else:
            plain[name] = value
    return plain, m2m


def _changes(entry, plain: dict) -> dict:
    out = {}
    for name, value in plain.items():
        old = getattr(entry, name)
        if old != value:
            out[name] = [
                str(old) if old is not None else None,
                str(value) if value is not None else None,
            ]
    return out


@transaction.atomic
def entry_create(*, actor, key: str, data: dict) -> RegisterEntry:
    """A new draft entry of register ``key`` in a unit the actor may act for."""
    spec = SPECS[key]
    require_unit(actor, data.get("unit"))
    plain, m2m = _split(spec.model, data)
    entry = spec.model(**plain, created_by=actor if getattr(actor, "pk", None) else None)
    hook = CREATE_HOOKS.get(key)
    if hook is not None:
        hook(actor, entry)
    if key in DEADLINES:
        cast(Any, entry).set_deadline(DEADLINES[key](entry))
    entry.full_clean()
    entry.save()
    for name, value in m2m.items():
        getattr(entry, name).set(value)
    audit_record(
        actor=actor, action="registers.entry_create", obj=entry,
        summary=f"登记{spec.entry_label}：{entry.title}",
    )  # fmt: skip
    return entry


@transaction.atomic
def entry_update(*, actor, entry: RegisterEntry, data: dict) -> RegisterEntry:
    """Edit a draft (a published entry is revised first, which makes it a draft again)."""
    spec = spec_for(entry)
    entry = _lock(entry)
    require_unit(actor, entry.unit)
    if entry.status != EntryStatus.DRAFT:
        raise ValidationError("只有草稿可以修改；已公开的条目请先点“修订”")
    if "unit" in data:
        require_unit(actor, data["unit"])
    guard = GUARDS.get(spec.key)
    if guard is not None:
        guard(entry, "update", data)
    plain, m2m = _split(spec.model, data)
    changes = _changes(entry, plain)
    for name, value in plain.items():
        setattr(entry, name, value)
    if spec.key in DEADLINES:
        cast(Any, entry).set_deadline(DEADLINES[spec.key](entry))
    entry.full_clean()
    entry.save()
    for name, value in m2m.items():
        getattr(entry, name).set(value)
        changes[name] = "已更新"
    audit_record(
        actor=actor, action="registers.entry_update", obj=entry,
        summary=f"修改{spec.entry_label}：{entry.title}", changes=changes,
    )  # fmt: skip
    return entry


def _check_role(actor, action: str) -> None:
    if action in REVIEW_ACTIONS and not has_role(actor, Role.REVIEWER, Role.OFFICE):
        raise PermissionDenied("审核、公开、撤回和修订需要审核员或公开办")


@transaction.atomic
def entry_transition(*, actor, entry: RegisterEntry, action: str, note: str = "") -> RegisterEntry:
    """Move ``entry`` along the shared workflow; ``publish`` checks the required elements
    and the register's own rule, then raises the version and keeps a snapshot."""
    if action not in TRANSITIONS:
        raise ValidationError("不支持的操作")
    spec = spec_for(entry)
    entry = _lock(entry)
    require_unit(actor, entry.unit)
    _check_role(actor, action)
    target = transition(entry, action, TRANSITIONS)
    guard = GUARDS.get(spec.key)
    if guard is not None:
        guard(entry, action)
    now = timezone.now()
    if action == "publish":
        missing = missing_elements(entry, spec)
        if missing:
            raise ValidationError(f"以下要素未填写，不能公开：{'、'.join(missing)}")
        step = PUBLISH_STEPS.get(spec.key)
        if step is not None:
            step(actor, entry)
        entry.version += 1
        entry.published_at = now
    if action == "submit":
        missing = missing_elements(entry, spec)
        if missing:
            raise ValidationError(f"以下要素未填写，不能提交：{'、'.join(missing)}")
    before = entry.status
    entry.status = target
    entry.save()
    if action == "publish":
        EntryVersion.objects.create(
            register=spec.key, entry_id=entry.pk, version=entry.version,
            data=snapshot(entry, spec), published_at=now,
            published_by=actor if getattr(actor, "pk", None) else None,
        )  # fmt: skip
    if action in ("publish", "withdraw", "revise"):
        from gongkai.search.registry import schedule_reindex

        schedule_reindex(search_source(spec), entry.pk)
    audit_record(
        actor=actor, action=f"registers.entry_{action}", obj=entry,
        summary=f"{spec.entry_label}《{entry.title}》：{entry.get_status_display()}"
        + (f"（第{entry.version}版）" if action == "publish" else "")
        + (f"；{note}" if note else ""),
        changes={"status": [before, entry.status]},
    )  # fmt: skip
    return entry
