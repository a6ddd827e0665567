"""Everything publishing adds to the platform: search source, to-do items, menu, home
block, deadline recomputer and demo data (``register()`` is called from AppConfig.ready)."""

from __future__ import annotations

import html

from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, review_unit_ids
from gongkai.core.plugs import TodoItem
from gongkai.publishing import selectors
from gongkai.publishing.models import InformationItem
from gongkai.search.contract import SearchDocumentData, SearchSource

Item = InformationItem
S = Item.Status


def search_document(pk: int):
    item = selectors.public_items().select_related("unit", "topic").filter(pk=pk).first()
    if item is None:
        return None
    extra = "\n".join(a.extracted_text for a in item.attachments.all() if a.extracted_text)
    return SearchDocumentData(
        title=item.title,
        body=html.unescape(strip_tags(item.body or "")),  # text, not markup: "<" not "&lt;"
        url=item.get_absolute_url(),
        date=timezone.localdate(item.published_at) if item.published_at else None,
        unit_id=item.unit_id,
        unit_name=item.unit.name,
        topic=item.topic.name if item.topic_id else "",
        kind=item.kind,
        validity=item.validity,
        doc_number=item.doc_number,
        index_number=item.index_number or "",
        extra_text=extra,
        facets={"kind_label": item.get_kind_display()},
    )


def search_public_ids():
    return selectors.public_items().values_list("pk", flat=True).iterator()


REVIEW_STATES = frozenset({S.SUBMITTED, S.IN_REVIEW, S.APPROVED})


def todo(user) -> list[TodoItem]:
    """Drafts to finish (editors), items to review or publish (reviewers, office)."""
    states = []
    if has_role(user, Role.EDITOR, Role.OFFICE):
        states += [S.DRAFT, S.RETURNED]
    if has_role(user, Role.REVIEWER, Role.OFFICE):
        states += [S.SUBMITTED, S.IN_REVIEW, S.APPROVED]
    if not states:
        return []
    qs = selectors.todo_items(user, states)
    out = []
    now = timezone.now()
    reviewable = review_unit_ids(user)  # None: every unit in scope
    for item in qs:
        if item.status in REVIEW_STATES and reviewable is not None:
            if item.unit_id not in reviewable:
                continue
        severity = ""
        if item.due is not None and item.due < now:
            severity = "danger"
        elif item.status == S.RETURNED:
            severity = "warning"
        out.append(
            TodoItem(
                title=f"{item.get_status_display()}：{'（修订稿）' if item.revision_of_id else ''}{item.title}",
                url=reverse("publishing:ws_item", args=[item.pk]),
                kind="信息发布",
                due=item.due,
                unit=item.unit.name,
                note="公开时限" if item.due else "",
                provisional=item.due_provisional,
                severity=severity,
            )
        )
    return out


def home_block(request) -> dict:
    latest = selectors.public_item_list()[:8]
    return {
        "title": "政府信息公开",
        "url": reverse("publishing:xxgk"),
        "items": [
            {"title": i.title, "url": i.get_absolute_url(), "date": i.published_at} for i in latest
        ],
    }


def static_pages(pk: int) -> list[str]:
    """The public pages that show item ``pk``: its own, its columns, the section's lists."""
    item = Item.objects.select_related("catalogue_node__parent", "interprets").filter(pk=pk).first()
    pages = [
        reverse("publishing:document", args=[pk]),
        reverse("publishing:document_print", args=[pk]),
        reverse("publishing:xxgk"),
        reverse("publishing:catalogue"),
    ]
    if item is None:
        return pages
    node = item.catalogue_node
    while node is not None:
        pages.append(reverse("publishing:catalogue_node", args=[node.slug]))
        node = node.parent
    if item.interprets_id:
        pages.append(reverse("publishing:document", args=[item.interprets_id]))
    return pages


SEARCH_SOURCE = "publishing.item"


def register() -> None:
    plugs.register_leader_block(
        "publishing.overdue", plugs.lazy("gongkai.publishing.leader:overdue_items"), order=10
    )
    plugs.register_search_source(
        SearchSource(
            name=SEARCH_SOURCE,
            label="政府信息",
            document=search_document,
            public_ids=search_public_ids,
        )
    )
    plugs.register_static_pages(SEARCH_SOURCE, static_pages)
    from gongkai.search.registry import register_facet_labels

    register_facet_labels("kind", InformationItem.Kind.choices)
    register_facet_labels("validity", InformationItem.Validity.choices)
    plugs.register_todo("publishing", todo)
    plugs.register_nav("信息发布", "publishing:ws_list", order=20)
    plugs.register_nav(
        "信息发布台账",
        "publishing:ws_ledger",
        order=21,
        roles=(Role.REVIEWER, Role.OFFICE, Role.LEADER),
    )
    plugs.register_home_block("publishing", home_block, order=10)
    plugs.register_demo("publishing", plugs.lazy("gongkai.publishing.demo:load_demo"), order=20)
    plugs.register_recomputer(
        "publishing", plugs.lazy("gongkai.publishing.services:recompute_open_deadlines")
    )
    from gongkai.publishing import sitemaps

    plugs.register_sitemap_section(
        "publishing",
        label="政府信息公开",
        pages=sitemaps.section_pages,
        sitemap=sitemaps.DocumentSitemap,
        order=10,
    )
    plugs.register_nav(
        "机构信息与公开指南", "publishing:ws_profile", order=22, roles=(Role.OFFICE,)
    )
    plugs.register_demo(
        "publishing.section", plugs.lazy("gongkai.publishing.section_demo:load"), order=25
    )
