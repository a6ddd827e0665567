"""To-do list: reply drafts waiting for this person's approval (答复审核)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core import duties
from gongkai.core.permissions import review_scope
from gongkai.core.plugs import TodoItem
from gongkai.foi.models import ReplyDraft


def todo(user) -> list[TodoItem]:
    drafts = review_scope(
        ReplyDraft.objects.select_related("application__unit").filter(
            status=ReplyDraft.Status.PENDING
        ),
        user,
        "application__unit",
    )
    if duties.enforced():
        drafts = drafts.exclude(drafted_by=user)
    today = timezone.localdate()
    items = []
    for draft in drafts:
        app = draft.application
        items.append(
            TodoItem(
                title=f"答复待审核：依申请公开 {app.tracking_number}",
                url=reverse("foi:staff_detail", args=[app.pk]),
                kind="依申请公开",
                due=app.due,
                unit=app.unit.short_name or app.unit.name,
                note=f"{draft.get_outcome_display()}；审核通过之日为答复日期",
                provisional=app.due_provisional,
                severity="danger" if app.due and app.due < today else "warning",
            )
        )
    return items
