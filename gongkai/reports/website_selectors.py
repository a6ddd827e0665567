"""Reads of the 政府网站工作年度报表: the public list, the rows to show, home block, to-do."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
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
    from gongkai.core import sites

    qs = WebsiteReport.objects.filter(status=WebsiteReport.Status.PUBLISHED).order_by("-year")
    # The yearly report describes the installation's own website (GONGKAI_SITE): another
    # hosted site does not show it as its own.
    return qs if sites.is_main_site() else qs.none()


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
    """In January, the office is reminded to publish last year's report by the 31st."""
    if not (user.is_superuser or has_role(user, Role.OFFICE)):
        return []
    today = timezone.localdate()
    year = today.year - 1
    if today.month > 3:
        return []
    if WebsiteReport.objects.filter(year=year, status=WebsiteReport.Status.PUBLISHED).exists():
        return []
    due = website.publication_due(year)
    return [
        TodoItem(
            title=f"编制并发布{year}年度政府网站工作年度报表",
            url=reverse("reports:website_workspace"),
            kind="网站年度报表",
            due=due,
            note="每年1月31日前在网站公开",
            severity="danger" if today > due else "warning",
        )
    ]


def website_reports() -> QuerySet[WebsiteReport]:
    """Every year's report, drafts too (the office's page)."""
    return WebsiteReport.objects.order_by("-year")


def website_report_or_404(pk: int) -> WebsiteReport:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(WebsiteReport, pk=pk)


def website_report_shown_here(pk: int) -> bool:
    """Whether the public of the request's site may open this published report."""
    return published_website_reports().filter(pk=pk).exists()
