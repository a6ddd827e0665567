"""Everything reports adds to the platform: the annual reports in the search index, the
reminder of reports due on the to-do list, the menu and the demo data."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.permissions import visible_units
from gongkai.core.plugs import TodoItem
from gongkai.reports import selectors
from gongkai.reports.models import AnnualReport
from gongkai.reports.selectors import due_date
from gongkai.search.contract import SearchDocumentData, SearchSource

SOURCE = "reports.annual"
#: Remind this many days before the due date (and every day after it).
REMIND_DAYS = 45


def report_document(pk: int) -> SearchDocumentData | None:
    report = selectors.published_report(pk)
    if report is None:
        return None
    return SearchDocumentData(
        title=report.title,
        body="\n".join(t for t in (report.overview, report.problems, report.other_matters) if t),
        url=reverse("reports:detail", args=[report.pk]),
        date=timezone.localdate(report.published_at),
        unit_id=report.unit_id,
        unit_name=report.unit.name,
        kind="annual_report",
    )


def published_ids():
    return selectors.published_report_ids()


def report_reminders(user) -> list:
    if not (user.is_superuser or user.role in (Role.OFFICE, Role.REVIEWER, Role.LEADER)):
        return []
    today = timezone.localdate()
    year = today.year - 1
    units = list(visible_units(user))
    published = selectors.own_report_statuses(units, year)
    items = []
    for unit in units:
        due = due_date(unit, year)
        if published.get(unit.pk) == AnnualReport.Status.PUBLISHED:
            continue
        if today < due - dt.timedelta(days=REMIND_DAYS):
            continue
        started = unit.pk in published
        items.append(
            TodoItem(
                title=f"{unit.name}{year}年政府信息公开工作年度报告{'待发布' if started else '尚未编制'}",
                url=reverse("reports:workspace"),
                kind="年度报告",
                due=due,
                unit=unit.name,
                note="《条例》第四十九条：部门于1月31日前、政府于3月31日前公布",
                severity="danger" if today > due else "warning",
            )
        )
    return items


def register() -> None:
    plugs.register_leader_block(
        "reports.assessment", plugs.lazy("gongkai.reports.leader:assessment_scores"), order=40
    )
    plugs.register_search_source(SearchSource(SOURCE, "年度报告", report_document, published_ids))
    from gongkai.search.registry import register_facet_labels

    register_facet_labels("kind", [("annual_report", "年度报告")])
    plugs.register_todo("reports.annual_due", report_reminders)
    plugs.register_demo("reports", plugs.lazy("gongkai.reports.demo:load"), order=90)
    plugs.register_nav("年度报告", "reports:workspace", order=600)
    plugs.register_nav("统计", "reports:workspace_stats", order=610)
    plugs.register_nav(
        "考核评估", "reports:workspace_assessment", order=620, roles=(Role.OFFICE, Role.LEADER)
    )

    from gongkai.reports.sitemaps import PAGES, ReportsSitemap

    plugs.register_sitemap_section(
        "reports", label="年度报告与统计", pages=PAGES, sitemap=ReportsSitemap, order=30
    )
    plugs.register_home_block(
        "reports.website", plugs.lazy("gongkai.reports.website_selectors:home_block"), order=90
    )
    plugs.register_todo("reports.website_due", plugs.lazy("gongkai.reports.website_selectors:todo"))
    plugs.register_nav("网站年度报表", "reports:website_workspace", order=605, roles=(Role.OFFICE,))
    plugs.register_demo(
        "reports.website", plugs.lazy("gongkai.reports.website_demo:load"), order=95
    )
