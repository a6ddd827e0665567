"""The policy Q&A base (一号答): entries reviewed before publication, built by hand or
from an answered mailbox message with one click (personal data masked)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.duties import ensure_not_author
from gongkai.core.models import Unit
from gongkai.core.permissions import get_for_user, require_review, require_unit
from gongkai.core.workflow import transition
from gongkai.privacy import mask_text
from gongkai.response.models import QAEntry
from gongkai.response.workflow import QA
from gongkai.search.registry import schedule_reindex

SEARCH_QA = "response.qa"


@transaction.atomic
def qa_create(*, actor, unit: Unit, question: str, answer: str, items=()) -> QAEntry:
    require_unit(actor, unit)
    if not question.strip() or not answer.strip():
        raise ValidationError("请填写问题和答复")
    bad = [i for i in items if i.status != "published"]
    if bad:
        raise ValidationError("只能关联已发布的政策文件")
    entry = QAEntry.objects.create(
        unit=unit,
        question=question.strip(),
        answer=answer.strip(),
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    entry.items.set(items)
    audit_record(
        actor=actor,
        action="response.qa_create",
        obj=entry,
        summary=f"新增政策问答：{entry.question[:60]}",
        changes={"items": [i.pk for i in items]},
    )
    return entry


@transaction.atomic
def qa_from_message(*, actor, message) -> QAEntry:
    """An answered mailbox message becomes a draft entry, personal data masked."""
    require_unit(actor, message.unit)
    if not message.answer.strip():
        raise ValidationError("该留言尚未答复，不能转为政策问答")
    return qa_create(
        actor=actor,
        unit=message.unit,
        question=mask_text(message.subject)[:300],
        answer=mask_text(message.answer),
    )


def _review(actor, entry_id: int, action: str) -> QAEntry:
    """Publishing or withdrawing an entry needs review rights in its unit (a 审核员 of the
    unit, a 公开办 member only where granted); whoever wrote it may not publish it."""
    entry = get_for_user(QAEntry.objects.all(), actor, pk=entry_id)
    entry = QAEntry.objects.select_for_update().get(pk=entry.pk)
    require_review(actor, entry.unit)
    if action == "publish":
        ensure_not_author(actor, entry.created_by_id, "政策问答")
    entry.status = transition(entry, action, QA)
    if action == "publish":
        entry.published_at = timezone.now()
    entry.save()
    audit_record(
        actor=actor,
        action=f"response.qa_{action}",
        obj=entry,
        summary=f"政策问答{'公开' if action == 'publish' else '撤回'}：{entry.question[:60]}",
        changes={"status": entry.status},
    )
    schedule_reindex(SEARCH_QA, entry.pk)
    return entry


@transaction.atomic
def qa_publish(*, actor, entry_id: int) -> QAEntry:
    return _review(actor, entry_id, "publish")


@transaction.atomic
def qa_withdraw(*, actor, entry_id: int) -> QAEntry:
    return _review(actor, entry_id, "withdraw")
