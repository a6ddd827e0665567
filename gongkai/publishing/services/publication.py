"""Publication: 先审查后公开 with an index number and the ledger; withdraw, expire, repeal."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.core.permissions import require_review, require_unit
from gongkai.publishing.index_numbers import next_index_number
from gongkai.publishing.models import (
    InformationItem,
    PublicationLedger,
    Review,
)
from gongkai.publishing.services.common import (
    SEARCH_SOURCE,
    Item,
    S,
    _apply_due,
    _lock,
    _transition,
)
from gongkai.publishing.services.findings import open_blocking_findings
from gongkai.publishing.workflow import OPEN_STATES
from gongkai.search.registry import schedule_reindex


def _ledger(item, action, actor, review=None, note="") -> PublicationLedger:
    label = f"{actor.username}（{actor}）" if actor is not None else "系统"
    return PublicationLedger.objects.create(
        item=item,
        unit=item.unit,
        action=action,
        index_number=item.index_number or "",
        title=item.title[:300],
        actor=actor,
        actor_label=label,
        review=review,
        note=note,
    )


def item_publish(*, actor: User, item: InformationItem) -> InformationItem:
    """先审查后公开: only an approved item, with its review, is published."""
    if item.revision_of_id:
        from gongkai.publishing.services.revisions import revision_apply

        return revision_apply(actor=actor, revision=item)
    for attempt in range(3):
        try:
            return _item_publish(actor=actor, item=item)
        except IntegrityError:
            # Another transaction created the (unit, year) counter first; retry once it
            # committed. Uniqueness of the number itself is guarded by the database.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@transaction.atomic
def _item_publish(*, actor: User, item: InformationItem) -> InformationItem:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    target = _transition(item, "publish")
    if item.attribute != Item.Attribute.PROACTIVE:
        raise ValidationError(
            "只有“主动公开”的信息可以发布到网站；依申请公开和不予公开的信息不发布"
        )
    review = item.reviews.filter(decision=Review.Decision.APPROVED).first()
    if review is None:
        raise ValidationError("没有审核通过的审查记录，不能发布（先审查后公开）")
    if open_blocking_findings(item).exists():
        raise ValidationError("尚有未处理的个人信息，不能发布")
    now = timezone.now()
    if not item.index_number:
        item.index_number = next_index_number(item.unit, timezone.localdate(now).year)
    item.status = target
    item.published_at = now
    item.save()
    ledger = _ledger(item, PublicationLedger.Action.PUBLISHED, actor, review)
    late = item.due is not None and now > item.due
    audit_record(
        actor=actor,
        action="publishing.publish",
        obj=item,
        summary=f"发布《{item.title}》，索引号 {item.index_number}"
        + ("（已超过公开时限）" if late else ""),
        changes={
            "status": [S.APPROVED, target],
            "index_number": item.index_number,
            "ledger": ledger.pk,
        },
    )
    # Interpretations waiting for this document now have their 3-day clock running.
    for interp in item.interpretations.filter(status__in=OPEN_STATES):
        _apply_due(interp)
        interp.save(update_fields=list(interp.DEADLINE_FIELDS))
    schedule_reindex(SEARCH_SOURCE, item.pk)
    return item


def _end_state(*, actor, item, action, ledger_action, note, summary) -> InformationItem:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    target = _transition(item, action)
    old = item.status
    item.status = target
    if action in ("expire", "repeal"):
        item.validity = Item.Validity.EXPIRED if action == "expire" else Item.Validity.REPEALED
        item.validity_changed_on = timezone.localdate()
    item.save()
    if old != S.APPROVED:
        _ledger(item, ledger_action, actor, note=note)
    audit_record(
        actor=actor,
        action=f"publishing.{action}",
        obj=item,
        summary=summary.format(title=item.title) + (f"：{note}" if note else ""),
        changes={"status": [old, target]},
    )
    schedule_reindex(SEARCH_SOURCE, item.pk)
    return item


@transaction.atomic
def item_withdraw(*, actor: User, item: InformationItem, note: str) -> InformationItem:
    if not (note or "").strip():
        raise ValidationError({"note": "撤回须说明理由"})
    return _end_state(
        actor=actor,
        item=item,
        action="withdraw",
        ledger_action=PublicationLedger.Action.WITHDRAWN,
        note=note.strip(),
        summary="撤回《{title}》",
    )


@transaction.atomic
def item_expire(*, actor: User, item: InformationItem, note: str = "") -> InformationItem:
    return _end_state(
        actor=actor,
        item=item,
        action="expire",
        ledger_action=PublicationLedger.Action.EXPIRED,
        note=(note or "").strip(),
        summary="宣布《{title}》失效",
    )


@transaction.atomic
def item_repeal(*, actor: User, item: InformationItem, note: str = "") -> InformationItem:
    return _end_state(
        actor=actor,
        item=item,
        action="repeal",
        ledger_action=PublicationLedger.Action.REPEALED,
        note=(note or "").strip(),
        summary="废止《{title}》",
    )
