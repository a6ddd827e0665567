"""Reads of the monitoring app, always scoped to the person's units."""

from __future__ import annotations

from django.db.models import OuterRef, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from gongkai.core.permissions import get_for_user, scope
from gongkai.monitoring.models import AvailabilityProbe, Column, CrawlRun, Site


def sites_for(user) -> QuerySet[Site]:
    latest = CrawlRun.objects.filter(site=OuterRef("pk")).order_by("-created_at", "-id")
    latest_done = latest.filter(status=CrawlRun.Status.DONE)
    return (
        scope(Site.objects.select_related("unit"), user, "unit")
        .annotate(
            latest_run_id=Subquery(latest.values("id")[:1]),
            latest_done_id=Subquery(latest_done.values("id")[:1]),
        )
        .order_by("-is_platform", "name", "id")
    )


def site_for(user, pk: int) -> Site:
    return get_for_user(Site.objects.select_related("unit"), user, "unit", pk=pk)


def run_for(user, pk: int) -> CrawlRun:
    return get_for_user(
        CrawlRun.objects.select_related("site", "site__unit"), user, "site__unit", pk=pk
    )


def latest_done_run(site: Site) -> CrawlRun | None:
    return site.runs.filter(status=CrawlRun.Status.DONE).order_by("-created_at", "-id").first()


def runs_by_id(ids) -> dict[int, CrawlRun]:
    return {r.pk: r for r in CrawlRun.objects.filter(pk__in=[i for i in ids if i])}


def problems_for(user) -> list[tuple[Site, CrawlRun]]:
    """The latest finished run of each visible site, when it found new problems."""
    sites = list(sites_for(user).filter(active=True))
    # ``latest_done_id`` is an annotation of ``sites_for``.
    done: dict[int, int] = {s.pk: getattr(s, "latest_done_id", 0) or 0 for s in sites}
    runs = runs_by_id(done.values())
    out = []
    for site in sites:
        run = runs.get(done[site.pk])
        if run is not None and (run.broken_new or run.passed is False):
            out.append((site, run))
    return out


def site_columns(site: Site):
    """The columns of a site that are checked (not the ignored ones)."""
    return site.columns.filter(ignored=False)


def site_column_or_404(site: Site, column_pk: int, *, checked_only: bool = False) -> Column:
    extra = {"ignored": False} if checked_only else {}
    return get_object_or_404(site.columns, pk=column_pk, **extra)


def site_runs(site: Site) -> QuerySet[CrawlRun]:
    return site.runs.order_by("-created_at", "-id")


def site_probes(site: Site, since) -> dict:
    """Availability since ``since``: how many probes, how many failed, the latest ten."""
    week = AvailabilityProbe.objects.filter(site=site, at__gt=since)
    total = week.count()
    failed = week.filter(ok=False).count()
    return {
        "probes_total": total,
        "probes_failed": failed,
        "probes_share": f"{failed / total:.1%}" if total else "",
        "recent_probes": week.order_by("-at")[:10],
    }


def run_broken_links(run: CrawlRun, *, new_only: bool = False):
    broken = run.broken_links.all()
    return broken.filter(is_new=True) if new_only else broken


def run_column_checks(run: CrawlRun):
    return run.column_checks.all()
