"""How publishing plugs into the platform: search, to-do list, portal, demo data."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from gongkai.core.models import Role
from gongkai.core.permissions import has_role, scope
from gongkai.publishing import selectors
from gongkai.publishing.models import InformationItem
from gongkai.workspace.registry import TodoItem

Item = InformationItem
S = Item.Status


def search_document(pk: int):
    from gongkai.search.registry import SearchDocumentData

    item = selectors.public_items().select_related("unit", "topic").filter(pk=pk).first()
    if item is None:
        return None
    extra = "\n".join(a.extracted_text for a in item.attachments.all() if a.extracted_text)
    return SearchDocumentData(
        title=item.title,
        body=strip_tags(item.body or ""),
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


def todo(user) -> list[TodoItem]:
    """Drafts to finish (editors), items to review or publish (reviewers, office)."""
    states = []
    if has_role(user, Role.EDITOR, Role.OFFICE):
        states += [S.DRAFT, S.RETURNED]
    if has_role(user, Role.REVIEWER, Role.OFFICE):
        states += [S.SUBMITTED, S.IN_REVIEW, S.APPROVED]
    if not states:
        return []
    qs = (
        scope(Item.objects.filter(status__in=states), user)
        .select_related("unit")
        .only("id", "title", "status", "publish_due", "publish_due_provisional", "unit__name")
        .order_by("publish_due", "id")[:100]
    )
    out = []
    now = timezone.now()
    for item in qs:
        severity = ""
        if item.publish_due is not None and item.publish_due < now:
            severity = "danger"
        elif item.status == S.RETURNED:
            severity = "warning"
        out.append(
            TodoItem(
                title=f"{item.get_status_display()}：{item.title}",
                url=reverse("publishing:ws_item", args=[item.pk]),
                kind="信息发布",
                due=item.publish_due,
                unit=item.unit.name,
                note="公开时限" if item.publish_due else "",
                provisional=item.publish_due_provisional,
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


def load_demo() -> str:
    """Import the seed pages as published items (idempotent: re-import updates)."""
    from pathlib import Path

    from gongkai.core.models import Unit
    from gongkai.publishing.importer import import_file

    seeds = Path(getattr(settings, "GONGKAI_SEEDS_DIR", ""))
    if not seeds.is_dir():
        return f"未找到示例文件目录 {seeds}"
    default = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    counts = {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0, "dry-run": 0}
    for f in sorted(seeds.glob("*.txt")) + sorted(seeds.glob("*.htm*")):
        report = import_file(f, default_unit=default)
        counts[report.get("action", "skipped")] = counts.get(report.get("action", "skipped"), 0) + 1
    return (
        f"政府信息：新导入 {counts['created']} 篇示例文件，更新 {counts['updated']} 篇，"
        f"未变化 {counts['unchanged']} 篇"
    )
