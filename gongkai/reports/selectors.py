"""Reads of the reports app."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import QuerySet

from gongkai.core import conf, sites
from gongkai.core.models import Unit
from gongkai.core.permissions import scope
from gongkai.reports import tables as T
from gongkai.reports.checks import CheckResult, run_checks
from gongkai.reports.compute import ReportData, compute_report, tables_from_json
from gongkai.reports.models import AnnualReport
from gongkai.reports.writers import ReportView


def published_reports() -> QuerySet[AnnualReport]:
    return sites.scope(
        AnnualReport.objects.filter(status=AnnualReport.Status.PUBLISHED).select_related("unit")
    )


def reports_for(user) -> QuerySet[AnnualReport]:
    return scope(AnnualReport.objects.select_related("unit"), user)


def report_view(report: AnnualReport) -> tuple[ReportView, ReportData | None]:
    """The report as shown: frozen tables once published, computed while a draft."""
    if report.is_published and report.tables:
        tables = tables_from_json(report.tables)
        section2 = [tables[t[0]] for t in T.SECTION2_TABLES if t[0] in tables]
        view = ReportView(
            title=report.title,
            unit_name=report.unit.name,
            overview=report.overview,
            problems=report.problems,
            other_matters=report.other_matters,
            section2=section2,
            section3=tables["s3"],
            section4=tables["s4"],
            fees_yuan=report.tables.get("section6", {}).get("fees_collected_yuan", "0.00"),
            status_label=report.get_status_display(),
        )
        return view, None
    data = compute_report(report.unit, report.year, report.scope)
    view = ReportView(
        title=report.title,
        unit_name=report.unit.name,
        overview=report.overview,
        problems=report.problems,
        other_matters=report.other_matters,
        section2=data.section2,
        section3=data.section3,
        section4=data.section4,
        fees_yuan=str(data.fees_yuan),
        status_label=report.get_status_display(),
    )
    return view, data


def report_json(report: AnnualReport) -> dict:
    view, data = report_view(report)
    out = {
        "unit": {"id": report.unit_id, "name": report.unit.name},
        "year": report.year,
        "scope": report.scope,
        "status": report.status,
        "title": report.title,
        "published_at": report.published_at.isoformat() if report.published_at else None,
        "section2": [t.as_json() for t in view.section2],
        "section3": view.section3.as_json(),
        "section4": view.section4.as_json(),
        "section6": {"fees_collected_yuan": view.fees_yuan},
    }
    if data is not None:
        out["checks"] = [c.as_json() for c in run_checks(data)]
    return out


def report_checks(data: ReportData) -> list[CheckResult]:
    return run_checks(data)


def due_date(unit: Unit, year: int) -> dt.date:
    """When the report for ``year`` is due (RULES §8; configurable, Art. 49 defaults)."""
    if unit.kind == Unit.Kind.GOVERNMENT:
        month, day = conf.get("GONGKAI_REPORT_DUE_GOVERNMENT")
    else:
        month, day = conf.get("GONGKAI_REPORT_DUE_DEPARTMENT")
    return dt.date(year + 1, month, day)


def yuan(value) -> Decimal:
    return Decimal(str(value or 0))


def published_report(pk: int) -> AnnualReport | None:
    return published_reports().filter(pk=pk).first()


def published_report_ids():
    return published_reports().values_list("pk", flat=True)


def own_report_statuses(units, year: int) -> dict[int, str]:
    """unit id -> status of the unit's own annual report for ``year``."""
    return dict(
        AnnualReport.objects.filter(
            unit__in=units, year=year, scope=AnnualReport.Scope.OWN
        ).values_list("unit_id", "status")
    )
