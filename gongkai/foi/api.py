"""JSON API: public submission and tracking; staff reads scoped to the unit."""

from __future__ import annotations

import datetime as dt

from django.http import FileResponse, Http404
from ninja import File, Form, Router, Schema, UploadedFile
from ninja.responses import Status
from pydantic import Field

from gongkai.api.auth import staff_auth
from gongkai.foi import selectors, services
from gongkai.foi.codes import ApplicantType
from gongkai.foi.models import Application, DeliveryRoute, FormWanted

public = Router(tags=["依申请公开"])
staff = Router(tags=["依申请公开（工作人员）"])


class ApplicationIn(Schema):
    unit: int = Field(description="申请公开的机关（机构 id）")
    applicant_type: ApplicantType
    applicant_name: str = Field(max_length=100)
    contact_person: str = Field("", max_length=50)
    id_number: str = Field("", max_length=18, description="身份证号码或统一社会信用代码")
    phone: str = Field("", max_length=30)
    email: str = Field("", max_length=254)
    address: str = Field("", max_length=200)
    postcode: str = Field("", max_length=6)
    description: str = Field(max_length=5000)
    doc_number: str = Field("", max_length=100)
    title: str = Field("", max_length=200)
    form_wanted: FormWanted
    delivery_route: DeliveryRoute


class SubmitOut(Schema):
    tracking_number: str
    access_code: str
    status: str
    status_label: str


class EventOut(Schema):
    on: dt.date
    kind: str
    label: str
    note: str


class DownloadOut(Schema):
    name: str
    url: str = Field(description="带签名的下载地址，有效期见 GONGKAI_FOI_DOWNLOAD_HOURS")


class LetterOut(Schema):
    reference_number: str
    kind: str
    title: str
    issued_on: dt.date
    body: str
    name: str
    url: str = Field(description="PDF 文件的签名下载地址")
    docx_url: str = Field(description="DOCX 文件的签名下载地址")


class TrackOut(Schema):
    tracking_number: str
    unit: str
    status: str
    status_label: str
    submitted_at: dt.datetime
    received_on: dt.date | None
    due_on: dt.date | None
    due_provisional: bool
    correction_due_on: dt.date | None
    fee_due_on: dt.date | None
    outcome: str | None
    outcome_label: str | None
    replied_on: dt.date | None
    reply_in_review: bool = Field(False, description="答复已拟定，正在审核中")
    events: list[EventOut]
    letters: list[LetterOut]
    files: list[DownloadOut]


class TrackIn(Schema):
    tracking_number: str = Field(max_length=32, description="申请编号")
    code: str = Field(max_length=64, description="提交申请时获得的查询码")


def _track(request, app: Application) -> dict:
    """The tracking answer; letters and files carry signed, expiring download links."""
    downloads = selectors.applicant_downloads(
        app, lambda token: request.build_absolute_uri(f"{_API_PREFIX}/applications/files/{token}")
    )
    links = {(d["letter"].pk, d["fmt"]): d for d in downloads["letters"]}
    return {
        "tracking_number": app.tracking_number,
        "unit": app.unit.name,
        "status": app.status,
        "status_label": str(app.get_status_display()),
        "submitted_at": app.submitted_at,
        "received_on": app.received_on,
        "due_on": app.due,
        "due_provisional": app.due_provisional,
        "correction_due_on": app.correction_due_on,
        "fee_due_on": app.fee_due_on,
        "outcome": app.outcome,
        "outcome_label": str(app.get_outcome_display()) if app.outcome else None,
        "replied_on": app.replied_on,
        "reply_in_review": app.is_open and selectors.reply_in_review(app),
        "events": [
            {"on": e.on, "kind": e.kind, "label": str(e.get_kind_display()), "note": e.note}
            for e in selectors.public_events(app)
        ],
        "letters": [
            {
                "reference_number": lt.reference_number,
                "kind": lt.kind,
                "title": lt.title,
                "issued_on": lt.issued_on,
                "body": lt.body,
                "name": links[(lt.pk, "pdf")]["name"],
                "url": links[(lt.pk, "pdf")]["url"],
                "docx_url": links[(lt.pk, "docx")]["url"],
            }
            for lt in app.letters.order_by("issued_on", "id")
        ],
        "files": [{"name": f["name"], "url": f["url"]} for f in downloads["files"]],
    }


_API_PREFIX = "/api/v1"


