"""Statistics (public and staff), catalogue coverage and assessment pages."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe

from gongkai.core.decorators import staff_required
from gongkai.core.inputs import parse_id, parse_year
from gongkai.core.models import Role
from gongkai.reports import scoring, selectors, services, stats
from gongkai.reports.models import AssessmentRound, Indicator


def _year(request) -> int:
    this_year = timezone.localdate().year
    raw = request.GET.get("year", "")
    if raw.isdigit() and 2008 <= int(raw) <= this_year:
        return int(raw)
    return this_year


def _stats_context(year: int, units=None) -> dict:
    pubs = stats.publications(year, units)
    apps = stats.applications(year, units)
    month_label = [f"{int(k[-2:])}月" for k in pubs["per_month"]]
    return {
        "year": year,
        "years": list(range(timezone.localdate().year, 2018, -1)),
        "pubs": pubs,
        "apps": apps,
        "late_pct": f"{apps['late_share']:.1%}" if apps["late_share"] is not None else "—",
        # the SVG is built from escaped strings only (stats.bar_chart)
        "chart_pubs": mark_safe(  # noqa: S308
            stats.bar_chart(
                f"{year}年每月主动公开信息数",
                list(zip(month_label, pubs["per_month"].values(), strict=True)),
            )
        ),
        "chart_topics": mark_safe(  # noqa: S308
            stats.bar_chart("按主题分类", pubs["by_topic"], horizontal=True)
        ),
        "chart_apps": mark_safe(  # noqa: S308
            stats.bar_chart(
                f"{year}年每月收到依申请公开申请数",
                list(zip(month_label, apps["per_month"].values(), strict=True)),
            )
        ),
        "chart_outcomes": mark_safe(  # noqa: S308
            stats.bar_chart(
                "按办理结果", [(label[:16], n) for label, n in apps["by_outcome"]], horizontal=True
            )
        ),
        "months": month_label,
    }


def public_stats(request):
    from gongkai.core import sites

    site_units = sites.unit_ids()
    ctx = _stats_context(_year(request), None if site_units is None else site_units)
    ctx["rankings"] = selectors.published_rankings()
    return render(request, "reports/stats.html", ctx)


@staff_required
def staff_stats(request):
    units = selectors.staff_units(request.user)
    unit = None
    raw = request.GET.get("unit", "")
    if raw.isdigit():
        unit = selectors.unit_among(units, int(raw))
    chosen = [unit] if unit else list(units)
    ctx = _stats_context(_year(request), chosen)
    ctx.update({"units": units, "unit": unit})
    return render(request, "reports/staff_stats.html", ctx)


@staff_required
def coverage(request):
    from gongkai.reports import compliance, standard_coverage

    units = selectors.staff_units(request.user)
    raw = request.GET.get("unit", "")
    unit = selectors.unit_among(units, int(raw)) if raw.isdigit() else None
    unit = unit or request.user.unit or units.first()
    statuses = compliance.coverage(unit) if unit else []
    return render(
        request,
        "reports/coverage.html",
        {
            "units": units,
            "unit": unit,
            "statuses": statuses,
            "problems": [s for s in statuses if not s.ok],
            "ratio": f"{compliance.coverage_ratio(statuses):.1%}" if statuses else "—",
            "empty_count": sum(1 for s in statuses if s.empty),
            "stale_count": sum(1 for s in statuses if s.stale),
            "standard": standard_coverage.report(unit) if unit else None,
        },
    )


@staff_required(roles=(Role.OFFICE, Role.LEADER))
def assessment(request):
    if request.method == "POST":
        try:
            action = request.POST.get("action")
            if action == "create_set":
                specs = []
                for i in range(1, 7):
                    name = request.POST.get(f"name{i}", "").strip()
                    if name:
                        specs.append(
                            {
                                "name": name,
                                "weight": request.POST.get(f"weight{i}", ""),
                                "method": request.POST.get(f"method{i}", ""),
                            }
                        )
                services.indicator_set_create(
                    actor=request.user, name=request.POST.get("set_name", ""), indicators=specs
                )
                messages.success(request, "指标体系已保存")
            else:
                iset = selectors.indicator_set_or_404(parse_id(request.POST.get("set")))
                year = parse_year(request.POST.get("year"))
                r = services.assessment_score(
                    actor=request.user, indicator_set=iset, root=request.user.unit, year=year
                )
                return redirect("reports:workspace_assessment_round", pk=r.pk)
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
        return redirect("reports:workspace_assessment")
    return render(
        request,
        "reports/assessment.html",
        {
            "sets": selectors.indicator_sets(),
            "rounds": selectors.staff_rounds(request.user),
            "methods": Indicator.Method.choices,
            "slots": range(1, 7),
            "default_year": timezone.localdate().year - 1,
        },
    )


@staff_required(roles=(Role.OFFICE, Role.LEADER))
def assessment_round(request, pk: int):
    round_ = selectors.staff_round(request.user, pk)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "publish":
                services.assessment_publish(actor=request.user, round_=round_)
                messages.success(request, "排名已公布")
            elif request.POST.get("action") == "rescore":
                services.assessment_score(
                    actor=request.user,
                    indicator_set=round_.indicator_set,
                    root=round_.root,
                    year=round_.year,
                )
            else:
                indicator = selectors.indicator_or_404(request.POST.get("indicator") or 0)
                unit = selectors.staff_unit_or_404(request.user, request.POST.get("unit") or 0)
                services.assessment_score_by_hand(
                    actor=request.user,
                    round_=round_,
                    indicator=indicator,
                    unit=unit,
                    score=request.POST.get("score", ""),
                    note=request.POST.get("note", ""),
                )
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
        return redirect("reports:workspace_assessment_round", pk=round_.pk)
    return render(request, "reports/assessment_round.html", _round_context(round_))


def _round_context(round_: AssessmentRound) -> dict:
    indicators, by_unit = selectors.round_scores(round_)
    for unit_scores in by_unit.values():
        for score in unit_scores.values():
            scoring.annotate_score(score, round_.no_data_rule)
    rows = []
    for r in services.ranking(round_):
        cells = [by_unit.get(r["unit"], {}).get(i.pk) for i in indicators]
        rows.append({**r, "cells": cells})
    return {
        "round": round_,
        "indicators": indicators,
        "rows": rows,
        "total_rule": scoring.rule_label(round_.no_data_rule),
    }


def public_ranking(request, pk: int):
    round_ = selectors.published_round_or_404(pk)
    return render(request, "reports/ranking.html", _round_context(round_))
