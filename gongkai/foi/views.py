"""Pages of the foi app: the public form and tracking, and the staff workspace."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import get_for_user, has_role, scope
from gongkai.foi import letters as letter_texts
from gongkai.foi import selectors, services
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
from gongkai.foi.models import Application, DisclosedFile, Letter, LetterTemplate, ReviewCase

SESSION_TRACKED = "foi_tracked"
SESSION_DONE = "foi_done"


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
        code = (request.POST.get("code") or "").strip()
        found = Application.objects.filter(tracking_number=number).first()
        if found is None or not services.access_code_ok(found, code):
            error = "申请编号或查询码不正确，请核对后重新输入"
        else:
            app = found
            _remember(request, app)
    elif request.GET.get("id"):
        pk = request.GET.get("id", "")
        if pk.isdigit() and int(pk) in request.session.get(SESSION_TRACKED, []):
            app = Application.objects.filter(pk=int(pk)).first()
    context = {"number": number, "error": error, "app": app}
    if app is not None:
        context |= {
            "events": app.events.filter(public=True).order_by("on", "id"),
            "letters": app.letters.order_by("issued_on", "id"),
        }
    return render(request, "foi/track.html", context)


def public_letter(request, pk: int, fmt: str):
    letter = Letter.objects.filter(pk=pk).first()
    if letter is None or letter.application_id not in request.session.get(SESSION_TRACKED, []):
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
    qs = selectors.applications_for(request.user)
    status = request.GET.get("status", "open")
    if status == "open":
        qs = qs.filter(status__in=Application.OPEN_STATUSES)
    elif status in Application.Status.values:
        qs = qs.filter(status=status)
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(tracking_number__icontains=q) | Q(applicant_name__icontains=q))
    rows = []
    for app in qs.order_by("due", "-submitted_at")[:200]:
        due, what = selectors.next_deadline(app)
        rows.append({"app": app, "due": due, "what": what})
    return render(
        request,
        "foi/staff_list.html",
        {
            "rows": rows,
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
                f"已登记申请 {app.tracking_number}。请将查询码 {code} 告知申请人（仅显示这一次）。",
            )
            return redirect("foi:staff_detail", pk=app.pk)
    if not request.POST and request.user.unit_id:
        form.initial["unit"] = request.user.unit_id
    return render(request, "foi/staff_register.html", {"form": form})


def _staff_app(request, pk: int) -> Application:
    return get_for_user(Application.objects.select_related("unit"), request.user, pk=pk)


@staff_required
def staff_detail(request, pk: int):
    app = _staff_app(request, pk)
    can_extend = has_role(request.user, Role.OFFICE)
    return render(
        request,
        "foi/staff_detail.html",
        {
            "app": app,
            "events": app.events.select_related("actor").order_by("on", "id"),
            "letters": app.letters.order_by("issued_on", "id"),
            "files": app.files.all(),
            "fees": app.fees.all(),
            "cases": app.cases.all(),
            "reply_form": ReplyForm(),
            "case_form": CaseForm(),
            "decide_form": CaseDecideForm(),
            "fee_form": FeeAssessForm(),
            "units": Unit.objects.exclude(pk=app.unit_id).order_by("path"),
            "can_extend": can_extend,
            "blocking": services.blocking_findings(app),
            "correction_days": CORRECTION_NOTICE_DAYS,
            "repeat_threshold": selectors.repeat_threshold(),
            "same_info": scope(
                Application.objects.filter(info_key=app.info_key), request.user
            ).count()
            if app.info_key
            else 1,
        },
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


def _do_action(request, app: Application, action: str) -> str:
    p = request.POST
    user = request.user
    if action == "confirm":
        services.application_confirm(actor=user, application=app, confirmed_on=_date(p.get("on")))
        return "已确认收到申请，答复期限开始计算"
    if action == "transfer":
        unit = Unit.objects.filter(pk=_int(p.get("to_unit"), "承办机构") or 0).first()
        if unit is None:
            raise ValidationError("请选择承办机构")
        services.application_transfer(
            actor=user, application=app, to_unit=unit, reason=p.get("reason", "")
        )
        return f"已转至{unit.name}"
    if action == "correction":
        services.correction_request(
            actor=user,
            application=app,
            items=p.get("items", ""),
            days=_int(p.get("days"), "补正期限"),
            on=_date(p.get("on")),
        )
        return "已发出补正告知书"
    if action == "correction_received":
        services.correction_receive(actor=user, application=app, on=_date(p.get("on")))
        return "已登记补正材料，答复期限重新计算"
    if action == "consult_start":
        services.consultation_start(
            actor=user, application=app, party=p.get("party", ""), on=_date(p.get("on"))
        )
        return "已开始征求意见，期间不计入答复期限"
    if action == "consult_end":
        services.consultation_end(actor=user, application=app, on=_date(p.get("on")))
        return "征求意见结束"
    if action == "extend":
        services.extension_approve(
            actor=user,
            application=app,
            days=_int(p.get("days"), "延长天数") or 0,
            reason=p.get("reason", ""),
        )
        return "已批准延长，延期告知书已生成"
    if action == "fee_assess":
        form = FeeAssessForm(p)
        if not form.is_valid():
            raise ValidationError("请正确填写计费方式和页数")
        services.fee_assess(
            actor=user,
            application=app,
            method=form.cleaned_data["method"],
            pages=form.cleaned_data["pages"],
            waive_reason=form.cleaned_data["waive_reason"] or "",
        )
        return "已核定信息处理费"
    if action == "fee_notice":
        services.fee_notice(
            actor=user,
            application=app,
            notice_received_on=_date(p.get("notice_received_on")),
            payment=p.get("payment", ""),
        )
        return "已发出收费通知"
    if action == "fee_paid":
        services.fee_paid(actor=user, application=app, on=_date(p.get("on")))
        return "已登记缴费"
    if action == "fee_waive":
        services.fee_waive(actor=user, application=app, reason=p.get("reason", ""))
        return "已减免信息处理费"
    if action == "attach":
        upload = request.FILES.get("file")
        if upload is None:
            raise ValidationError("请选择文件")
        item = services.file_attach(actor=user, application=app, uploaded=upload)
        return f"已添加文件，隐私扫描发现 {len(item.findings)} 处"
    if action == "reply":
        form = ReplyForm(p)
        if not form.is_valid():
            raise ValidationError("请选择处理结果")
        c = form.cleaned_data
        services.application_reply(
            actor=user,
            application=app,
            outcome=c["outcome"],
            reasons=c["reasons"],
            legal_basis=c["legal_basis"],
            holder=c["holder"],
            on=c["on"],
            acknowledge_findings=c["acknowledge"],
        )
        return "已答复，答复书已生成"
    if action == "deliver":
        services.application_deliver(
            actor=user, application=app, on=_date(p.get("on")), note=p.get("note", "")
        )
        return "已登记送达"
    if action == "case_add":
        form = CaseForm(p)
        if not form.is_valid():
            raise ValidationError("请填写案件类型和受理日期")
        services.case_record(actor=user, application=app, **form.cleaned_data)
        return "已登记复议诉讼案件"
    if action == "case_decide":
        case = ReviewCase.objects.filter(
            pk=_int(p.get("case"), "案件") or 0, application=app
        ).first()
        form = CaseDecideForm(p)
        if case is None or not form.is_valid():
            raise ValidationError("请选择案件结果")
        services.case_decide(actor=user, case=case, **form.cleaned_data)
        return "已登记案件结果"
    raise Http404("没有这个操作")


@staff_required
@require_POST
def staff_action(request, pk: int, action: str):
    app = _staff_app(request, pk)
    try:
        message = _do_action(request, app, action)
    except ValidationError as exc:
        text = "；".join(exc.messages)
        messages.error(request, f"操作未完成：{text}")
    except PermissionDenied as exc:
        messages.error(request, f"操作未完成：{exc}")
    else:
        messages.success(request, message)
        if (
            action == "transfer"
            and not scope(Application.objects, request.user).filter(pk=app.pk).exists()
        ):
            return redirect("foi:staff_list")
    return redirect("foi:staff_detail", pk=app.pk)


@staff_required
def staff_letter(request, pk: int, fmt: str):
    letter = get_for_user(
        Letter.objects.select_related("application"), request.user, "application__unit", pk=pk
    )
    return _letter_file(letter, fmt)


@staff_required
def staff_file(request, pk: int):
    item = get_for_user(DisclosedFile.objects.all(), request.user, "application__unit", pk=pk)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)


@staff_required
def staff_id_scan(request, pk: int):
    app = _staff_app(request, pk)
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
    rows = []
    saved = dict(LetterTemplate.objects.values_list("key", "updated_at"))
    for key, (name, _body) in letter_texts.DEFAULT_TEMPLATES.items():
        rows.append({"key": key, "name": name, "edited": saved.get(key)})
    return render(
        request,
        "foi/templates_list.html",
        {"rows": rows, "can_edit": has_role(request.user, Role.OFFICE)},
    )


@staff_required(roles=(Role.OFFICE,))
def template_edit(request, key: str):
    if key not in letter_texts.DEFAULT_TEMPLATES:
        raise Http404("没有这个模板")
    form = TemplateForm(request.POST or None, initial={"body": letter_texts.template_body(key)})
    if request.method == "POST" and form.is_valid():
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
            "outcomes": Outcome,
            "back": reverse("foi:templates"),
        },
    )
