"""The audit trail: append-only events chained by HMAC-SHA-256.

The chain key lives outside the database (``gongkai.core.auditkey``): whoever can write
the database but not read the key cannot recompute a forged chain. Anchors (the head's
count and hash, written periodically to an append-only file) catch a shortened chain.

Every service that changes a domain object calls ``audit_record`` inside its own
transaction, so the change and its audit row commit or roll back together. The chain
head row is locked for the insert, which serialises writers and keeps ``seq`` gapless:
a removed event shows as a gap, an altered one as a hash mismatch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import connections, models, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

from gongkai.core.models import AuditEvent, AuditHead, Unit, User

GENESIS = "0" * 64


def _digest(fields: dict[str, Any]) -> str:
    from gongkai.core.auditkey import audit_key

    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(audit_key(), payload.encode("utf-8"), hashlib.sha256).hexdigest()


def _fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "created_at": event.created_at.astimezone(dt.UTC).isoformat(),
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "unit_id": event.unit_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "summary": event.summary,
        "changes": event.changes,
        "prev_hash": event.prev_hash,
    }


def _object_ref(obj: models.Model | None) -> tuple[str, str]:
    if obj is None:
        return "", ""
    return obj._meta.label_lower, str(obj.pk)


@dataclass(frozen=True)
class _Statements:
    """The three statements of an audit write, built once per database connection."""

    head: str
    move: str
    insert: str
    insert_fields: tuple[models.Field, ...]
    returning: bool


_statements: dict[tuple[str, str], _Statements] = {}


def _column(model: type[models.Model], name: str) -> str:
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field) or not field.column:
        raise TypeError(f"{model.__name__}.{name} is not a column")
    return field.column


def _statements_for(conn: BaseDatabaseWrapper) -> _Statements:
    key = (conn.alias, conn.vendor)
    built = _statements.get(key)
    if built is not None:
        return built
    quote = conn.ops.quote_name
    meta = AuditEvent._meta
    head_table = quote(AuditHead._meta.db_table)
    head_pk, seq, hash_ = (quote(_column(AuditHead, n)) for n in ("id", "last_seq", "last_hash"))
    fields = tuple(f for f in meta.concrete_fields if f is not meta.pk)
    # Names from the models' own metadata, quoted by the backend; values are parameters.
    head = f"SELECT {seq}, {hash_} FROM {head_table} WHERE {head_pk} = %s"  # noqa: S608
    if conn.features.has_select_for_update:
        head += " FOR UPDATE"
    move = f"UPDATE {head_table} SET {seq} = %s, {hash_} = %s WHERE {head_pk} = %s"  # noqa: S608
    columns = ", ".join(quote(_column(AuditEvent, f.name)) for f in fields)
    values = ", ".join(["%s"] * len(fields))
    insert = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({values})"  # noqa: S608
    returning = bool(conn.features.can_return_columns_from_insert)
    if returning:
        insert += f" RETURNING {quote(_column(AuditEvent, 'id'))}"
    built = _statements[key] = _Statements(head, move, insert, fields, returning)
    return built


def _head_for_update(conn: BaseDatabaseWrapper) -> tuple[int, str]:
    """The chain head's count and hash, its row locked until the transaction ends (created
    the first time)."""
    head = _statements_for(conn).head
    with conn.cursor() as cursor:
        cursor.execute(head, [1])
        row = cursor.fetchone()
        if row is None:
            # The first event: create the head row unless a concurrent writer just did
            # (then wait for it), and lock it.
            AuditHead.objects.using(conn.alias).bulk_create(
                [AuditHead(id=1)], ignore_conflicts=True
            )
            cursor.execute(head, [1])
            row = cursor.fetchone()
    return int(row[0]), row[1]


def _head_move(conn: BaseDatabaseWrapper, seq: int, hash_: str) -> None:
    with conn.cursor() as cursor:
        cursor.execute(_statements_for(conn).move, [seq, hash_, 1])


def _insert(conn: BaseDatabaseWrapper, event: AuditEvent) -> None:
    """INSERT the event as ``save()`` would (each field's own conversion for the database),
    with a statement built once instead of by the query compiler on every call."""
    statements = _statements_for(conn)
    params = [f.get_db_prep_save(getattr(event, f.attname), conn) for f in statements.insert_fields]
    meta = AuditEvent._meta
    with conn.cursor() as cursor:
        cursor.execute(statements.insert, params)
        if statements.returning:
            pk = cursor.fetchone()[0]
        else:
            pk = conn.ops.last_insert_id(cursor, meta.db_table, _column(AuditEvent, "id"))
    event.pk = meta.pk.to_python(pk)
    event._state.adding = False
    event._state.db = conn.alias


def _unit_id_of(obj: models.Model) -> int | None:
    """The id of the unit an object belongs to: the object itself if it is one, else its
    ``unit`` foreign key as stored (no query for the unit itself), else the Unit its
    ``unit`` attribute gives, if it gives one."""
    if isinstance(obj, Unit):
        return obj.pk
    try:
        field = obj._meta.get_field("unit")
    except FieldDoesNotExist:
        field = None
    if isinstance(field, models.ForeignKey) and field.related_model is Unit:
        return getattr(obj, field.attname)
    unit = getattr(obj, "unit", None)
    return unit.pk if isinstance(unit, Unit) else None


def audit_record(
    *,
    actor: User | None,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    unit: Unit | None = None,
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event. Call inside the service's transaction: the event is part of it
    (no savepoint of its own; a failure here fails the whole change)."""
    conn = connections[router.db_for_write(AuditEvent)]
    with transaction.atomic(using=conn.alias, savepoint=False):
        return _record(
            conn,
            actor=actor,
            action=action,
            obj=obj,
            object_type=object_type,
            object_id=object_id,
            unit=unit,
            summary=summary,
            changes=changes,
        )


def _record(
    conn: BaseDatabaseWrapper,
    *,
    actor: User | None,
    action: str,
    obj: models.Model | None,
    object_type: str,
    object_id: str,
    unit: Unit | None,
    summary: str,
    changes: dict[str, Any] | None,
) -> AuditEvent:
    unit_id = None
    if obj is not None:
        object_type, object_id = _object_ref(obj)
        if unit is None:
            unit_id = _unit_id_of(obj)
    last_seq, last_hash = _head_for_update(conn)
    actor_label = ""
    if actor is not None and getattr(actor, "pk", None):
        actor_label = f"{actor.username}（{actor}）"
    else:
        actor = None
        actor_label = "系统"
    event = AuditEvent(
        seq=last_seq + 1,
        created_at=timezone.now(),
        actor=actor,
        actor_label=actor_label,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        summary=summary,
        changes=json.loads(json.dumps(changes or {}, ensure_ascii=False, default=str)),
        prev_hash=last_hash,
    )
    if isinstance(unit, Unit):
        if unit.pk is None:
            raise ValueError("审计事件不能指向尚未保存的机构")
        event.unit = unit
    else:
        event.unit_id = unit_id
    event.hash = _digest(_fields(event))
    _insert(conn, event)
    _head_move(conn, event.seq, event.hash)
    return event


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


def audit_verify(batch: int = 2000) -> VerifyResult:
    """Walk the chain in order; report the first event altered, removed or reordered."""
    expected_prev = GENESIS
    expected_seq = 1
    checked = 0
    while True:
        chunk = list(AuditEvent.objects.filter(seq__gte=expected_seq).order_by("seq")[:batch])
        if not chunk:
            break
        for event in chunk:
            if event.seq != expected_seq:
                return VerifyResult(
                    False, checked, expected_seq, f"第 {expected_seq} 条事件缺失（已被删除）"
                )
            if event.prev_hash != expected_prev:
                return VerifyResult(
                    False, checked, event.seq, f"第 {event.seq} 条事件的前序哈希不符"
                )
            if _digest(_fields(event)) != event.hash:
                return VerifyResult(False, checked, event.seq, f"第 {event.seq} 条事件内容被改动")
            expected_prev = event.hash
            expected_seq += 1
            checked += 1
    head = AuditHead.objects.filter(id=1).first()
    if head and head.last_seq != checked:
        return VerifyResult(
            False, checked, checked + 1, f"链尾缺失：应有 {head.last_seq} 条，实有 {checked} 条"
        )
    if head and head.last_hash != expected_prev:
        return VerifyResult(False, checked, checked, "链尾哈希与记录不符")
    from gongkai.core.auditkey import check_anchors

    problem = check_anchors(checked, expected_prev)
    if problem:
        return VerifyResult(False, checked, problem[0], problem[1])
    return VerifyResult(True, checked)
