"""Reads: what the public may see, and what a staff member may work on."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from gongkai.core import sites
from gongkai.core.permissions import scope
from gongkai.publishing.models import (
    OPEN_REVISION_STATES,
    PUBLIC_STATUSES,
    Attachment,
    CatalogueNode,
    InformationItem,
    Leader,
    PrivacyFinding,
    PublicationLedger,
    Topic,
    UnitProfile,
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
        # the column and its sub-columns as a list of ids (an OR across the join would keep
        # the list from reading an index in date order)
        column = CatalogueNode.objects.filter(Q(pk=node_id) | Q(parent_id=node_id))
        qs = qs.filter(catalogue_node_id__in=column.values("pk"))
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
    interpretations = Item.objects.filter(interprets_id=item.pk).values("pk")
    out: list[InformationItem] = []
    for field, value in (
        ("catalogue_node_id", item.catalogue_node_id),
        ("topic_id", item.topic_id),
    ):
        if value is None or len(out) >= limit:
            continue
        # the ids first, from the site's column index alone (every condition is on a column
        # of the index: no row of the table is read for the documents passed over), then
        # the few rows — one query, whatever the size of the column
        ids = (
            public_items()
            .filter(**{field: value})
            .exclude(pk__in=skip | {i.pk for i in out})
            .exclude(pk__in=interpretations)
            .order_by("-published_at", "-id")
            .values("pk")[: limit - len(out)]
        )
        qs = (
            Item.objects.filter(pk__in=ids)
            .select_related("unit")
            .only("id", "title", "published_at", "unit__name", "doc_number")
            .order_by("-published_at", "-id")
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
        .only("id", "title", "status", "due", "due_provisional", "unit__name", "revision_of_id")
        .order_by("due", "id")[:100]
    )


def revision_info(item: InformationItem) -> dict:
    """For the staff page: the item this revision revises and what it changes, or the
    open revision of a published item and its applied revisions."""
    from gongkai.publishing.services.revisions import changes_summary, revision_changes

    original = item.revision_of if item.revision_of_id else None
    if original is not None:
        return {
            "of": original,
            "summary": changes_summary(revision_changes(original, item)),
        }
    revisions = list(item.revisions.order_by("-id").only("id", "status", "updated_at"))
    return {
        "open": next((r for r in revisions if r.status in OPEN_REVISION_STATES), None),
        "history": [r for r in revisions if r.status == Item.Status.APPLIED],
        "can_revise": item.status in PUBLIC_STATUSES,
    }


# --- reads behind the pages and the API -------------------------------------------------


def home_unit():
    """The unit the site belongs to (``core.sites.home_unit``)."""
    return sites.home_unit()


def unit_from_param(raw: str):
    """The unit a page's ``?unit=`` names (among the site's units), else the site's own."""
    unit = sites.public_units().filter(pk=int(raw)).first() if raw.isdigit() else None
    return unit or home_unit()


def unit_or_404(unit_id: int):
    from gongkai.core.models import Unit

    return get_object_or_404(Unit, pk=unit_id)


def staff_profile_unit(user, raw: str):
    """(the units an office may edit, the one ``?unit=`` names or the user's own)."""
    from gongkai.core.permissions import visible_units

    units = visible_units(user).order_by("path")
    unit = units.filter(pk=int(raw)).first() if raw.isdigit() else None
    return units, unit or user.unit


def unit_profile(unit) -> UnitProfile | None:
    return UnitProfile.objects.filter(unit=unit).first()


def unit_leaders(unit) -> list[Leader]:
    return list(Leader.objects.filter(unit=unit))


def catalogue_node(slug: str) -> CatalogueNode | None:
    return CatalogueNode.objects.filter(slug=slug).first()


def catalogue_node_or_404(slug: str) -> CatalogueNode:
    return get_object_or_404(CatalogueNode, slug=slug)


def catalogue_filters() -> tuple[QuerySet[CatalogueNode], QuerySet[Topic]]:
    """The columns and top-level topics the public catalogue filters by."""
    return (
        CatalogueNode.objects.filter(parent__slug="fdzdgknr"),
        Topic.objects.filter(parent__isnull=True),
    )


def topic_by_id(pk: int) -> Topic | None:
    return Topic.objects.filter(pk=pk).first()


def catalogue_node_by_id(pk: int) -> CatalogueNode | None:
    return CatalogueNode.objects.filter(pk=pk).first()


def staff_item_or_none(user, pk: int) -> InformationItem | None:
    """An item of the user's units, or None (no 404: the API answers a field error)."""
    return scope(Item.objects.all(), user).filter(pk=pk).first()


def item_attachments(item: InformationItem) -> list[Attachment]:
    return list(item.attachments.all())


def item_attachment(item: InformationItem, att_id: int) -> Attachment | None:
    return item.attachments.filter(pk=att_id).first()


def item_attachment_or_404(item: InformationItem, att_id: int) -> Attachment:
    return get_object_or_404(item.attachments, pk=att_id)


def item_finding_or_404(item: InformationItem, finding_id: int) -> PrivacyFinding:
    return get_object_or_404(item.privacy_findings, pk=finding_id)


def staff_item_review(item: InformationItem) -> dict:
    """What the staff item page shows beside the item: attachments, review history,
    privacy findings (all, and the open ones) and its interpretations."""
    findings = list(item.privacy_findings.all())
    return {
        "attachments": list(item.attachments.all()),
        "reviews": list(item.reviews.select_related("reviewer")),
        "findings": findings,
        "open_findings": [f for f in findings if f.resolution == PrivacyFinding.Resolution.OPEN],
        "interpretations": list(item.interpretations.filter(revision_of__isnull=True)),
    }


def staff_ledger(user) -> QuerySet[PublicationLedger]:
    """The publication ledger of the user's units, newest first."""
    return scope(
        PublicationLedger.objects.select_related("unit", "review__reviewer"), user
    ).order_by("-created_at", "-id")
