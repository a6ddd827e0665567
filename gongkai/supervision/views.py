"""Workspace pages of the supervision app (thin: reads via selectors, writes via services)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.feedback import flash_error as _err
from gongkai.core.models import Role
from gongkai.supervision import exports, reporting, selectors, services, tables
from gongkai.supervision.models import Notice, Plan, ProgressStatus
from gongkai.supervision.periods import open_periods, period_label


def _ids(values) -> list[int]:
    return [int(v) for v in values if str(v).isdigit()]


def _event_lines(text: str) -> dict[str, str]:
    """Lines such as "人代会 2026-01-20" (event name, then its date)."""
    out = {}
    for line in text.splitlines():
        parts = line.replace("：", " ").replace(":", " ").split()
        if len(parts) >= 2:
            name, day = " ".join(parts[:-1]), parts[-1]
            try:
                dt.date.fromisoformat(day)
            except ValueError as exc:
                raise ValidationError(f"事件日期“{day}”格式应为 年-月-日，如 2026-01-20") from exc
            out[name] = day
    return out


@staff_required
def home(request):
    if not selectors.is_office(request.user):
        return redirect("supervision:mine")
    units, offered = selectors.upload_units(request.user)
    if request.method == "POST":
        unit = selectors.unit_among(units, request.POST.get("unit") or 0)
        upload = request.FILES.get("file")
        year = request.POST.get("year", "")
        if unit is None or upload is None:
            messages.error(request, "请选择印发单位并上传计划文件")
        else:
            try:
                plan = services.plan_upload(
                    actor=request.user,
                    unit=unit,
                    upload=upload,
                    year=int(year) if year.isdigit() else None,
                )
            except (ValidationError, PermissionDenied) as exc:
                _err(request, exc)
            else:
                messages.success(request, f"已导入{plan.tasks.count()}项任务，请核对后下发")
                return redirect("supervision:plan", pk=plan.pk)
    plans = selectors.plans_for_user(request.user).select_related("unit")[:100]
    return render(
        request,
        "supervision/home.html",
        {"plans": plans, "units": offered},
    )


def task_url_prefix() -> str:
    """The task page's address without its id: rows append ``<id>/`` (a ``{% url %}`` per
    row of a long table costs more than the rest of the row)."""
    return reverse("supervision:task", args=[0]).removesuffix("0/")


@staff_required
def mine(request):
    tasks = selectors.live_tasks_for_user(request.user)
    rows = selectors.overview(tasks, period=_period_from(request, None), limit=500)
    return render(
        request,
        "supervision/mine.html",
        {"rows": rows, "task_rows": tables.task_rows(rows, task_url_prefix())},
    )


def _period_from(request, plan: Plan | None) -> str:
    from django.utils import timezone

    from gongkai.supervision.periods import period_of

    return period_of(timezone.localdate(), plan.period if plan else "quarterly")


@staff_required
def plan(request, pk: int):
    p = selectors.plan_for_user(request.user, pk)
    office = selectors.is_office(request.user)
    tasks = selectors.plan_table(p)
    if not office:
        mine = set(selectors.tasks_for_user(request.user).values_list("pk", flat=True))
        tasks = [t for t in tasks if t.pk in mine]
    from django.utils import timezone

    return render(
        request,
        "supervision/plan.html",
        {
            "plan": p,
            "tasks": tasks,
            "office": office,
            "units": selectors.all_units(),
            "periods": [
                (k, period_label(k)) for k in open_periods(p.year, p.period, timezone.localdate())
            ],
            "publications": selectors.plan_publications(p),
            "levels": Plan.Level.choices,
            "period_kinds": Plan.Period.choices,
            "events": "\n".join(f"{k} {v}" for k, v in p.event_dates.items()),
        },
    )


@staff_required(roles=(Role.OFFICE,))
@require_POST
def plan_action(request, pk: int, action: str):
    p = selectors.plan_for_user(request.user, pk)
    try:
        if action == "send":
            services.plan_send(actor=request.user, plan=p)
            messages.success(request, "已下发，各单位可以报送进展")
        elif action == "publish":
            services.plan_publish(actor=request.user, plan=p)
            messages.success(request, "任务分解表已在“政务公开工作”栏目公开")
        elif action == "map":
            services.plan_map_name(
                actor=request.user,
                plan=p,
                name=request.POST.get("name", ""),
                unit_ids=_ids(request.POST.getlist("units")),
            )
            messages.success(request, "已对应")
        elif action == "settings":
            services.plan_update(
                actor=request.user,
                plan=p,
                title=request.POST.get("title", ""),
                period=request.POST.get("period", ""),
                level=request.POST.get("level", ""),
                event_dates=_event_lines(request.POST.get("events", "")),
            )
            messages.success(request, "计划信息已保存，相关任务的完成日期已重新计算")
        elif action == "progress":
            reporting.progress_publish(
                actor=request.user, plan=p, period=request.POST.get("period", "")
            )
            messages.success(request, "本期进展已公开")
        else:
            raise Http404("没有这个操作")
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    return redirect("supervision:plan", pk=p.pk)


@staff_required(roles=(Role.OFFICE,))
def task_edit(request, pk: int):
    task = selectors.task_for_user(request.user, pk)
    if request.method == "POST":
        try:
            services.task_update(
                actor=request.user,
                task=task,
                requirement=request.POST.get("requirement", ""),
                number=request.POST.get("number", ""),
                deadline_text=request.POST.get("deadline_text", ""),
                lead_unit_ids=_ids(request.POST.getlist("lead_units")),
                partner_unit_ids=_ids(request.POST.getlist("partner_units")),
                evidence_expected=request.POST.get("evidence_expected", ""),
            )
        except (ValidationError, PermissionDenied) as exc:
            _err(request, exc)
        else:
            messages.success(request, "任务已修改")
            return redirect("supervision:plan", pk=task.plan_id)
    return render(
        request,
        "supervision/task_edit.html",
        {
            "task": task,
            "units": selectors.all_units(),
            "lead_ids": set(task.lead_units.values_list("pk", flat=True)),
            "partner_ids": set(task.partner_units.values_list("pk", flat=True)),
        },
    )


@staff_required
def task(request, pk: int):
    t = selectors.task_for_user(request.user, pk)
    units = selectors.reporting_units(request.user, t)
    from django.utils import timezone

    return render(
        request,
        "supervision/task.html",
        {
            "task": t,
            "reports": selectors.task_reports(t),
            "notices": selectors.task_notices(t),
            "report_units": units,
            "statuses": ProgressStatus.choices,
            "periods": [
                (k, period_label(k))
                for k in open_periods(t.plan.year, t.plan.period, timezone.localdate())
            ][::-1],
            "evidence": {u.pk: list(selectors.unit_evidence_items(u)) for u in units},
            "office": selectors.is_office(request.user),
            "responsible": list(t.lead_units.all()) + list(t.partner_units.all()),
            "my_unit": request.user.unit_id,
            "partner_reports": selectors.partner_reports(t, selectors.current_period(t.plan)),
        },
    )


@staff_required
@require_POST
def task_report(request, pk: int):
    t = selectors.task_for_user(request.user, pk)
    unit = next(
        (
            u
            for u in selectors.reporting_units(request.user, t)
            if str(u.pk) == request.POST.get("unit")
        ),
        None,
    )
    if unit is None:
        raise Http404("您不能代该单位报送")
    try:
        reporting.progress_report(
            actor=request.user,
            task=t,
            unit=unit,
            status=request.POST.get("status", ""),
            text=request.POST.get("text", ""),
            internal_note=request.POST.get("internal_note", ""),
            period=request.POST.get("period", ""),
            evidence_item_ids=_ids(request.POST.getlist("evidence")),
            files=request.FILES.getlist("files"),
        )
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "进展已报送")
    return redirect("supervision:task", pk=t.pk)


@staff_required(roles=(Role.OFFICE,))
@require_POST
def task_notice(request, pk: int):
    t = selectors.task_for_user(request.user, pk)
    unit = selectors.unit_by_id(request.POST.get("unit") or 0)
    try:
        if unit is None:
            raise ValidationError("请选择督办单位")
        n = reporting.notice_issue(
            actor=request.user, task=t, unit=unit, body=request.POST.get("body", "")
        )
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, f"已签发{n.number}")
    return redirect("supervision:task", pk=t.pk)


def _notice_for(user, pk: int) -> Notice:
    return selectors.notice_for_user(user, pk)


@staff_required
@require_POST
def notice_answer(request, pk: int):
    n = _notice_for(request.user, pk)
    try:
        reporting.notice_answer(actor=request.user, notice=n, answer=request.POST.get("answer", ""))
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "回复已记录")
    return redirect("supervision:task", pk=n.task_id)


@staff_required
def notice_file(request, pk: int, fmt: str):
    n = _notice_for(request.user, pk)
    if fmt == "docx":
        data, ctype = (
            exports.notice_docx(n),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    else:
        data, ctype = exports.notice_pdf(n), "application/pdf"
    resp = HttpResponse(data, content_type=ctype)
    resp["Content-Disposition"] = f'attachment; filename="notice-{n.year}-{n.seq}.{fmt}"'
    return resp


@staff_required
def plan_export(request, pk: int, fmt: str):
    p = selectors.plan_for_user(request.user, pk)
    if not selectors.is_office(request.user):
        raise Http404("未找到该计划，或您无权访问")
    if fmt == "xlsx":
        data, ctype = (
            exports.plan_xlsx(p),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        data, ctype = (
            exports.plan_docx(p),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    resp = HttpResponse(data, content_type=ctype)
    resp["Content-Disposition"] = f'attachment; filename="plan-{p.pk}.{fmt}"'
    return resp


@staff_required(roles=(Role.OFFICE, Role.LEADER))
def overview(request):
    from django.utils import timezone

    from gongkai.supervision.periods import period_of

    plan_id = request.GET.get("plan", "")
    plans, tasks, kind = selectors.overview_scope(request.user, plan_id)
    period = period_of(timezone.localdate(), kind)
    unit_id = request.GET.get("unit", "")
    qs = selectors.overview_queryset(
        tasks,
        period=period,
        unit_id=int(unit_id) if unit_id.isdigit() else None,
        status=request.GET.get("status", ""),
        only_overdue=request.GET.get("filter") == "overdue",
        only_unreported=request.GET.get("filter") == "unreported",
    )
    counts = selectors.status_counts(qs)
    paginator = Paginator(qs, 50)
    paginator.count = sum(counts.values())  # the counts above already hold it: no COUNT query
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    unit_chosen = request.GET.get("unit", "")
    rows = selectors.overview_rows(page.object_list)
    by_unit = selectors.unit_summary(qs)
    unit_link = f"?plan={plan_id}&unit=" if plan_id.isdigit() else "?unit="
    return render(
        request,
        "supervision/overview.html",
        {
            "rows": rows,
            "task_rows": tables.task_rows(rows, task_url_prefix()),
            "page": page,
            "total": paginator.count,
            "counts": counts,
            "by_unit": by_unit,
            "unit_rows": tables.unit_rows(by_unit, unit_link),
            "plans": plans.only("id", "title"),
            # (id, name, chosen) computed here: a select of every unit is costly in a template
            "unit_options": [
                (pk, name, str(pk) == unit_chosen)
                for pk, name in selectors.staff_units_brief(request.user).values_list("id", "name")
            ],
            "statuses": ProgressStatus.choices,
            "period_label": period_label(period),
            "q": request.GET,
            "query": query.urlencode(),
        },
    )


@staff_required
def evidence_file(request, pk: int):
    """An uploaded evidence file, for those who may see the task (files are private)."""
    from django.http import FileResponse

    f = selectors.evidence_file_for_user(request.user, pk)
    return FileResponse(f.file.open("rb"), as_attachment=True, filename=f.name)
