"""Pages of the reports app: the public 年报 column, staff report pages, downloads."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Unit
from gongkai.core.permissions import get_for_user, visible_units
from gongkai.reports import services
from gongkai.reports.models import AnnualReport, ExternalFigure
from gongkai.reports.selectors import (
    due_date,
    published_reports,
    report_checks,
    report_view,
    reports_for,
)
from gongkai.reports.writers import html_grid, render_docx, render_pdf, render_xlsx


def _report_context(report: AnnualReport) -> dict:
    view, data = report_view(report)
    return {
        "report": report,
        "view": view,
        "section2": [html_grid(t, True) for t in view.section2],
        "section3": html_grid(view.section3, False),
        "section4": html_grid(view.section4, False),
        "checks": report_checks(data) if data is not None else None,
    }


# --- public -------------------------------------------------------------------------


def report_list(request):
    qs = published_reports().order_by("-year", "unit__path")
    year = request.GET.get("year", "")
    if year.isdigit():
        qs = qs.filter(year=int(year))
    unit = request.GET.get("unit", "")
    if unit.isdigit():
        qs = qs.filter(unit_id=int(unit))
    page = Paginator(qs, 20).get_page(request.GET.get("page"))
    years = published_reports().values_list("year", flat=True).distinct().order_by("-year")
    units = Unit.objects.filter(pk__in=published_reports().values("unit_id")).order_by("path")
    return render(
        request,
        "reports/report_list.html",
        {
            "page": page,
            "reports": page.object_list,
            "years": list(years),
            "year": year,
            "units": units.order_by("path"),
            "unit": unit,
        },
    )


def report_detail(request, pk: int):
    report = get_object_or_404(AnnualReport.objects.select_related("unit"), pk=pk)
    services.ensure_can_view(request.user, report)
    return render(request, "reports/report_detail.html", _report_context(report))


FORMATS = {
    "docx": (
        render_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "pdf": (render_pdf, "application/pdf"),
    "xlsx": (render_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def report_download(request, pk: int, fmt: str):
    if fmt not in FORMATS:
        raise Http404("不支持的格式")
    report = get_object_or_404(AnnualReport.objects.select_related("unit"), pk=pk)
    services.ensure_can_view(request.user, report)
    view, _data = report_view(report)
    render_fn, content_type = FORMATS[fmt]
    response = HttpResponse(render_fn(view), content_type=content_type)
    filename = f"annual-report-{report.unit_id}-{report.year}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- staff --------------------------------------------------------------------------


@staff_required
def workspace_reports(request):
    units = visible_units(request.user).order_by("path")
    this_year = timezone.localdate().year
    if request.method == "POST":
        unit = units.filter(pk=request.POST.get("unit") or 0).first()
        year = request.POST.get("year", "")
        if unit is None:
            messages.error(request, "请选择您有权管理的机构")
        elif not year.isdigit():
            messages.error(request, "请填写正确的年度，如 2025")
        else:
            try:
                report = services.report_start(
                    actor=request.user,
                    unit=unit,
                    year=int(year),
                    scope=request.POST.get("scope", AnnualReport.Scope.OWN),
                )
            except (ValidationError, PermissionDenied) as exc:
                messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
            else:
                return redirect("reports:workspace_report", pk=report.pk)
    reports = list(reports_for(request.user).order_by("-year", "unit__path")[:200])
    for r in reports:
        r.due = due_date(r.unit, r.year)
    # every unit in scope: where last year's own report stands against its due date
    last_year = this_year - 1
    status = dict(
        AnnualReport.objects.filter(
            unit__in=units, year=last_year, scope=AnnualReport.Scope.OWN
        ).values_list("unit_id", "status")
    )
    today = timezone.localdate()
    overview = []
    for u in units:
        due = due_date(u, last_year)
        st = status.get(u.pk)
        overview.append(
            {
                "unit": u,
                "due": due,
                "status": {None: "未编制", "draft": "草稿", "published": "已发布"}[st],
                "late": st != AnnualReport.Status.PUBLISHED and today > due,
                "ok": st == AnnualReport.Status.PUBLISHED,
            }
        )
    return render(
        request,
        "reports/workspace_reports.html",
        {
            "reports": reports,
            "overview": overview,
            "last_year": last_year,
            "units": units,
            "default_year": this_year - 1,
            "scopes": AnnualReport.Scope.choices,
        },
    )


@staff_required
def workspace_report(request, pk: int):
    report = get_for_user(AnnualReport.objects.select_related("unit"), request.user, pk=pk)
    if request.method == "POST":
        try:
            services.report_update(
                actor=request.user,
                report=report,
                overview=request.POST.get("overview", ""),
                problems=request.POST.get("problems", ""),
                other_matters=request.POST.get("other_matters", ""),
            )
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(request, "已保存")
            return redirect("reports:workspace_report", pk=report.pk)
    ctx = _report_context(report)
    ctx["due"] = due_date(report.unit, report.year)
    return render(request, "reports/workspace_report.html", ctx)


@staff_required
@require_POST
def workspace_report_publish(request, pk: int):
    report = get_for_user(AnnualReport.objects.all(), request.user, pk=pk)
    try:
        services.report_publish(actor=request.user, report=report)
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
    else:
        messages.success(request, "报告已发布到“政府信息公开工作年度报告”栏目")
    return redirect("reports:workspace_report", pk=report.pk)


@staff_required
def workspace_figures(request):
    units = visible_units(request.user).order_by("path")
    this_year = timezone.localdate().year
    if request.method == "POST":
        unit = units.filter(pk=request.POST.get("unit") or 0).first()
        year = request.POST.get("year", "")
        source = request.POST.get("source", "")
        try:
            if unit is None:
                raise ValidationError("请选择您有权管理的机构")
            if not year.isdigit():
                raise ValidationError("请填写正确的年度")
            upload = request.FILES.get("file")
            if upload is not None:
                if upload.size > 2 * 1024 * 1024:
                    raise ValidationError("文件不能超过 2MB")
                figs = services.external_figures_import(
                    actor=request.user,
                    unit=unit,
                    year=int(year),
                    name=upload.name,
                    content=upload.read(),
                    source=source,
                )
                messages.success(request, f"已导入 {len(figs)} 项数据")
            else:
                n = 0
                for kind in ExternalFigure.Kind.values:
                    raw = request.POST.get(kind, "").strip()
                    if raw:
                        services.external_figure_set(
                            actor=request.user,
                            unit=unit,
                            year=int(year),
                            kind=kind,
                            value=raw,
                            source=source,
                        )
                        n += 1
                if not n:
                    raise ValidationError("请至少填写一项数值")
                messages.success(request, f"已保存 {n} 项数据")
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
        else:
            return redirect("reports:workspace_figures")
    figures = (
        ExternalFigure.objects.filter(unit__in=units)
        .select_related("unit", "entered_by")
        .order_by("-year", "unit__path", "kind")[:300]
    )
    return render(
        request,
        "reports/workspace_figures.html",
        {
            "units": units,
            "figures": figures,
            "kinds": ExternalFigure.Kind.choices,
            "default_year": this_year - 1,
        },
    )
