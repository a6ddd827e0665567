"""Staff pages: the sites, a check on demand, the report of a run and its XLSX."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.monitoring import selectors, services
from gongkai.monitoring.export import run_xlsx
from gongkai.monitoring.forms import (
    ColumnEditForm,
    ColumnForm,
    RunForm,
    SiteForm,
    SiteSettingsForm,
)

CAN_CONFIGURE = (Role.OFFICE,)


def _form_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            for msg in errors:
                form.add_error(field if field in form.fields else None, msg)
    else:
        for msg in exc.messages:
            form.add_error(None, msg)


@staff_required
def index(request):
    can_configure = has_role(request.user, *CAN_CONFIGURE)
    form = SiteForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if not can_configure:
            messages.error(request, "只有公开办可以添加监测网站")
            return redirect("monitoring:index")
        if form.is_valid():
            try:
                site = services.site_create(actor=request.user, **form.cleaned_data)
            except ValidationError as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, f"已添加监测网站：{site.name}")
                return redirect("monitoring:site", pk=site.pk)
    sites = list(selectors.sites_for(request.user))
    runs = selectors.runs_by_id(
        [s.latest_run_id for s in sites] + [s.latest_done_id for s in sites]
    )
    rows = [(s, runs.get(s.latest_run_id), runs.get(s.latest_done_id)) for s in sites]
    return render(
        request,
        "monitoring/index.html",
        {"rows": rows, "form": form, "can_configure": can_configure},
    )


@staff_required
def site_detail(request, pk: int):
    site = selectors.site_for(request.user, pk)
    can_configure = has_role(request.user, *CAN_CONFIGURE)
    form = ColumnForm(request.POST or None)
    if request.method == "POST":
        if not can_configure:
            messages.error(request, "只有公开办可以添加栏目")
            return redirect("monitoring:site", pk=site.pk)
        if form.is_valid():
            try:
                column = services.column_create(actor=request.user, site=site, **form.cleaned_data)
            except ValidationError as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, f"已添加栏目：{column.name}")
                return redirect("monitoring:site", pk=site.pk)
    probes = selectors.site_probes(site, timezone.now() - services.PROBE_KEEP)
    runs = Paginator(selectors.site_runs(site), 20).get_page(request.GET.get("page"))
    return render(
        request,
        "monitoring/site.html",
        {
            "site": site,
            "columns": selectors.site_columns(site),
            "form": form,
            "run_form": RunForm(initial={"depth": site.depth}),
            "settings_form": SiteSettingsForm(initial={"depth": site.depth, "rate": site.rate}),
            "page": runs,
            **probes,
            "can_configure": can_configure,
        },
    )


@staff_required
@require_POST
def site_run(request, pk: int):
    site = selectors.site_for(request.user, pk)
    form = RunForm(request.POST)  # depth is optional: the site's own depth by default
    if not form.is_valid():
        messages.error(request, "抓取深度应为不小于 0 的整数；留空表示按该网站的设置")
        return redirect("monitoring:site", pk=site.pk)
    depth = form.cleaned_data["depth"]
    try:
        run = services.run_request(
            actor=request.user, site=site, depth=services.SITE_DEPTH if depth is None else depth
        )
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
        return redirect("monitoring:site", pk=site.pk)
    messages.success(request, "检测已加入后台队列，完成后结果显示在此页")
    return redirect("monitoring:run", pk=run.pk)


@staff_required
def run_detail(request, pk: int):
    run = selectors.run_for(request.user, pk)
    show = request.GET.get("show", "")
    broken = selectors.run_broken_links(run, new_only=show == "new")
    page = Paginator(broken, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "monitoring/run.html",
        {
            "run": run,
            "site": run.site,
            "verdict": run.verdict,
            "checks": selectors.run_column_checks(run),
            "page": page,
            "show": show,
        },
    )


@staff_required
def run_export(request, pk: int):
    run = selectors.run_for(request.user, pk)
    response = HttpResponse(
        run_xlsx(run),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="monitoring-{run.site_id}-{run.pk}.xlsx"'
    )
    return response


@staff_required(roles=CAN_CONFIGURE)
@require_POST
def site_active(request, pk: int):
    site = selectors.site_for(request.user, pk)
    active = request.POST.get("active") == "1"
    services.site_set_active(actor=request.user, site=site, active=active)
    messages.success(request, "已恢复定期检测" if active else "已暂停定期检测")
    return redirect("monitoring:site", pk=site.pk)


@staff_required(roles=CAN_CONFIGURE)
@require_POST
def column_delete(request, pk: int, column_pk: int):
    site = selectors.site_for(request.user, pk)
    column = selectors.site_column_or_404(site, column_pk)
    services.column_delete(actor=request.user, column=column)
    messages.success(request, f"已删除栏目：{column.name}")
    return redirect("monitoring:site", pk=site.pk)


@staff_required(roles=CAN_CONFIGURE)
@require_POST
def site_settings(request, pk: int):
    site = selectors.site_for(request.user, pk)
    form = SiteSettingsForm(request.POST)
    if not form.is_valid():
        messages.error(request, "抓取深度应为不小于 0 的整数，每秒请求数不能为负数")
        return redirect("monitoring:site", pk=site.pk)
    try:
        services.site_update(actor=request.user, site=site, **form.cleaned_data)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, "已保存检测设置")
    return redirect("monitoring:site", pk=site.pk)


@staff_required(roles=CAN_CONFIGURE)
def column_edit(request, pk: int, column_pk: int):
    site = selectors.site_for(request.user, pk)
    column = selectors.site_column_or_404(site, column_pk, checked_only=True)
    initial = {"name": column.name, "kind": column.kind, "limit_days": column.limit_days}
    form = ColumnEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.column_update(actor=request.user, column=column, **form.cleaned_data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, f"已修改栏目：{column.name}")
            return redirect("monitoring:site", pk=site.pk)
    return render(
        request, "monitoring/column_edit.html", {"site": site, "column": column, "form": form}
    )