@public.get(
    "/files/{token}",
    summary="下载文书或公开文件（签名链接，过期或无效时 404）",
    response={200: None, 404: None},
)
def download(request, token: str):
    found = selectors.download_for_token(token)
    if found is None:
        raise Http404("下载链接无效或已过期")
    name, field = found
    return FileResponse(field.open("rb"), as_attachment=True, filename=name)


@public.post("", response={201: SubmitOut}, summary="提交政府信息公开申请（无需认证）")
def submit(request, payload: ApplicationIn):
    app, code = services.application_submit(data=payload.dict())
    return Status(
        201,
        {
            "tracking_number": app.tracking_number,
            "access_code": code,
            "status": app.status,
            "status_label": str(app.get_status_display()),
        },
    )


@public.post(
    "/track", response=TrackOut, summary="凭申请编号和查询码查询办理进度（查询码放在请求体中）"
)
def track(request, payload: TrackIn):
    app = selectors.application_for_applicant(payload.tracking_number, payload.code)
    if app is None:
        raise Http404("申请编号或查询码不正确")
    return _track(request, app)


class StaffRow(Schema):
    id: int
    tracking_number: str
    unit: str
    applicant_name: str
    applicant_type: str
    status: str
    received_on: dt.date | None
    due_on: dt.date | None
    due_provisional: bool
    due_explanation: str
    outcome: str | None
    replied_on: dt.date | None


def _row(app: Application) -> dict:
    return {
        "id": app.pk,
        "tracking_number": app.tracking_number,
        "unit": app.unit.name,
        "applicant_name": app.applicant_name,
        "applicant_type": app.applicant_type,
        "status": app.status,
        "received_on": app.received_on,
        "due_on": app.due,
        "due_provisional": app.due_provisional,
        "due_explanation": app.due_explanation,
        "outcome": app.outcome,
        "replied_on": app.replied_on,
    }


@staff.get("/applications", response=list[StaffRow], auth=staff_auth, summary="本单位的申请")
def staff_list(request, status: str = ""):
    if status and status not in Application.Status.values:
        return []
    qs = selectors.staff_applications(request.auth, status=status)
    return [_row(a) for a in qs.order_by("due", "id")[:500]]


@staff.get("/applications/{pk}", response=StaffRow, auth=staff_auth, summary="申请详情")
def staff_detail(request, pk: int):
    return _row(selectors.staff_application(request.auth, pk))


# --- staff write actions (issue 14) -----------------------------------------------------


class ConfirmIn(Schema):
    on: dt.date | None = Field(None, description="与申请人确认收到的日期，默认今天")


class CorrectionIn(Schema):
    items: str = Field(max_length=2000, description="需要补正的内容")
    days: int | None = Field(None, ge=1, le=60, description="补正期限（工作日），默认按设置")
    on: dt.date | None = None


class ConsultationIn(Schema):
    action: str = Field("start", pattern="^(start|end)$", description="start 开始，end 结束")
    party: str = Field("", max_length=200, description="第三方或其他机关（开始时填写）")
    on: dt.date | None = None


class ExtensionIn(Schema):
    days: int = Field(ge=1, le=20, description="延长的工作日数（不超过20）")
    reason: str = Field(max_length=500)


class FeeIn(Schema):
    action: str = Field(
        "assess", pattern="^(assess|notice|paid|waive)$", description="核定、通知、缴费或减免"
    )
    method: str = Field("", description="per_application 按件，per_volume 按量（核定时）")
    pages: int | None = Field(None, ge=0, description="按量计收的页数")
    reason: str = Field("", max_length=200, description="减免理由")
    on: dt.date | None = None


class ReplyIn(Schema):
    outcome: str = Field(description="处理结果代码（gongkai/foi/codes.py Outcome）")
    note: str = Field("", max_length=5000, description="理由或说明，写入答复书")
    keep: list[str] = Field(
        default_factory=list, description="保留的隐私发现，每项为 “发现编号:理由”"
    )


class ActionOut(Schema):
    id: int
    status: str
    status_label: str
    due_on: dt.date | None
    letter: str | None = Field(None, description="本次生成的文书编号")


def _done(app: Application, letter=None) -> dict:
    app.refresh_from_db()
    return {
        "id": app.pk,
        "status": app.status,
        "status_label": str(app.get_status_display()),
        "due_on": app.due,
        "letter": getattr(letter, "reference_number", None),
    }


_PATH = "/applications/{pk}/"


