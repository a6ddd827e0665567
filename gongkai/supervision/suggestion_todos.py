"""To-do items of 建议提案办理: a suggestion awaiting its 主办 unit's reply (red once the
statutory period has passed) or a 协办 unit's opinion, and, for the office, replies awaiting review and
reviewed replies awaiting publication."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core.permissions import is_staff_member
from gongkai.core.plugs import TodoItem
from gongkai.supervision.models import Suggestion
from gongkai.supervision.selectors import is_office

KIND = "建议提案办理"


def suggestion_todos(user) -> list[TodoItem]:
    if not is_staff_member(user) or not user.unit_id:
        return []
    today = timezone.localdate()
    items = []
    waiting = Suggestion.objects.filter(
        lead_unit_id=user.unit_id, status=Suggestion.Status.ASSIGNED
    ).select_related("lead_unit")
    for s in waiting.order_by("due", "id"):
        items.append(
            TodoItem(
                title=f"{s}待答复",
                url=reverse("supervision:suggestion", args=[s.pk]),
                kind=KIND,
                due=s.due,
                unit=s.lead_unit.name,
                provisional=s.due_provisional,
                severity=("danger" if today > s.due else "warning") if s.due else "",
            )
        )
    co = (
        Suggestion.objects.filter(co_units=user.unit_id, status=Suggestion.Status.ASSIGNED)
        .exclude(opinions__unit_id=user.unit_id)
        .select_related("lead_unit")
    )
    for s in co.order_by("due", "id"):
        items.append(
            TodoItem(
                title=f"{s}待提出协办意见（主办：{s.lead_unit.name}）",
                url=reverse("supervision:suggestion", args=[s.pk]),
                kind=KIND,
                due=s.due,
                unit=user.unit.name,
                provisional=s.due_provisional,
            )
        )
    if is_office(user):
        from gongkai.supervision.suggestions import suggestions_for_user

        steps = {Suggestion.Status.REPLIED: "待审核", Suggestion.Status.APPROVED: "待公开"}
        for s in suggestions_for_user(user).filter(status__in=list(steps)).order_by("id"):
            items.append(
                TodoItem(
                    title=f"{s}的答复{steps[s.status]}",
                    url=reverse("supervision:suggestion", args=[s.pk]),
                    kind=KIND,
                    unit=s.lead_unit.name,
                )
            )
    return items
