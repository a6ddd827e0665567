"""Reads of the reports app."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from gongkai.core import conf, sites
from gongkai.core.models import Unit
from gongkai.core.permissions import get_for_user, scope, visible_units
from gongkai.reports.models import (
    AnnualReport,
    AssessmentRound,
    ExternalFigure,
    Indicator,
    IndicatorSet,
    Score,
)

if TYPE_CHECKING:
    from gongkai.reports.checks import CheckResult
    from gongkai.reports.compute import ReportData
    from gongkai.reports.writers import ReportView


def published_reports() -> QuerySet[AnnualReport]:
    return sites.scope(
        AnnualReport.objects.filter(status=AnnualReport.Status.PUBLISHED).select_related("unit")
    )


def reports_for(user) -> QuerySet[AnnualReport]:
    return scope(AnnualReport.objects.select_related("unit"), user)


def report_view(report: AnnualReport) -> tuple[ReportView, ReportData | None]:
    """The report as shown: frozen tables once published, computed while a draft."""
    # the tables, checks and writers load when a report is shown, not at start-up
    from gongkai.reports import tables as T
    from gongkai.reports.compute import compute_report, tables_from_json
    from gongkai.reports.writers import ReportView

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
        out["checks"] = [c.as_json() for c in report_checks(data)]
    return out


def report_checks(data: ReportData) -> list[CheckResult]:
    from gongkai.reports.checks import run_checks

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


# --- reads behind the pages and the API -------------------------------------------------


def public_report_list(year: str = "", unit: str = "") -> QuerySet[AnnualReport]:
    """Published reports, newest year first, narrowed by the ``year``/``unit`` typed in."""
    qs = published_reports().order_by("-year", "unit__path")
    if year.isdigit():
        qs = qs.filter(year=int(year))
    if unit.isdigit():
        qs = qs.filter(unit_id=int(unit))
    return qs


def public_report_filters() -> tuple[list[int], QuerySet[Unit]]:
    """The years and the units that have a published report (the list page's filters)."""
    years = published_reports().values_list("year", flat=True).distinct().order_by("-year")
    units = Unit.objects.filter(pk__in=published_reports().values("unit_id"))
    return list(years), units.order_by("path")


def report_or_404(pk: int) -> AnnualReport:
    return get_object_or_404(AnnualReport.objects.select_related("unit"), pk=pk)


def report_for_api(unit: int, year: int, scope: str) -> AnnualReport | None:
    return (
        AnnualReport.objects.select_related("unit")
        .filter(unit_id=unit, year=year, scope=scope)
        .first()
    )


def staff_report(user, pk: int) -> AnnualReport:
    """A report of the user's units (404 outside them)."""
    return get_for_user(AnnualReport.objects.select_related("unit"), user, pk=pk)


def staff_units(user) -> QuerySet[Unit]:
    return visible_units(user).order_by("path")


def unit_among(units: QuerySet[Unit], pk) -> Unit | None:
    """The unit ``pk`` names if it is one of ``units``, else None."""
    return units.filter(pk=pk).first()


def staff_report_list(user) -> list[AnnualReport]:
    """The user's reports, newest first, each with its ``due`` date."""
    reports = list(reports_for(user).order_by("-year", "unit__path")[:200])
    for r in reports:
        r.due = due_date(r.unit, r.year)  # type: ignore[attr-defined]  # for the template
    return reports


def staff_figures(units) -> QuerySet[ExternalFigure]:
    return (
        ExternalFigure.objects.filter(unit__in=units)
        .select_related("unit", "entered_by")
        .order_by("-year", "unit__path", "kind")[:300]
    )


def published_rankings() -> QuerySet[AssessmentRound]:
    return sites.scope(
        AssessmentRound.objects.filter(status=AssessmentRound.Status.PUBLISHED), "root"
    ).select_related("indicator_set", "root")[:20]


def indicator_sets() -> QuerySet[IndicatorSet]:
    return IndicatorSet.objects.prefetch_related("indicators")


def indicator_set_or_404(pk) -> IndicatorSet:
    return get_object_or_404(IndicatorSet, pk=pk)


def indicator_or_404(pk) -> Indicator:
    return get_object_or_404(Indicator, pk=pk)


def staff_unit_or_404(user, pk) -> Unit:
    return get_object_or_404(visible_units(user), pk=pk)


def staff_rounds(user) -> QuerySet[AssessmentRound]:
    return AssessmentRound.objects.filter(root__in=visible_units(user)).select_related(
        "indicator_set", "root"
    )


def staff_round(user, pk: int) -> AssessmentRound:
    return get_for_user(
        AssessmentRound.objects.select_related("indicator_set", "root"), user, field="root", pk=pk
    )


def published_round_or_404(pk: int) -> AssessmentRound:
    return get_object_or_404(
        AssessmentRound.objects.select_related("indicator_set", "root"),
        pk=pk,
        status=AssessmentRound.Status.PUBLISHED,
    )


def round_scores(round_: AssessmentRound) -> tuple[list[Indicator], dict[int, dict[int, Score]]]:
    """(the round's indicators, unit id -> indicator id -> score)."""
    indicators = list(round_.indicator_set.indicators.all())
    by_unit: dict[int, dict[int, Score]] = {}
    for s in Score.objects.filter(round=round_).select_related("unit"):
        by_unit.setdefault(s.unit_id, {})[s.indicator_id] = s
    return indicators, by_unit
