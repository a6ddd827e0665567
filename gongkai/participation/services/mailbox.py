"""The leader mailbox (领导信箱 / 网上留言): submit, track, transfer, answer, review."""

from __future__ import annotations

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import tracking
from gongkai.core.audit import audit_record
from gongkai.core.duties import ensure_not_author
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import require_review, require_role
from gongkai.core.workflow import transition
from gongkai.participation.deadlines import answer_deadline
from gongkai.participation.models import (
    Message,
    MessageKind,
    MessageKindLimit,
    MessageTransfer,
)
from gongkai.participation.rules import rating_label
from gongkai.participation.selectors import answer_limit
from gongkai.participation.services.common import (
    MESSAGE_LIMIT,
    SEARCH_MESSAGE,
    _require_staff_of,
    _required,
    _throttle,
)
from gongkai.search.registry import schedule_reindex

code_digest = tracking.code_digest


def _new_tracking_number() -> str:
    today = timezone.localdate().strftime("%Y%m%d")
    while True:
        number = f"LY{today}{secrets.randbelow(10**6):06d}"
        if not Message.objects.filter(tracking_number=number).exists():
            return number


@transaction.atomic
def message_submit(
    *,
    kind: str,
    unit: Unit | None,
    subject: str,
    text: str,
    contact: str,
    name: str = "",
    may_publish: bool = False,
    leader: User | None = None,
    client: str = "",
) -> tuple[Message, str]:
    """A citizen writes; returns the message and the one-time query code (only hashed)."""
    if kind not in MessageKind.values:
        raise ValidationError({"kind": "留言类型应为：咨询、建议、投诉或求助"})
    if leader is not None:
        if leader.role != Role.LEADER or not leader.is_active or not leader.unit_id:
            raise ValidationError({"leader": "所选领导不存在"})
        unit = leader.unit  # a letter to a leader goes to the leader's own unit first
    if unit is None:
        raise ValidationError({"unit": "请选择致信的领导或单位"})
    subject = _required(subject, "主题", 200)
    text = _required(text, "内容", 5000)
    contact = _required(contact, "联系方式", 100)
    name = (name or "").strip()
    if len(name) > 50:
        raise ValidationError({"name": "姓名最多 50 个字符"})
    _throttle(Message.objects, client, MESSAGE_LIMIT, "received_at", "留言")
    now = timezone.now()
    due = answer_deadline(kind, timezone.localdate(now), answer_limit(kind))
    number = _new_tracking_number()
    code = tracking.random_code(8)
    message = Message.objects.create(
        tracking_number=number,
        code_hash=code_digest(number, code),
        kind=kind,
        leader=leader,
        addressed_unit=unit,
        unit=unit,
        subject=subject,
        text=text,
        name=name,
        contact=contact,
        may_publish=bool(may_publish),
        received_at=now,
        due_start=timezone.localdate(now),
        due=due.due,
        due_provisional=due.provisional,
        due_rule=due.rule,
        due_explanation=due.explanation,
        client_hash=client,
    )
    audit_record(
        actor=None,
        action="participation.message_submit",
        obj=message,
        summary=f"收到留言 {number}（{message.get_kind_display()}）",
        changes={"due": due.due},
    )
    return message, code


TRACK_FAILURES = (10, dt.timedelta(minutes=15))


def message_find_throttled(tracking_number: str, code: str, client: str) -> Message | None:
    """``message_find`` with a limit on wrong guesses per client (codes are short)."""
    from django.core.cache import cache

    limit, window = TRACK_FAILURES
    key = f"participation:track-fail:{client}"
    if client and (cache.get(key) or 0) >= limit:
        minutes = int(window.total_seconds() // 60)
        raise ValidationError(f"查询失败次数过多，请 {minutes} 分钟后再试")
    message = message_find(tracking_number, code)
    if message is None and client:
        if not cache.add(key, 1, int(window.total_seconds())):
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, int(window.total_seconds()))
    return message


def message_find(tracking_number: str, code: str) -> Message | None:
    """The asker's view: both the number and the code must match."""
    number = (tracking_number or "").strip().upper()
    if not number or not code:
        return None
    message = Message.objects.filter(tracking_number=number).first()
    if message is None:
        return None
    if not tracking.code_matches(message.code_hash, number, code):
        return None
    return message


def _lock_message(message: Message) -> Message:
    return Message.objects.select_for_update().get(pk=message.pk)


@transaction.atomic
def message_transfer(*, actor: User, message: Message, to_unit: Unit, reason: str = "") -> Message:
    """转办: route to the responsible unit; every step is kept in MessageTransfer."""
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    status = transition(message, "transfer", Message.TRANSITIONS)
    if to_unit.pk == message.unit_id:
        raise ValidationError({"to_unit": "已由该单位承办"})
    from_unit = message.unit
    MessageTransfer.objects.create(
        message=message, from_unit=from_unit, to_unit=to_unit, reason=reason[:300], actor=actor
    )
    message.unit = to_unit
    message.status = status
    message.save(update_fields=["unit", "status"])
    audit_record(
        actor=actor,
        action="participation.message_transfer",
        obj=message,
        unit=from_unit,
        summary=f"留言 {message.tracking_number} 由{from_unit}转{to_unit}办理",
        changes={"from": from_unit.pk, "to": to_unit.pk, "reason": reason},
    )
    return message


