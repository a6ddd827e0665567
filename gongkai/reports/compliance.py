"""Catalogue coverage and timeliness for the disclosure office (RULES §2, §7).

Per unit and catalogue column: how many public items it holds, when it was last
updated, and whether that is within its cadence (``CatalogueCadence``) and within the
national staleness thresholds (news columns 2 weeks, notices/policies 6 months); empty
columns are listed too. One GROUP BY query per unit set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F, Max, Q
from django.utils import timezone

from gongkai.publishing.models import PUBLIC_STATUSES, CatalogueNode, InformationItem
from gongkai.publishing.workflow import OPEN_STATES
from gongkai.reports.compute import Year
from gongkai.reports.models import CatalogueCadence

CADENCE_DAYS = {
    CatalogueCadence.Cadence.MONTHLY: 31,
    CatalogueCadence.Cadence.QUARTERLY: 92,
    CatalogueCadence.Cadence.YEARLY: 366,
}
#: National thresholds (国办秘函〔2019〕19号): news 2 weeks, notices and policies 6 months.
STALE_DAYS = {CatalogueCadence.Column.NEWS: 14, CatalogueCadence.Column.NOTICE: 183}


@dataclass
class ColumnStatus:
    node: CatalogueNode
    cadence: str
    column_kind: str
    count: int
    last: dt.date | None
    empty: bool
    stale: bool
    missed_window: bool
    late_items: int

    @property
    def ok(self) -> bool:
        return not (self.empty or self.stale or self.missed_window or self.late_items)

    @property
    def cadence_label(self) -> str:
        """每年, 每季度 …: the cadence as a person reads it."""
        return str(dict(CatalogueCadence.Cadence.choices).get(self.cadence, ""))


def coverage(unit, today: dt.date | None = None) -> list[ColumnStatus]:
    """Every catalogue column that has a cadence, or leaf columns, for one unit."""
    today = today or timezone.localdate()
    cadences = {c.node_id: c for c in CatalogueCadence.objects.all()}
    nodes = list(
        CatalogueNode.objects.annotate(kids=Count("children")).filter(
            Q(kids=0) | Q(pk__in=list(cadences))
        )
    )
    stats = {
        r["catalogue_node"]: r
        for r in InformationItem.objects.filter(
            unit=unit,
            status__in=PUBLIC_STATUSES,
            attribute=InformationItem.Attribute.PROACTIVE,
            catalogue_node__isnull=False,
        )
        .values("catalogue_node")
        .annotate(
            n=Count("id"),
            last=Max("published_at"),
            late=Count(
                "id",
                filter=Q(due__isnull=False, published_at__gt=F("due")),
            ),
        )
        .order_by()
    }
    out = []
    for node in nodes:
        cad = cadences.get(node.pk)
        s = stats.get(node.pk, {})
        n = s.get("n", 0)
        last = timezone.localdate(s["last"]) if s.get("last") else None
        cadence = cad.cadence if cad else ""
        kind = cad.column_kind if cad else CatalogueCadence.Column.OTHER
        age = (today - last).days if last else None
        stale = bool(kind in STALE_DAYS and (age is None or age > STALE_DAYS[kind]))
        window = CADENCE_DAYS.get(cadence)
        missed = bool(window and (age is None or age > window))
        out.append(
            ColumnStatus(
                node=node,
                cadence=cadence,
                column_kind=kind,
                count=n,
                last=last,
                empty=n == 0,
                stale=stale,
                missed_window=missed,
                late_items=s.get("late", 0),
            )
        )
    return out


def judged_columns(statuses: list[ColumnStatus]) -> list[ColumnStatus]:
    """The columns with a cadence or a national threshold, else every column."""
    judged = [s for s in statuses if s.cadence or s.column_kind != CatalogueCadence.Column.OTHER]
    return judged or statuses


def coverage_ratio(statuses: list[ColumnStatus]) -> float:
    judged = judged_columns(statuses)
    if not judged:
        return 1.0
    return sum(1 for s in judged if s.ok) / len(judged)


def timeliness_by_unit(year: int, units) -> dict[int, dict]:
    """Per unit: items with a publication deadline published in the year, and on time;
    items whose deadline fell in the year (and has passed) but that were never published
    count too, as not on time (``unpublished``)."""
    y = Year(year)
    out: dict[int, dict] = {}
    rows = (
        InformationItem.objects.filter(
            unit__in=units,
            status__in=PUBLIC_STATUSES,
            published_at__gte=y.start_at,
            published_at__lt=y.end_at,
            due__isnull=False,
        )
        .values("unit")
        .annotate(n=Count("id"), on_time=Count("id", filter=Q(published_at__lte=F("due"))))
        .order_by()
    )
    for r in rows:
        out[r["unit"]] = {"total": r["n"], "on_time": r["on_time"], "unpublished": 0}
    cutoff = min(y.end_at, timezone.now())
    for r in (
        InformationItem.objects.filter(
            unit__in=units,
            status__in=OPEN_STATES,
            published_at__isnull=True,
            revision_of__isnull=True,
            due__gte=y.start_at,
            due__lt=cutoff,
        )
        .values("unit")
        .annotate(n=Count("id"))
        .order_by()
    ):
        t = out.setdefault(r["unit"], {"total": 0, "on_time": 0, "unpublished": 0})
        t["total"] += r["n"]
        t["unpublished"] = r["n"]
    return out
