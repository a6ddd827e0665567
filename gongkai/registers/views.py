"""Workspace pages of the registers (thin: selectors read, services write). One set of
pages serves every register through its spec; a draw, a normative document and a
clean-up campaign add their own blocks and actions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.feedback import flash_error as _err
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.core.workflow import allowed_actions
from gongkai.registers import selectors, services
from gongkai.registers.forms import (
    AnswerForm,
    DataFileForm,
    DecideForm,
    EditionForm,
    EvaluateForm,
    LinkForm,
    NegativeReviewForm,
    ResultForm,
    StandardImportForm,
    ValidityForm,
    entry_form,
)
from gongkai.registers.models import ACTION_LABELS, TRANSITIONS, EntryStatus
from gongkai.registers.registry import groups, spec


@staff_required
def home(request):
    counts = {row["spec"].key: row for row in selectors.staff_counts(request.user)}
    return render(
        request,
        "registers/ws_home.html",
        {
            "groups": [(g, [counts[s.key] for s in specs]) for g, specs in groups()],
            "lines_waiting": selectors.cleanup_lines_waiting(request.user),
            "statuses": EntryStatus.choices,
        },
    )


@staff_required
def entry_list(request, key: str):
    s = spec(key)
    status = request.GET.get("status", "")
    if status not in EntryStatus.values:
        status = ""
    qs = selectors.staff_entries(s, request.user, status=status)
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    ctx = {"spec": s, "page": page, "status": status, "statuses": EntryStatus.choices}
    if key == "standard":
        ctx["import_form"] = StandardImportForm(user=request.user)
    if key == "powers":
        ctx["edition_form"] = EditionForm(user=request.user)
        ctx["editions"] = selectors.editions_of(ctx["edition_form"].fields["unit"].queryset)
    return render(request, "registers/ws_list.html", ctx)


@staff_required
def entry_new(request, key: str):
    s = spec(key)
    form = entry_form(s, request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.entry_create(actor=request.user, key=key, data=form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            _err(request, exc)
        else:
            messages.success(request, f"已登记：{entry.title}")
            return redirect("registers:ws_entry", key, entry.pk)
    return render(request, "registers/ws_form.html", {"spec": s, "form": form, "entry": None})


@staff_required
def entry_edit(request, key: str, pk: int):
    s = spec(key)
    entry = selectors.staff_entry(s, request.user, pk)
    form = entry_form(s, request.user, request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            services.entry_update(actor=request.user, entry=entry, data=form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            _err(request, exc)
        else:
            messages.success(request, "已保存")
            return redirect("registers:ws_entry", key, entry.pk)
    return render(request, "registers/ws_form.html", {"spec": s, "form": form, "entry": entry})


@staff_required
def entry_detail(request, key: str, pk: int):
    s = spec(key)
    entry = selectors.staff_entry(s, request.user, pk)
    reviewer = has_role(request.user, Role.REVIEWER, Role.OFFICE)
    actions = [
        (a, ACTION_LABELS[a])
        for a in allowed_actions(entry, TRANSITIONS)
        if reviewer or a == "submit"
    ]
    ctx = {
        "spec": s,
        "entry": entry,
        "rows": selectors.fields_rows(entry, ("title", *s.form_fields, *s.public_fields)),
        "missing": services.missing_elements(entry, s),
        "actions": actions,
        "history": selectors.history(entry),
        "reviewer": reviewer,
        "office": has_role(request.user, Role.OFFICE),
    }
    if key == "draws":
        ctx["doc"] = selectors.draw_document(entry)
        ctx["results"] = selectors.draw_results(entry)
        selected = ctx["doc"]["targets"]["selected"]
        names = ctx["doc"]["names"]["targets"]
        ctx["result_form"] = ResultForm(targets=[(int(i), names.get(i, i)) for i in selected])
    elif key == "normative":
        ctx["validity_form"] = ValidityForm()
    elif key == "cleanups":
        ctx["lines"] = selectors.campaign_lines(entry)
    elif key == "decisions":
        ctx.update(link_form=LinkForm(), decide_form=DecideForm(), evaluate_form=EvaluateForm())
    elif key == "negative":
        ctx.update(review_form=NegativeReviewForm(), reviews=selectors.negative_reviews(entry))
    elif key == "gazette":
        ctx.update(selectors.gazette_workspace(entry))
    elif key == "datasets":
        ctx.update(file_form=DataFileForm(), files=selectors.dataset_files(entry))
    return render(request, "registers/ws_entry.html", ctx)


@staff_required
@require_POST
def entry_action(request, key: str, pk: int, action: str):
    s = spec(key)
    entry = selectors.staff_entry(s, request.user, pk)
    if action not in TRANSITIONS:
        messages.error(request, "不支持的操作")
        return redirect("registers:ws_entry", key, pk)
    try:
        entry = services.entry_transition(
            actor=request.user, entry=entry, action=action, note=request.POST.get("note", "")
        )
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, f"{ACTION_LABELS[action]}：{entry.get_status_display()}")
    return redirect("registers:ws_entry", key, pk)


@staff_required
@require_POST
def draw_perform(request, pk: int):
    entry = selectors.staff_entry(spec("draws"), request.user, pk)
    try:
        services.draw_perform(actor=request.user, draw=entry)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "已按公布的随机种子完成抽取")
    return redirect("registers:ws_entry", "draws", pk)


@staff_required
@require_POST
def result_record(request, pk: int):
    entry = selectors.staff_entry(spec("draws"), request.user, pk)
    selected = (entry.result or {}).get("targets", {}).get("selected", [])
    form = ResultForm(request.POST, targets=[(int(i), i) for i in selected])
    if not form.is_valid():
        messages.error(request, "请完整填写检查结果")
        return redirect("registers:ws_entry", "draws", pk)
    try:
        services.result_record(
            actor=request.user, draw=entry, target_id=form.cleaned_data["target"],
            kind=form.cleaned_data["kind"], formed_on=form.cleaned_data["formed_on"],
            outcome=form.cleaned_data["outcome"], text=form.cleaned_data["text"],
        )  # fmt: skip
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "已登记，请在期限内公开")
    return redirect("registers:ws_entry", "draws", pk)


@staff_required
@require_POST
def result_publish(request, pk: int):
    result = selectors.staff_result(request.user, pk)
    try:
        services.result_publish(actor=request.user, result=result)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "已公开")
    return redirect("registers:ws_entry", "draws", result.draw_id)


@staff_required
@require_POST
def validity(request, pk: int):
    entry = selectors.staff_entry(spec("normative"), request.user, pk)
    form = ValidityForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请选择有效性并填写法定日期和依据")
        return redirect("registers:ws_entry", "normative", pk)
    try:
        services.validity_change(actor=request.user, document=entry, **form.cleaned_data)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "有效性已变更")
    return redirect("registers:ws_entry", "normative", pk)


@staff_required
@require_POST
def cleanup_open(request, pk: int):
    entry = selectors.staff_entry(spec("cleanups"), request.user, pk)
    try:
        services.campaign_open(actor=request.user, campaign=entry)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "清理已启动，各单位可报送清理意见")
    return redirect("registers:ws_entry", "cleanups", pk)


@staff_required
def cleanup_lines(request):
    lines = list(selectors.my_cleanup_lines(request.user))
    return render(
        request,
        "registers/ws_cleanup_lines.html",
        {"lines": lines, "decisions": AnswerForm.base_fields["decision"].choices},
    )


@staff_required
@require_POST
def cleanup_answer(request, pk: int):
    line = selectors.cleanup_line_for(request.user, pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请选择清理意见并填写理由")
        return redirect("registers:ws_cleanup_lines")
    try:
        services.line_answer(actor=request.user, line=line, **form.cleaned_data)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, f"已报送：{line.document.title}")
    return redirect("registers:ws_cleanup_lines")


@staff_required
@require_POST
def power_edition(request):
    form = EditionForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, "请选择单位并填写年度")
        return redirect("registers:ws_list", "powers")
    try:
        e = services.power_edition_publish(actor=request.user, **form.cleaned_data)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, f"已公开{e}")
    return redirect("registers:ws_list", "powers")


def _form_action(request, key: str, pk: int, form_class, call, done: str):
    """A POST on an entry's page: validate the form, call one service, go back."""
    entry = selectors.staff_entry(spec(key), request.user, pk)
    form = form_class(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(
            request, "；".join(f"{form.fields[f].label}：{e[0]}" for f, e in form.errors.items())
        )
        return redirect("registers:ws_entry", key, pk)
    try:
        call(entry, form.cleaned_data)
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, done)
    return redirect("registers:ws_entry", key, pk)


