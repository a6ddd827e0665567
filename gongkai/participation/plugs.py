"""Everything the participation app adds to the platform, registered by ``register()``.

- to-do items: comments awaiting moderation, feedback to publish after a consultation,
  messages to answer or review (the ones over 3 months flagged: a national-check veto);
- the workspace menu entry and the portal home block (open consultations);
- search sources: published consultations and published answers to messages;
- the recomputer of open deadlines, and the demo data.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, is_staff_member
from gongkai.core.plugs import TodoItem
from gongkai.participation import selectors as sel
from gongkai.participation.models import Message
from gongkai.search.contract import SearchDocumentData, SearchSource

SEARCH_CONSULTATION = "participation.consultation"
SEARCH_MESSAGE = "participation.message"


def register() -> None:
    plugs.register_todo("participation", todo_items)
    plugs.register_nav("政民互动", "participation:ws_index", order=40)
    plugs.register_recomputer(
        "participation", plugs.lazy("gongkai.participation.services.recompute:recompute_deadlines")
    )
    plugs.register_search_source(
        SearchSource(
            name=SEARCH_CONSULTATION,
            label="意见征集",
            document=consultation_document,
            public_ids=consultation_ids,
        )
    )
    plugs.register_search_source(
        SearchSource(
            name=SEARCH_MESSAGE,
            label="网上留言",
            document=message_document,
            public_ids=message_ids,
        )
    )
    plugs.register_home_block("participation", home_block, order=40)
    plugs.register_demo(
        "participation", plugs.lazy("gongkai.participation.demo:load_demo"), order=40
    )

    from gongkai.participation.sitemaps import ParticipationSitemap, pages

    plugs.register_sitemap_section(
        "participation", label="互动交流", pages=pages, sitemap=ParticipationSitemap, order=40
    )


# --- to-do list ---------------------------------------------------------------------------


def todo_items(user) -> list[TodoItem]:
    if not is_staff_member(user):
        return []
    items: list[TodoItem] = []
    now = timezone.now()
    # One read for both kinds of consultation item, and the open messages' staleness
    # decided on the rows already read (messages_stale_for's rule): two queries, not five.
    consultations = sel.consultations_to_follow_up_for(user, now)
    for c in (c for c in consultations if c.pending > 0):
        items.append(
            TodoItem(
                title=f"《{c.title}》有 {c.pending} 条意见待审核",
                url=reverse("participation:ws_consultation", args=[c.pk]),
                kind="意见审核",
                unit=str(c.unit),
            )
        )
    for c in (c for c in consultations if sel.awaits_feedback(c, now)):
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
    reviewer = has_role(user, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    for m in sel.messages_open_for(user):
        if m.status == Message.Status.IN_REVIEW and not reviewer:
            continue
        stale = sel.unanswered_too_long(m.received_at, now)
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


# --- search -------------------------------------------------------------------------------


def consultation_document(pk: int) -> SearchDocumentData | None:
    from gongkai.privacy import mask_text  # the scanner loads when something is indexed

    c = sel.consultations_public().filter(pk=pk).first()
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
    return sel.consultations_public().values_list("pk", flat=True)


def message_document(pk: int) -> SearchDocumentData | None:
    from gongkai.privacy import mask_text

    m = sel.messages_published().filter(pk=pk).first()
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
    return sel.messages_published().values_list("pk", flat=True)


# --- portal home ----------------------------------------------------------------------------


def home_block(request) -> dict | None:
    items = [
        {
            "title": c.title,
            "url": reverse("participation:consultation", args=[c.pk]),
            "date": timezone.localdate(c.starts_at),
        }
        for c in sel.consultations_open()[:5]
    ]
    return {"title": "意见征集", "url": reverse("participation:index"), "items": items}
