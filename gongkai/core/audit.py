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

from django.db import models, transaction
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


@transaction.atomic
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
    """Append one event. Call inside the service's transaction."""
    if obj is not None:
        object_type, object_id = _object_ref(obj)
        if unit is None:
            unit = getattr(obj, "unit", None) if not isinstance(obj, Unit) else obj
    head, _ = AuditHead.objects.select_for_update().get_or_create(id=1)
    actor_label = ""
    if actor is not None and getattr(actor, "pk", None):
        actor_label = f"{actor.username}（{actor}）"
    else:
        actor = None
        actor_label = "系统"
    event = AuditEvent(
        seq=head.last_seq + 1,
        created_at=timezone.now(),
        actor=actor,
        actor_label=actor_label,
        unit=unit if isinstance(unit, Unit) else None,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        summary=summary,
        changes=json.loads(json.dumps(changes or {}, ensure_ascii=False, default=str)),
        prev_hash=head.last_hash,
    )
    event.hash = _digest(_fields(event))
    event.save()
    head.last_seq = event.seq
    head.last_hash = event.hash
    head.save(update_fields=["last_seq", "last_hash"])
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
