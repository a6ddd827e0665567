"""Pages of the foi app: the public form and tracking, and the staff workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.feedback import error_text
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.foi import letters as letter_texts
from gongkai.foi import reply_gate, selectors, services
from gongkai.foi.clock import CORRECTION_NOTICE_DAYS
from gongkai.foi.codes import Outcome
from gongkai.foi.forms import (
    ApplicationForm,
    CaseDecideForm,
    CaseForm,
    FeeAssessForm,
    RegisterForm,
    ReplyForm,
    TemplateForm,
)
from gongkai.foi.models import Application, Letter

SESSION_TRACKED = "foi_tracked"
SESSION_DONE = "foi_done"
SESSION_RECEIPT = "foi_receipt_code_"


# --- public ---------------------------------------------------------------------------


def apply(request):
    form = ApplicationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            app, code = services.application_submit(
                data=form.payload(), id_scan=request.FILES.get("id_scan")
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            request.session[SESSION_DONE] = {"tracking_number": app.tracking_number, "code": code}
            _remember(request, app)
            return redirect("foi:done")
    return render(request, "foi/apply.html", {"form": form})


def done(request):
    info = request.session.get(SESSION_DONE)
    if not info:
        return redirect("foi:apply")
    return render(request, "foi/done.html", {"info": info})


def _remember(request, app: Application) -> None:
    tracked = set(request.session.get(SESSION_TRACKED, []))
    tracked.add(app.pk)
    request.session[SESSION_TRACKED] = sorted(tracked)


def track(request):
    app = None
    error = ""
    number = (request.POST.get("tracking_number") or request.GET.get("n") or "").strip().upper()
    if request.method == "POST":
        app = selectors.application_for_applicant(number, request.POST.get("code", ""))
        if app is None:
            error = "申请编号或查询码不正确，请核对后重新输入"
        else:
            _remember(request, app)
    elif request.GET.get("id"):
        pk = request.GET.get("id", "")
        if pk.isdigit():
            app = selectors.tracked_application(int(pk), request.session.get(SESSION_TRACKED, []))
    context = {"number": number, "error": error, "app": app}
    if app is not None:
        context |= selectors.public_history(app)
        context["reply_in_review"] = selectors.reply_in_review(app)
        context["downloads"] = selectors.applicant_downloads(
            app, lambda token: reverse("foi:download", args=[token])
        )
    return render(request, "foi/track.html", context)


def download(request, token: str):
    """A letter or disclosed file by its signed, expiring link (``gongkai.foi.access``)."""
    found = selectors.download_for_token(token)
    if found is None:
        raise Http404("下载链接无效或已过期，请重新查询办理进度后下载")
    name, field = found
    return FileResponse(field.open("rb"), as_attachment=True, filename=name)


def public_letter(request, pk: int, fmt: str):
    letter = selectors.public_letter(pk, request.session.get(SESSION_TRACKED, []))
    if letter is None:
        raise Http404("未找到该文书")
    return _letter_file(letter, fmt)


def _letter_file(letter: Letter, fmt: str):
    field = {"docx": letter.docx, "pdf": letter.pdf}.get(fmt)
    if not field:
        raise Http404("未找到该文书")
    name = f"{letter.title}-{letter.application.tracking_number}.{fmt}"
    return FileResponse(field.open("rb"), as_attachment=True, filename=name)


# --- staff ----------------------------------------------------------------------------


@staff_required
def staff_list(request):
    status = request.GET.get("status", "open")
    q = request.GET.get("q", "").strip()
    return render(
        request,
        "foi/staff_list.html",
        {
            "rows": selectors.staff_rows(request.user, status=status, q=q),
            "status": status,
            "q": q,
            "statuses": Application.Status.choices,
        },
    )


@staff_required
def staff_register(request):
    form = RegisterForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.payload()
        channel = data.pop("channel")
        dates = {k: data.pop(k) for k in ("submitted_on", "signed_for_on", "confirmed_on")}
        try:
            app, code = services.application_register(
                actor=request.user,
                data=data,
                channel=channel,
                id_scan=request.FILES.get("id_scan"),
                **dates,
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(
                request,
                f"已登记申请 {app.tracking_number}。请将查询码 {code} 告知申请人（仅显示这一次），"
                "可打印受理回执交申请人。",
            )
            # the receipt printed now may carry the code; it is kept in this session only
            request.session[f"{SESSION_RECEIPT}{app.pk}"] = code
            return redirect("foi:staff_detail", pk=app.pk)
    if not request.POST and request.user.unit_id:
        form.initial["unit"] = request.user.unit_id
    return render(request, "foi/staff_register.html", {"form": form})


@staff_required
def staff_detail(request, pk: int):
    app = selectors.staff_application(request.user, pk)
    context = {
        "app": app,
        "reply_form": ReplyForm(review=reply_gate.review_required()),
        "case_form": CaseForm(),
        "decide_form": CaseDecideForm(),
        "fee_form": FeeAssessForm(),
        "can_extend": has_role(request.user, Role.OFFICE),
        "correction_days": CORRECTION_NOTICE_DAYS,
    }
    return render(
        request, "foi/staff_detail.html", context | selectors.staff_detail(request.user, app)
    )


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"日期“{value}”格式应为 YYYY-MM-DD")


def _int(value: str | None, label: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise ValidationError(f"{label}应为整数")


def _transfer(request, app, p):
    unit = selectors.transfer_unit(_int(p.get("to_unit"), "承办机构"))
    if unit is None:
        raise ValidationError("请选择承办机构")
    return services.application_transfer(
        actor=request.user, application=app, to_unit=unit, reason=p.get("reason", "")
    )


def _attach(request, app, p):
    upload = request.FILES.get("file")
    if upload is None:
        raise ValidationError("请选择文件")
    return services.file_attach(actor=request.user, application=app, uploaded=upload)


def _reply(request, app, c):
    # files are attached first, in their own step: when the reply is refused they stay,
    # with their findings listed on the page to mask or keep with a reason
    for upload in request.FILES.getlist("files"):
        services.file_attach(actor=request.user, application=app, uploaded=upload)
    return services.reply_submit(
        actor=request.user,
        application=app,
        outcome=c["outcome"],
        reasons=c["reasons"],
        legal_basis=c["legal_basis"],
        holder=c["holder"],
        on=c["on"],
        keep=_keep(request.POST),
    )


def _pending_draft(app):
    draft = selectors.pending_reply_draft(app)
    if draft is None:
        raise ValidationError("该申请没有待审核的答复稿（可能已被他人审核），请刷新页面")
    return draft


def _keep(post) -> dict[str, str]:
    """Findings the reviewer keeps: a ``keep`` checkbox per finding id and its reason."""
    return {fid: post.get(f"reason_{fid}", "").strip() for fid in post.getlist("keep")}


def _case_decide(request, app, c):
    case = selectors.application_case(app, _int(request.POST.get("case"), "案件"))
    if case is None:
        raise ValidationError(CaseDecideForm.invalid_message)
    return services.case_decide(actor=request.user, case=case, **c)


@dataclass(frozen=True)
class StaffAction:
    """One button of the staff page: the form that checks the POST (None: the service
    reads it), the service call ``run(request, app, data)`` and the message on success
    (a text, or a function of what the service returned)."""

    form: type[forms.Form] | None
    run: Callable[[HttpRequest, Application, Any], Any]
    message: str | Callable[[Any], str]


ACTIONS: dict[str, StaffAction] = {
    "confirm": StaffAction(
        None,
        lambda r, app, p: services.application_confirm(
            actor=r.user, application=app, confirmed_on=_date(p.get("on"))
        ),
        "已确认收到申请，答复期限开始计算",
    ),
    "transfer": StaffAction(None, _transfer, lambda app: f"已转至{app.unit.name}"),
    "correction": StaffAction(
        None,
        lambda r, app, p: services.correction_request(
            actor=r.user,
            application=app,
            items=p.get("items", ""),
            days=_int(p.get("days"), "补正期限"),
            on=_date(p.get("on")),
        ),
        "已发出补正告知书",
    ),
    "correction_received": StaffAction(
        None,
        lambda r, app, p: services.correction_receive(
            actor=r.user, application=app, on=_date(p.get("on"))
        ),
        "已登记补正材料，答复期限重新计算",
    ),
    "consult_start": StaffAction(
        None,
        lambda r, app, p: services.consultation_start(
            actor=r.user, application=app, party=p.get("party", ""), on=_date(p.get("on"))
        ),
        "已开始征求意见，期间不计入答复期限",
    ),
    "consult_end": StaffAction(
        None,
        lambda r, app, p: services.consultation_end(
            actor=r.user, application=app, on=_date(p.get("on"))
        ),
        "征求意见结束",
    ),
    "extend": StaffAction(
        None,
        lambda r, app, p: services.extension_approve(
            actor=r.user,
            application=app,
            days=_int(p.get("days"), "延长天数") or 0,
            reason=p.get("reason", ""),
        ),
        "已批准延长，延期告知书已生成",
    ),
    "fee_assess": StaffAction(
        FeeAssessForm,
        lambda r, app, c: services.fee_assess(
            actor=r.user,
            application=app,
            method=c["method"],
            pages=c["pages"],
            waive_reason=c["waive_reason"] or "",
        ),
        "已核定信息处理费",
    ),
    "fee_notice": StaffAction(
        None,
        lambda r, app, p: services.fee_notice(
            actor=r.user,
            application=app,
            notice_received_on=_date(p.get("notice_received_on")),
            payment=p.get("payment", ""),
        ),
        "已发出收费通知",
    ),
    "fee_paid": StaffAction(
        None,
        lambda r, app, p: services.fee_paid(actor=r.user, application=app, on=_date(p.get("on"))),
        "已登记缴费",
    ),
    "fee_waive": StaffAction(
        None,
        lambda r, app, p: services.fee_waive(
            actor=r.user, application=app, reason=p.get("reason", "")
        ),
        "已减免信息处理费",
    ),
    "attach": StaffAction(
        None, _attach, lambda item: f"已添加文件，隐私扫描发现 {len(item.findings)} 处"
    ),
    "reply": StaffAction(
        ReplyForm,
        lambda r, app, c: _reply(r, app, c),
        lambda done: (
            "已答复，答复书已生成"
            if isinstance(done, Letter)
            else "答复稿已提交审核，审核通过后发出答复书"
        ),
    ),
    "reply_approve": StaffAction(
        None,
        lambda r, app, p: services.reply_approve(
            actor=r.user, draft=_pending_draft(app), on=_date(p.get("on"))
        ),
        "答复审核通过，答复书已生成并发出",
    ),
    "reply_return": StaffAction(
        None,
        lambda r, app, p: services.reply_return(
            actor=r.user, draft=_pending_draft(app), reason=p.get("reason", "")
        ),
        "答复稿已退回起草人",
    ),
    "deliver": StaffAction(
        None,
        lambda r, app, p: services.application_deliver(
            actor=r.user, application=app, on=_date(p.get("on")), note=p.get("note", "")
        ),
        "已登记送达",
    ),
    "retry_email": StaffAction(
        None,
        lambda r, app, p: services.delivery_retry(actor=r.user, application=app),
        lambda d: "邮件已重新发送" if d.status == "sent" else f"邮件仍未发出：{d.note}",
    ),
    "case_add": StaffAction(
        CaseForm,
        lambda r, app, c: services.case_record(actor=r.user, application=app, **c),
        "已登记复议诉讼案件",
    ),
    "case_decide": StaffAction(CaseDecideForm, _case_decide, "已登记案件结果"),
}


def _run(request, app: Application, action: StaffAction) -> str:
    data: Any = request.POST
    if action.form is not None:
        form = action.form(request.POST)
        if not form.is_valid():
            raise ValidationError(action.form.invalid_message)
        data = form.cleaned_data
    result = action.run(request, app, data)
    return action.message if isinstance(action.message, str) else action.message(result)


@staff_required
@require_POST
def staff_action(request, pk: int, action: str):
    app = selectors.staff_application(request.user, pk)
    if action not in ACTIONS:
        raise Http404("没有这个操作")
    try:
        message = _run(request, app, ACTIONS[action])
    except ValidationError as exc:
        text = "；".join(exc.messages)
        messages.error(request, f"操作未完成：{text}")
    except PermissionDenied as exc:
        messages.error(request, f"操作未完成：{error_text(exc)}")
    else:
        messages.success(request, message)
        if action == "transfer" and not selectors.in_scope(request.user, app):
            return redirect("foi:staff_list")
    return redirect("foi:staff_detail", pk=app.pk)


@staff_required
def staff_letter(request, pk: int, fmt: str):
    return _letter_file(selectors.staff_letter(request.user, pk), fmt)


@staff_required
def staff_file(request, pk: int):
    item = selectors.staff_file(request.user, pk)
    if request.GET.get("copy") == "masked":  # what the applicant receives
        if not item.masked:
            raise Http404("该文件没有区分处理后的版本")
        return FileResponse(item.masked.open("rb"), as_attachment=True, filename=item.name)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)


@staff_required
def acknowledgement(request, pk: int):
    """受理回执 for an application received in person or by post, printable at registration."""
    app = selectors.staff_application(request.user, pk)
    code = request.session.get(f"{SESSION_RECEIPT}{app.pk}", "")
    if request.GET.get("format") == "docx":
        from gongkai.foi import acknowledgement_docx

        return _docx_response(acknowledgement_docx.render(app, code), f"{app.tracking_number}.docx")
    return render(request, "foi/acknowledgement.html", {"app": app, "code": code})


def _docx_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@staff_required
def delivery_receipt(request, pk: int):
    """送达回证: a printable page for post, collection or fax deliveries."""
    app = selectors.staff_application(request.user, pk)
    return render(request, "foi/delivery_receipt.html", selectors.delivery_receipt(app))


@staff_required
def staff_id_scan(request, pk: int):
    app = selectors.staff_application(request.user, pk)
    if not app.id_scan:
        raise Http404("没有上传身份证明扫描件")
    return FileResponse(app.id_scan.open("rb"), as_attachment=True)


@staff_required
def overview(request):
    return render(request, "foi/overview.html", {"rows": selectors.overview(request.user)})


@staff_required
def repeats(request):
    return render(
        request,
        "foi/repeats.html",
        {
            "rows": selectors.repeat_suggestions(request.user),
            "threshold": selectors.repeat_threshold(),
        },
    )


@staff_required
def templates_list(request):
    return render(
        request,
        "foi/templates_list.html",
        {"rows": selectors.template_rows(), "can_edit": has_role(request.user, Role.OFFICE)},
    )


@staff_required(roles=(Role.OFFICE,))
def template_edit(request, key: str):
    if key not in letter_texts.DEFAULT_TEMPLATES:
        raise Http404("没有这个模板")
    form = TemplateForm(request.POST or None, initial={"body": letter_texts.template_body(key)})
    preview = ""
    if request.method == "POST" and "preview" in request.POST and form.is_valid():
        preview = letter_texts.preview_text(key, form.cleaned_data["body"], request.user.unit)
    elif request.method == "POST" and form.is_valid():
        try:
            services.template_save(actor=request.user, key=key, body=form.cleaned_data["body"])
        except ValidationError as exc:
            form.add_error("body", "；".join(exc.messages))
        else:
            messages.success(request, "模板已保存，此后生成的文书使用新模板")
            return redirect("foi:templates")
    return render(
        request,
        "foi/template_edit.html",
        {
            "form": form,
            "name": letter_texts.DEFAULT_TEMPLATES[key][0],
            "key": key,
            "remedies": letter_texts.remedies_text(),
            "placeholders": list(letter_texts.PLACEHOLDERS.values()),
            "preview": preview,
            "outcomes": Outcome,
            "back": reverse("foi:templates"),
        },
    )