@transaction.atomic
def message_answer(*, actor: User, message: Message, answer: str, publish: bool) -> Message:
    """Answer the asker; an answer to be published first goes to a reviewer."""
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    status = transition(message, "answer_for_review" if publish else "answer", Message.TRANSITIONS)
    answer = _required(answer, "答复内容", 10000)
    if publish and not message.may_publish:
        raise ValidationError({"publish": "留言人未同意公开，答复不能公开"})
    was_published = message.published
    message.answer = answer
    message.answer_publish = bool(publish)
    message.answered_by = actor
    # a new answer is public only after its own review
    message.published = False
    message.published_at = None
    message.status = status
    if not publish:
        message.answered_at = timezone.now()
    message.save()
    audit_record(
        actor=actor,
        action="participation.message_answer",
        obj=message,
        summary=(
            f"留言 {message.tracking_number} 答复已提交审核"
            if publish
            else f"答复留言 {message.tracking_number}"
        ),
        changes={"publish": bool(publish)},
    )
    if was_published:
        schedule_reindex(SEARCH_MESSAGE, message.pk)
    return message


def may_review_answer(actor: User, message: Message) -> bool:
    """Review rights over an answer: the unit's reviewers (a 公开办 member only where
    granted), and the leader of the unit, who signs the answers to their mailbox."""
    from gongkai.core.permissions import can_access_unit, may_review

    if getattr(actor, "role", None) == Role.LEADER and not actor.is_superuser:
        return can_access_unit(actor, message.unit)
    return may_review(actor, message.unit)


def require_answer_review(actor: User, message: Message) -> None:
    if getattr(actor, "role", None) == Role.LEADER and not actor.is_superuser:
        _require_staff_of(actor, message.unit)
        return
    require_review(actor, message.unit)


@transaction.atomic
def message_review(*, actor: User, message: Message, approve: bool, note: str = "") -> Message:
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    require_answer_review(actor, message)
    status = transition(message, "approve" if approve else "return", Message.TRANSITIONS)
    ensure_not_author(actor, message.answered_by_id, "答复")
    if not approve and not note.strip():
        raise ValidationError({"note": "退回须说明理由"})
    now = timezone.now()
    message.status = status
    if approve:
        message.answered_at = now
        message.reviewed_by = actor
        message.published = True
        message.published_at = now
    message.save()
    audit_record(
        actor=actor,
        action="participation.message_review",
        obj=message,
        summary=f"审核留言 {message.tracking_number} 答复：{'通过并公开' if approve else '退回'}",
        changes={"approve": approve, "note": note},
    )
    if approve:
        schedule_reindex(SEARCH_MESSAGE, message.pk)
    return message


@transaction.atomic
def message_invalidate(*, actor: User, message: Message, reason: str) -> Message:
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    require_role(actor, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    reason = _required(reason, "无效理由", 300)
    message.status = transition(message, "invalidate", Message.TRANSITIONS)
    message.invalid_reason = reason
    message.save(update_fields=["status", "invalid_reason"])
    audit_record(
        actor=actor,
        action="participation.message_invalidate",
        obj=message,
        summary=f"留言 {message.tracking_number} 认定为无效：{reason}",
    )
    return message


@transaction.atomic
def message_rate(*, message: Message, rating: int, note: str = "") -> Message:
    message = _lock_message(message)
    if message.status != Message.Status.ANSWERED:
        raise ValidationError("留言答复后才能评价")
    if rating not in (1, 2, 3):
        raise ValidationError({"rating": "评价应为：满意、基本满意或不满意"})
    message.rating = rating
    message.rating_note = (note or "").strip()[:500]
    message.save(update_fields=["rating", "rating_note"])
    audit_record(
        actor=None,
        action="participation.message_rate",
        obj=message,
        summary=f"留言 {message.tracking_number} 评价：{rating_label(rating)}",
    )
    return message


@transaction.atomic
def message_reopen(*, message: Message, reason: str) -> Message:
    """The asker may ask once for the message to be handled again."""
    message = _lock_message(message)
    status = transition(message, "reopen", Message.TRANSITIONS)
    if message.reopened:
        raise ValidationError("每条留言只能申请重新办理一次")
    reason = _required(reason, "重新办理理由", 2000)
    today = timezone.localdate()
    due = answer_deadline(message.kind, today, answer_limit(message.kind))
    message.reopened = True
    message.due_start = today
    message.reopen_reason = reason
    message.status = status
    message.set_deadline(due)
    message.save()
    audit_record(
        actor=None,
        action="participation.message_reopen",
        obj=message,
        summary=f"留言人申请重新办理 {message.tracking_number}",
        changes={"due": due.due},
    )
    return message


@transaction.atomic
def message_limit_set(*, actor: User, kind: str, working_days: int) -> MessageKindLimit:
    require_role(actor, Role.OFFICE)
    if kind not in MessageKind.values:
        raise ValidationError({"kind": "留言类型不正确"})
    if not 1 <= int(working_days) <= 60:
        raise ValidationError({"working_days": "答复时限应在 1 到 60 个工作日之间"})
    row, _ = MessageKindLimit.objects.update_or_create(
        kind=kind, defaults={"working_days": int(working_days)}
    )
    audit_record(
        actor=actor,
        action="participation.message_limit_set",
        obj=row,
        unit=actor.unit,
        summary=f"{MessageKind(kind).label}留言答复时限设为 {working_days} 个工作日",
    )
    return row
