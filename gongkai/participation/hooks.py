"""What this app plugs into the platform: to-do items, search sources, home block."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import Role
from gongkai.core.permissions import has_role, is_staff_member
from gongkai.participation.models import Consultation, Message
from gongkai.participation.selectors import (
    consultations_for,
    consultations_open,
    messages_for,
    unanswered_over_three_months,
)
from gongkai.privacy import mask_text
from gongkai.search.registry import SearchDocumentData
from gongkai.workspace.registry import TodoItem


def sel_stale(user):
    from gongkai.core.permissions import visible_units

    return unanswered_over_three_months().filter(unit__in=visible_units(user))


def todo_items(user) -> list[TodoItem]:
    if not is_staff_member(user):
        return []
    items: list[TodoItem] = []
    now = timezone.now()
    consultations = consultations_for(user).filter(status=Consultation.Status.PUBLISHED)
    for c in consultations.filter(pending__gt=0):
        items.append(
            TodoItem(
                title=f"《{c.title}》有 {c.pending} 条意见待审核",
                url=reverse("participation:ws_consultation", args=[c.pk]),
                kind="意见审核",
                unit=str(c.unit),
            )
        )
    closed = consultations.filter(ends_at__lte=now, summary_published_at__isnull=True)
    for c in closed:
        if c.due:
            items.append(
                TodoItem(
                    title=f"公开《{c.title}》意见采纳情况",
                    url=reverse("participation:ws_consultation", args=[c.pk]),
                    kind="征集反馈",
                    due=c.due,
                    provisional=c.due_provisional,
                    unit=str(c.unit),
                    note=c.due_explanation,
                )
            )
        else:
            items.append(
                TodoItem(
                    title=f"《{c.title}》征集已截止，待研究意见并登记决策文件",
                    url=reverse("participation:ws_consultation", args=[c.pk]),
                    kind="征集反馈",
                    unit=str(c.unit),
                )
            )
    stale_ids = set(sel_stale(user).values_list("pk", flat=True))
    open_messages = messages_for(user).filter(
        status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
    )
    reviewer = has_role(user, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    for m in open_messages:
        if m.status == Message.Status.IN_REVIEW and not reviewer:
            continue
        stale = m.pk in stale_ids
        items.append(
            TodoItem(
                title=(
                    f"审核留言答复：{m.subject}"
                    if m.status == Message.Status.IN_REVIEW
                    else f"答复留言：{m.subject}"
                ),
                url=reverse("participation:ws_message", args=[m.pk]),
                kind="网上留言",
                due=m.due,
                provisional=m.due_provisional,
                unit=str(m.unit),
                severity="danger" if stale else "",
                note=(
                    "超过3个月未答复：全国政府网站检查单项否决项"
                    if stale
                    else f"{m.tracking_number}（{m.get_kind_display()}）"
                ),
            )
        )
    return items


# --- search ----------------------------------------------------------------------------


def consultation_document(pk: int) -> SearchDocumentData | None:
    c = Consultation.objects.filter(pk=pk, status=Consultation.Status.PUBLISHED).first()
    if c is None:
        return None
    return SearchDocumentData(
        title=c.title,
        body=mask_text(c.draft_text),
        extra_text=mask_text(c.explanation),
        url=reverse("participation:consultation", args=[c.pk]),
        date=timezone.localdate(c.published_at or c.starts_at),
        unit_id=c.unit_id,
        unit_name=str(c.unit),
        kind="意见征集",
    )


def consultation_ids():
    return Consultation.objects.filter(status=Consultation.Status.PUBLISHED).values_list(
        "pk", flat=True
    )


def message_document(pk: int) -> SearchDocumentData | None:
    m = Message.objects.filter(pk=pk, published=True, status=Message.Status.ANSWERED).first()
    if m is None:
        return None
    return SearchDocumentData(
        title=mask_text(m.subject),
        body=mask_text(m.text),
        extra_text=mask_text(m.answer),
        url=reverse("participation:message", args=[m.pk]),
        date=timezone.localdate(m.answered_at or m.received_at),
        unit_id=m.unit_id,
        unit_name=str(m.unit),
        kind="网上留言",
    )


def message_ids():
    return Message.objects.filter(published=True, status=Message.Status.ANSWERED).values_list(
        "pk", flat=True
    )


def home_block(request) -> dict | None:
    items = [
        {
            "title": c.title,
            "url": reverse("participation:consultation", args=[c.pk]),
            "date": timezone.localdate(c.starts_at),
        }
        for c in consultations_open()[:5]
    ]
    return {"title": "意见征集", "url": reverse("participation:index"), "items": items}
