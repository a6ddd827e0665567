"""Reads: what the public may see, and what a staff member may work on."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from gongkai.core import sites
from gongkai.core.permissions import scope
from gongkai.publishing.models import (
    PUBLIC_STATUSES,
    CatalogueNode,
    InformationItem,
    Topic,
)

Item = InformationItem


def public_items() -> QuerySet[InformationItem]:
    """Every item the public may see: proactive, published (or expired/repealed)."""
    return sites.scope(
        Item.objects.filter(
            status__in=PUBLIC_STATUSES,
            attribute=Item.Attribute.PROACTIVE,
            published_at__isnull=False,
        )
    )


def public_item_list(filters: dict | None = None) -> QuerySet[InformationItem]:
    """The public catalogue, filtered; one query per page whatever the table size."""
    qs = public_items()
    f = filters or {}
    if f.get("unit"):
        qs = qs.filter(unit_id=f["unit"])
    if f.get("topic"):
        topic = f["topic"]
        topic_id = topic.pk if isinstance(topic, Topic) else topic
        qs = qs.filter(Q(topic_id=topic_id) | Q(topic__parent_id=topic_id))
    if f.get("node"):
        node = f["node"]
        node_id = node.pk if isinstance(node, CatalogueNode) else node
        qs = qs.filter(Q(catalogue_node_id=node_id) | Q(catalogue_node__parent_id=node_id))
    if f.get("kind"):
        qs = qs.filter(kind=f["kind"])
    if f.get("validity"):
        qs = qs.filter(validity=f["validity"])
    if f.get("year"):
        year = int(f["year"])
        import datetime as dt

        from django.utils import timezone

        tz = timezone.get_current_timezone()
        start = dt.datetime(year, 1, 1, tzinfo=tz)
        end = dt.datetime(year + 1, 1, 1, tzinfo=tz)
        qs = qs.filter(published_at__gte=start, published_at__lt=end)
    if f.get("q"):
        qs = qs.filter(Q(title__icontains=f["q"]) | Q(doc_number__icontains=f["q"]))
    return (
        qs.select_related("unit", "topic", "catalogue_node")
        .defer("body", "summary", "interpretation_plan", "withheld_reason", "withheld_basis")
        .order_by("-published_at", "-id")
    )


def public_item_detail(pk: int) -> InformationItem | None:
    return (
        public_items()
        .order_by()
        .select_related("unit", "topic__parent", "catalogue_node", "interprets")
        .filter(pk=pk)
        .first()
    )


def public_interpretations(item: InformationItem) -> list[InformationItem]:
    # Selected by the foreign key alone: with the public filter in SQL, SQLite's planner
    # prefers walking the published_at index over the whole table. A document has few
    # interpretations, so the public check is done here.
    candidates = Item.objects.filter(interprets_id=item.pk).order_by("id")
    return sorted(
        (i for i in candidates if i.is_public and i.published_at is not None),
        key=lambda i: (i.published_at, i.pk),
    )


def public_related(item: InformationItem, limit: int = 5) -> list[InformationItem]:
    """Other public documents of the same column, else of the same topic, newest first
    (its interpretations and the document it interprets are listed separately)."""
    skip: set[int] = {pk for pk in (item.pk, item.interprets_id) if pk is not None}
    out: list[InformationItem] = []
    for field, value in (
        ("catalogue_node_id", item.catalogue_node_id),
        ("topic_id", item.topic_id),
    ):
        if value is None or len(out) >= limit:
            continue
        qs = (
            public_items()
            .filter(**{field: value})
            .exclude(pk__in=skip | {i.pk for i in out})
            .exclude(interprets_id=item.pk)
            .select_related("unit")
            .only("id", "title", "published_at", "unit__name", "doc_number")
            .order_by("-published_at", "-id")[: limit - len(out)]
        )
        out.extend(qs)
    return out


def public_interpreted_document(item: InformationItem) -> InformationItem | None:
    if not item.interprets_id:
        return None
    return public_items().order_by().filter(pk=item.interprets_id).first()


def staff_items(user, status: str = "") -> QuerySet[InformationItem]:
    qs = scope(Item.objects.all(), user).select_related("unit", "topic")
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-updated_at", "-id")


def staff_item(user, pk: int) -> InformationItem:
    from gongkai.core.permissions import get_for_user

    return get_for_user(
        Item.objects.select_related("unit", "topic", "catalogue_node", "interprets", "created_by"),
        user,
        pk=pk,
    )


def todo_items(user, states) -> QuerySet[InformationItem]:
    """The items in ``states`` a staff member may work on, most urgent first."""
    return (
        scope(Item.objects.filter(status__in=states), user)
        .select_related("unit")
        .only("id", "title", "status", "due", "due_provisional", "unit__name")
        .order_by("due", "id")[:100]
    )
