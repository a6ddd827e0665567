"""Everything the response app adds to the platform, registered by ``register()``.

- to-do items: incident steps on the clock (red once overdue), hotline orders to answer
  or route, inactive new-media accounts, Q&A entries awaiting review;
- the workspace menu entry; search sources for published Q&A entries and press events;
- the recomputer of open hotline deadlines; the demo data.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, is_staff_member
from gongkai.core.plugs import TodoItem
from gongkai.search.contract import SearchDocumentData, SearchSource

SEARCH_QA = "response.qa"
SEARCH_PRESS = "response.press"


def register() -> None:
    plugs.register_leader_block(
        "response.incidents", plugs.lazy("gongkai.response.leader:open_incidents"), order=30
    )
    plugs.register_todo("response", todo_items)
    plugs.register_nav("回应关切", "response:ws_index", order=45)
    plugs.register_recomputer(
        "response", plugs.lazy("gongkai.response.services.hotline:recompute_deadlines")
    )
    plugs.register_search_source(
        SearchSource(name=SEARCH_QA, label="政策问答", document=qa_document, public_ids=qa_ids)
    )
    plugs.register_search_source(
        SearchSource(
            name=SEARCH_PRESS, label="新闻发布", document=press_document, public_ids=press_ids
        )
    )
    plugs.register_home_block("response", home_block, order=45)
    plugs.register_periodic(
        "response.new_media_feeds",
        dt.timedelta(hours=24),
        plugs.lazy("gongkai.response.tasks:read_feeds.enqueue"),
    )
    plugs.register_demo("response", plugs.lazy("gongkai.response.demo:load_demo"), order=45)


def _danger(due) -> str:
    return "danger" if due is not None and timezone.now() > due else ""


def todo_items(user) -> list[TodoItem]:
    if not is_staff_member(user):
        return []
    from gongkai.response import selectors as sel

    items: list[TodoItem] = []
    for step in sel.open_steps_for(user):
        items.append(
            TodoItem(
                title=f"{step.get_kind_display()}：{step.incident.title}",
                url=reverse("response:ws_incident", args=[step.incident_id]),
                kind="政务舆情",
                due=step.due,
                unit=str(step.incident.unit),
                note=step.due_rule,
                severity=_danger(step.due),
            )
        )
    for order in sel.orders_for(user).filter(status__in=["received", "assigned", "returned"]):
        routing = order.status != "assigned"
        items.append(
            TodoItem(
                title=(
                    f"转办12345工单 {order.number}"
                    if routing
                    else f"办理12345工单 {order.number}（{order.category}）"
                ),
                url=reverse("response:ws_order", args=[order.pk]),
                kind="热线工单",
                due=order.due,
                provisional=order.due_provisional,
                unit=str(order.unit or order.owner),
                note=f"退单理由：{order.return_reason}" if order.return_reason else order.due_rule,
            )
        )
    limit = sel.idle_limit()
    today = timezone.localdate()
    for account in sel.inactive_accounts_for(user, today):
        days = (today - account.last_post_on).days if account.last_post_on else None
        items.append(
            TodoItem(
                title=f"政务新媒体{account}长期未更新",
                url=reverse("response:ws_accounts"),
                kind="政务新媒体",
                unit=str(account.unit),
                severity="danger",
                note=(
                    f"已 {days} 天未更新（超过 {limit} 天）"
                    if days is not None
                    else "尚未登记更新日期"
                ),
            )
        )
    if has_role(user, Role.REVIEWER, Role.OFFICE, Role.LEADER):
        for entry in sel.qa_for(user).filter(status="draft"):
            items.append(
                TodoItem(
                    title=f"审核政策问答：{entry.question[:40]}",
                    url=reverse("response:ws_qa"),
                    kind="政策问答",
                    unit=str(entry.unit),
                )
            )
    return items


def qa_document(pk: int) -> SearchDocumentData | None:
    from gongkai.response.selectors import qa_public

    entry = qa_public().filter(pk=pk).first()
    if entry is None:
        return None
    return SearchDocumentData(
        title=entry.question,
        body=entry.answer,
        url=reverse("response:qa", args=[entry.pk]),
        date=timezone.localdate(entry.published_at) if entry.published_at else None,
        unit_id=entry.unit_id,
        unit_name=str(entry.unit),
        kind="政策问答",
    )


def qa_ids():
    from gongkai.response.selectors import qa_public

    return qa_public().values_list("pk", flat=True)


def press_document(pk: int) -> SearchDocumentData | None:
    from gongkai.response.selectors import press_events_public

    event = press_events_public().filter(pk=pk).first()
    if event is None:
        return None
    return SearchDocumentData(
        title=event.title,
        body=event.transcript,
        url=reverse("response:press_event", args=[event.pk]),
        date=timezone.localdate(event.held_at),
        unit_id=event.unit_id,
        unit_name=str(event.unit),
        kind=event.get_kind_display(),
    )


def press_ids():
    from gongkai.response.selectors import press_events_public

    return press_events_public().values_list("pk", flat=True)


def home_block(request) -> dict | None:
    from gongkai.response.selectors import press_events_public

    items = [
        {
            "title": e.title,
            "url": reverse("response:press_event", args=[e.pk]),
            "date": timezone.localdate(e.held_at),
        }
        for e in press_events_public()[:5]
    ]
    if not items:
        return None
    return {"title": "新闻发布", "url": reverse("response:press_events"), "items": items}
