"""JSON API: public submission and tracking; staff reads scoped to the unit."""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from ninja import Router, Schema
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


class LetterOut(Schema):
    reference_number: str
    kind: str
    title: str
    issued_on: dt.date
    body: str


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
    events: list[EventOut]
    letters: list[LetterOut]


class TrackIn(Schema):
    tracking_number: str = Field(max_length=32, description="申请编号")
    code: str = Field(max_length=64, description="提交申请时获得的查询码")


def _track(app: Application) -> dict:
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
        "events": [
            {"on": e.on, "kind": e.kind, "label": str(e.get_kind_display()), "note": e.note}
            for e in app.events.filter(public=True).order_by("on", "id")
        ],
        "letters": [
            {
                "reference_number": lt.reference_number,
                "kind": lt.kind,
                "title": lt.title,
                "issued_on": lt.issued_on,
                "body": lt.body,
            }
            for lt in app.letters.order_by("issued_on", "id")
        ],
    }


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
    number = payload.tracking_number.strip().upper()
    app = selectors.application_for_code(number, payload.code)
    if app is None:
        raise Http404("申请编号或查询码不正确")
    return _track(app)


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


routers = [("applications", public), ("foi", staff)]