@staff.post(_PATH + "confirm", response=ActionOut, auth=staff_auth, summary="确认收到申请")
def staff_confirm(request, pk: int, payload: ConfirmIn | None = None):
    app = selectors.staff_application(request.auth, pk)
    on = payload.on if payload else None
    services.application_confirm(actor=request.auth, application=app, confirmed_on=on)
    return _done(app)


@staff.post(_PATH + "correction", response=ActionOut, auth=staff_auth, summary="告知补正")
def staff_correction(request, pk: int, payload: CorrectionIn):
    app = selectors.staff_application(request.auth, pk)
    letter = services.correction_request(
        actor=request.auth, application=app, items=payload.items, days=payload.days, on=payload.on
    )
    return _done(app, letter)


@staff.post(_PATH + "consultation", response=ActionOut, auth=staff_auth, summary="征求第三方意见")
def staff_consultation(request, pk: int, payload: ConsultationIn):
    app = selectors.staff_application(request.auth, pk)
    if payload.action == "start":
        services.consultation_start(
            actor=request.auth, application=app, party=payload.party, on=payload.on
        )
    else:
        services.consultation_end(actor=request.auth, application=app, on=payload.on)
    return _done(app)


@staff.post(_PATH + "extension", response=ActionOut, auth=staff_auth, summary="延长答复期限")
def staff_extension(request, pk: int, payload: ExtensionIn):
    app = selectors.staff_application(request.auth, pk)
    letter = services.extension_approve(
        actor=request.auth, application=app, days=payload.days, reason=payload.reason
    )
    return _done(app, letter)


@staff.post(_PATH + "fee", response=ActionOut, auth=staff_auth, summary="信息处理费")
def staff_fee(request, pk: int, payload: FeeIn):
    app = selectors.staff_application(request.auth, pk)
    letter = None
    if payload.action == "assess":
        services.fee_assess(
            actor=request.auth,
            application=app,
            method=payload.method,
            pages=payload.pages,
            waive_reason=payload.reason,
        )
    elif payload.action == "notice":
        letter = services.fee_notice(actor=request.auth, application=app, on=payload.on)
    elif payload.action == "paid":
        services.fee_paid(actor=request.auth, application=app, on=payload.on)
    else:
        services.fee_waive(actor=request.auth, application=app, reason=payload.reason)
    return _done(app, letter)


@staff.post(
    _PATH + "reply",
    response=ActionOut,
    auth=staff_auth,
    summary="答复（multipart：outcome、note、files 可多个、keep 为“发现编号:理由”）",
)
def staff_reply(request, pk: int, payload: Form[ReplyIn], files: File[list[UploadedFile]] = None):
    from gongkai.foi.services.disclosure import parse_keep

    app = selectors.staff_application(request.auth, pk)
    keep = request.POST.getlist("keep") or payload.keep
    # attached first, in their own step: a refused reply keeps the files and their
    # findings, whose ids the caller then sends back as ``keep``
    for upload in files or []:
        services.file_attach(actor=request.auth, application=app, uploaded=upload)
    # with GONGKAI_FOI_REPLY_REVIEW a draft for approval (no letter yet), else the reply
    letter = services.reply_submit(
        actor=request.auth,
        application=app,
        outcome=payload.outcome,
        reasons=payload.note,
        keep=parse_keep(keep),
    )
    return _done(app, letter)


class ReplyReviewIn(Schema):
    decision: str = Field(
        pattern="^(approve|return)$", description="approve 通过并发出，return 退回"
    )
    reason: str = Field("", max_length=1000, description="退回理由（退回时必填）")
    on: dt.date | None = Field(None, description="答复日期（通过时），默认今天即发出之日")


@staff.post(
    _PATH + "reply-review",
    response=ActionOut,
    auth=staff_auth,
    summary="审核答复稿（通过并发出，或退回）",
)
def staff_reply_review(request, pk: int, payload: ReplyReviewIn):
    from django.core.exceptions import ValidationError

    app = selectors.staff_application(request.auth, pk)
    draft = selectors.pending_reply_draft(app)
    if draft is None:
        raise ValidationError("该申请没有待审核的答复稿")
    if payload.decision == "approve":
        letter = services.reply_approve(actor=request.auth, draft=draft, on=payload.on)
        return _done(app, letter)
    services.reply_return(actor=request.auth, draft=draft, reason=payload.reason)
    return _done(app)


routers = [("applications", public), ("foi", staff)]