@staff_required
@require_POST
def decision_link(request, pk: int):
    return _form_action(request, "decisions", pk, LinkForm, lambda e, d: services.decision_link_consultation(
        actor=request.user, decision=e, consultation_id=d["consultation_id"]), "已关联预公开意见征集")  # fmt: skip


@staff_required
@require_POST
def decision_decide(request, pk: int):
    return _form_action(request, "decisions", pk, DecideForm, lambda e, d: services.decision_decide(
        actor=request.user, decision=e, **d), "已登记决策")  # fmt: skip


@staff_required
@require_POST
def decision_evaluate(request, pk: int):
    return _form_action(request, "decisions", pk, EvaluateForm, lambda e, d: services.decision_evaluate(
        actor=request.user, decision=e, **d), "已登记决策后评估")  # fmt: skip


@staff_required
@require_POST
def negative_review(request, pk: int):
    return _form_action(request, "negative", pk, NegativeReviewForm, lambda e, d: services.negative_review(
        actor=request.user, item=e, **d), "已记录本年度复核")  # fmt: skip


@staff_required
@require_POST
def dataset_upload(request, pk: int):
    return _form_action(request, "datasets", pk, DataFileForm, lambda e, d: services.dataset_file_add(
        actor=request.user, dataset=e, name=d["file"].name, data=d["file"].read()), "已上传")  # fmt: skip


@staff_required(roles=(Role.OFFICE,))
@require_POST
def standard_import(request):
    form = StandardImportForm(request.POST, request.FILES, user=request.user)
    if not form.is_valid():
        messages.error(request, "请选择单位并上传 .xlsx 文件")
        return redirect("registers:ws_list", "standard")
    try:
        result = services.standard_import(
            actor=request.user, unit=form.cleaned_data["unit"],
            data=form.cleaned_data["file"].read(), publish=form.cleaned_data["publish"],
        )  # fmt: skip
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, f"已导入{result.area}标准目录{result.created}项")
        for problem in result.problems[:20]:
            messages.warning(request, f"未导入：{problem}")
    return redirect("registers:ws_list", "standard")
