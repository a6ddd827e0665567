"""Pages of the 政府网站工作年度报表: public list and detail, Word download, the office's
generate / edit / publish page."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.reports import website, website_services
from gongkai.reports.models import WebsiteReport
from gongkai.reports.website_docx import render_website_docx
from gongkai.reports.website_selectors import (
    published_website_reports,
    report_sites,
    sections,
    site_status,
    website_report_mine,
    website_report_or_404,
    website_report_shown_here,
    website_reports,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def website_list(request):
    return render(
        request, "reports/website_list.html", {"reports": list(published_website_reports())}
    )


def _visible(request, pk: int) -> WebsiteReport:
    user = request.user
    staff = user.is_authenticated and (user.is_superuser or user.role == Role.OFFICE)
    report = website_report_or_404(pk)
    if staff and website_report_mine(user, report.pk):
        return report  # the office previews its own sites' reports, drafts too
    if not report.is_published:
        raise Http404("该报表尚未发布")
    if not website_report_shown_here(report.pk):
        raise Http404("本网站没有该报表")
    return report


def website_detail(request, pk: int):
    report = _visible(request, pk)
    return render(
        request,
        "reports/website_detail.html",
        {"report": report, "sections": sections(report, with_notes=False)},
    )


def website_download(request, pk: int):
    report = _visible(request, pk)
    response = HttpResponse(render_website_docx(report), content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="website-report-{report.year}.docx"'
    return response


@staff_required(roles=(Role.OFFICE,))
def website_workspace(request):
    choices = report_sites(request.user)
    if request.method == "POST":
        try:
            year = int(request.POST.get("year", ""))
        except ValueError:
            messages.error(request, "请填写年度")
        else:
            try:
                site = _chosen_site(choices, request.POST.get("site", ""))
                report = website_services.website_report_generate(
                    actor=request.user, year=year, site=site
                )
            except (ValidationError, PermissionDenied) as exc:
                for msg in getattr(exc, "messages", [str(exc)]):
                    messages.error(request, msg)
            else:
                messages.success(request, "已根据平台数据生成，请核实后修改和发布")
                return redirect("reports:website_edit", pk=report.pk)
    today = timezone.localdate()
    return render(
        request,
        "reports/website_workspace.html",
        {
            "reports": website_reports(request.user),
            "sites": [s for s in choices if s is not None],
            "status": site_status(request.user, today.year - 1),
            "default_year": today.year - 1,
            "due": website.publication_due(today.year - 1),
        },
    )


def _chosen_site(choices: list, raw: str):
    """The hosted site picked on the form, among the user's; None on a single-site
    installation."""
    if choices == [None]:
        return None
    for site in choices:
        if site is not None and str(site.pk) == raw:
            return site
    raise ValidationError("请选择网站" if choices else "您的单位没有可编制报表的网站")


@staff_required(roles=(Role.OFFICE,))
def website_edit(request, pk: int):
    report = website_report_or_404(pk, request.user)
    errors: dict = {}
    if request.method == "POST" and not report.is_published:
        values = {k: request.POST.get(k, "") for k in website.TYPES if k in request.POST}
        try:
            website_services.website_report_update(actor=request.user, report=report, values=values)
        except ValidationError as exc:
            errors = {k: v[0] for k, v in exc.message_dict.items()}
            for k, v in values.items():  # show what was typed
                report.figures[k] = v
        else:
            messages.success(request, "已保存")
            return redirect("reports:website_edit", pk=report.pk)
    return render(
        request,
        "reports/website_edit.html",
        {"report": report, "sections": sections(report, with_notes=True), "errors": errors},
    )


@staff_required(roles=(Role.OFFICE,))
@require_POST
def website_publish(request, pk: int):
    report = website_report_or_404(pk, request.user)
    try:
        website_services.website_report_publish(actor=request.user, report=report)
    except (ValidationError, PermissionDenied) as exc:
        for msg in getattr(exc, "messages", [str(exc)]):
            messages.error(request, msg)
    else:
        messages.success(request, "已发布，首页已显示")
    return redirect("reports:website_edit", pk=report.pk)
