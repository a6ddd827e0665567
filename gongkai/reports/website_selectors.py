"""Reads of the 政府网站工作年度报表: the public list, the rows to show, home block, to-do."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.core.plugs import TodoItem
from gongkai.reports import website
from gongkai.reports.models import WebsiteReport


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    value: str
    raw: object
    kind: str
    note: str


def published_website_reports() -> QuerySet[WebsiteReport]:
    """The published reports of the request's site: a hosted site shows its own; the
    installation's own reports (no site: single-site, or made before sites were hosted) show
    on the main site only."""
    from gongkai.core import sites

    qs = WebsiteReport.objects.filter(status=WebsiteReport.Status.PUBLISHED).select_related("site")
    s = sites.current()
    if s.nothing:
        return qs.none()
    mine = Q(site_id=s.site_id) if s.site_id is not None else Q(pk__in=[])
    if sites.is_main_site():
        mine |= Q(site__isnull=True)
    return qs.filter(mine).order_by("-year", "id")


def sections(report: WebsiteReport, *, with_notes: bool) -> list[tuple[str, list[Row]]]:
    out: list[tuple[str, list[Row]]] = []
    for key, section, label, kind in website.ROWS:
        raw = report.figures.get(key, "" if kind == website.TEXT else 0)
        row = Row(
            key=key,
            label=label,
            value=website.display(key, raw),
            raw=raw,
            kind=kind,
            note=report.notes.get(key, "") if with_notes else "",
        )
        if not out or out[-1][0] != section:
            out.append((section, []))
        out[-1][1].append(row)
    return out


def home_block(request) -> dict | None:
    """The latest published report on the home page (due there by 31 January)."""
    report = published_website_reports().first()
    if report is None:
        return None
    return {
        "title": "政府网站工作年度报表",
        "url": reverse("reports:website_list"),
        "items": [
            {
                "title": report.title,
                "url": reverse("reports:website_detail", args=[report.pk]),
                "date": report.published_at,
            }
        ],
    }


def todo(user) -> list[TodoItem]:
    """In January, the office is reminded to publish last year's report by the 31st: one
    reminder per site of the office's (once for a single-site installation)."""
    if not (user.is_superuser or has_role(user, Role.OFFICE)):
        return []
    today = timezone.localdate()
    year = today.year - 1
    if today.month > 3:
        return []
    due = website.publication_due(year)
    published = set(
        WebsiteReport.objects.filter(year=year, status=WebsiteReport.Status.PUBLISHED).values_list(
            "site_id", flat=True
        )
    )
    pending = [s for s in report_sites(user) if (s.pk if s else None) not in published]
    if len(pending) > 3:  # a province's office: one line for all its sites
        names = [f"（{len(pending)}个网站未发布）"]
    else:
        names = [f"（{site.name}）" if site else "" for site in pending]
    return [
        TodoItem(
            title=f"编制并发布{year}年度政府网站工作年度报表{name}",
            url=reverse("reports:website_workspace"),
            kind="网站年度报表",
            due=due,
            note="每年1月31日前在网站公开",
            severity="danger" if today > due else "warning",
        )
        for name in names
    ]


def report_sites(user) -> list:
    """The websites whose yearly report ``user`` (公开办) makes: on a single-site
    installation the one website (None); with hosted sites, each active site of the user's
    subtree (a province's office: every city's and county's site)."""
    from gongkai.core.models import HostedSite
    from gongkai.core.site_selectors import sites_for

    if not HostedSite.objects.exists():
        return [None]
    return list(sites_for(user).filter(active=True))


def _reports_of(user) -> Q:
    """Which reports ``user`` may open in the workspace: those of the user's sites, and the
    installation's own (no site) where the user makes them or is the platform's admin."""
    from gongkai.core.site_selectors import sites_for

    allowed = Q(site__in=sites_for(user))
    if user.is_superuser or None in report_sites(user) or _main_site_of(user):
        allowed |= Q(site__isnull=True)
    return allowed


def _main_site_of(user) -> bool:
    from gongkai.core.site_selectors import sites_for

    return sites_for(user).filter(is_default=True).exists()


def website_reports(user) -> QuerySet[WebsiteReport]:
    """Every year's report of the user's sites, drafts too (the office's page)."""
    return (
        WebsiteReport.objects.filter(_reports_of(user))
        .select_related("site", "site__root")
        .order_by("-year", "site__root__path", "id")
    )


def site_status(user, year: int) -> list[dict]:
    """For each website of the user's, the state of ``year``'s report (a province's office
    sees where each of its sites stands)."""
    reports = {r.site_id: r for r in website_reports(user).filter(year=year)}
    return [
        {"site": site, "report": reports.get(site.pk if site else None)}
        for site in report_sites(user)
    ]


def website_report_or_404(pk: int, user=None) -> WebsiteReport:
    """A report by id; with ``user``, only one of the user's sites (404 otherwise)."""
    from django.shortcuts import get_object_or_404

    qs = WebsiteReport.objects.select_related("site", "site__root")
    if user is not None:
        qs = qs.filter(_reports_of(user))
    return get_object_or_404(qs, pk=pk)


def website_report_mine(user, pk: int) -> bool:
    """Whether ``user`` works on this report (one of the user's sites)."""
    return WebsiteReport.objects.filter(_reports_of(user), pk=pk).exists()


def may_make(user, site) -> bool:
    """Whether ``user`` may generate, edit and publish the report of ``site`` (None: the
    installation's own website)."""
    if user.is_superuser:
        return True
    if not has_role(user, Role.OFFICE):
        return False
    if site is None:
        return None in report_sites(user) or _main_site_of(user)
    return any(s is not None and s.pk == site.pk for s in report_sites(user))


def website_report_shown_here(pk: int) -> bool:
    """Whether the public of the request's site may open this published report."""
    return published_website_reports().filter(pk=pk).exists()
