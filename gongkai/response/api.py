"""JSON API: public press events, Q&A and new-media directory (paginated like
``/api/v1/documents``); staff endpoints for incidents and hotline orders under
``/api/v1/response/`` (scoped to the caller's units, 404 outside them)."""

from __future__ import annotations

import datetime as dt

from django.core.paginator import Paginator
from django.urls import reverse
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from gongkai.api.auth import staff_auth
from gongkai.response import selectors as sel
from gongkai.response import services as svc
from gongkai.response.models import Level

press_router = Router(tags=["新闻发布"])
qa_router = Router(tags=["政策问答"])
media_router = Router(tags=["政务新媒体"])
staff_router = Router(tags=["回应关切（工作人员）"])


class Paging(Schema):
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(20, ge=1, le=100)


class QAFilters(Paging):
    q: str = Field("", max_length=100, description="问题关键词")


def _paged(qs, paging: Paging, out) -> dict:
    paginator = Paginator(qs, paging.page_size)
    page = paginator.get_page(paging.page)
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "results": [out(o) for o in page.object_list],
    }


class PressEventOut(Schema):
    id: int
    kind: str
    kind_label: str
    title: str
    unit: str
    held_at: dt.datetime
    spokesperson: str
    speakers: str
    transcript: str
    url: str


class PressEventPage(Schema):
    count: int
    page: int
    pages: int
    results: list[PressEventOut]


def _press(e) -> dict:
    return {
        "id": e.pk,
        "kind": e.kind,
        "kind_label": e.get_kind_display(),
        "title": e.title,
        "unit": str(e.unit),
        "held_at": e.held_at,
        "spokesperson": e.spokesperson,
        "speakers": e.speakers,
        "transcript": e.transcript,
        "url": reverse("response:press_event", args=[e.pk]),
    }


@press_router.get("", response=PressEventPage, summary="公开的新闻发布活动")
def press_list(request, paging: Query[Paging]):
    return _paged(sel.press_events_public(), paging, _press)


class QAOut(Schema):
    id: int
    question: str
    answer: str
    unit: str
    published_at: dt.datetime | None
    url: str


class QAPage(Schema):
    count: int
    page: int
    pages: int
    results: list[QAOut]


def _qa(e) -> dict:
    return {
        "id": e.pk,
        "question": e.question,
        "answer": e.answer,
        "unit": str(e.unit),
        "published_at": e.published_at,
        "url": reverse("response:qa", args=[e.pk]),
    }


@qa_router.get("", response=QAPage, summary="政策问答（可按关键词查找）")
def qa_list(request, filters: Query[QAFilters]):
    qs = sel.qa_search(filters.q.strip()) if filters.q.strip() else sel.qa_public()
    return _paged(qs, filters, _qa)


class AccountOut(Schema):
    id: int
    platform: str
    platform_label: str
    name: str
    unit: str
    url: str
    opened_on: dt.date | None


class AccountPage(Schema):
    count: int
    page: int
    pages: int
    results: list[AccountOut]


def _account(a) -> dict:
    return {
        "id": a.pk,
        "platform": a.platform,
        "platform_label": a.get_platform_display(),
        "name": a.name,
        "unit": str(a.unit),
        "url": a.url,
        "opened_on": a.opened_on,
    }


@media_router.get("", response=AccountPage, summary="政务新媒体名录")
def media_list(request, paging: Query[Paging]):
    return _paged(sel.accounts_public(), paging, _account)


# --- staff ------------------------------------------------------------------------


class StepOut(Schema):
    id: int
    kind: str
    kind_label: str
    due: dt.datetime | None
    due_rule: str
    due_explanation: str
    done_at: dt.datetime | None
    link: str
    late: bool


class IncidentOut(Schema):
    id: int
    title: str
    level: str
    level_label: str
    unit_id: int
    unit: str
    found_at: dt.datetime
    status: str
    rule: str
    message_id: int | None
    steps: list[StepOut]


class IncidentIn(Schema):
    title: str = Field(..., min_length=1, max_length=200)
    level: Level
    found_at: dt.datetime
    unit_id: int
    summary: str = ""


def _incident(i) -> dict:
    return {
        "id": i.pk,
        "title": i.title,
        "level": i.level,
        "level_label": i.get_level_display(),
        "unit_id": i.unit_id,
        "unit": str(i.unit),
        "found_at": i.found_at,
        "status": i.status,
        "rule": i.rule,
        "message_id": i.message_id,
        "steps": [
            {
                "id": s.pk,
                "kind": s.kind,
                "kind_label": s.get_kind_display(),
                "due": s.due,
                "due_rule": s.due_rule,
                "due_explanation": s.due_explanation,
                "done_at": s.done_at,
                "link": s.link,
                "late": s.late,
            }
            for s in i.steps.all()
        ],
    }


@staff_router.get("/incidents", response=list[IncidentOut], auth=staff_auth, summary="政务舆情")
def incident_list(request, open_only: bool = False):
    return [_incident(i) for i in sel.incidents_listed(request.auth, open_only=open_only)[:200]]


@staff_router.get(
    "/incidents/{int:pk}", response=IncidentOut, auth=staff_auth, summary="一条政务舆情"
)
def incident_detail(request, pk: int):
    return _incident(sel.incident_for(request.auth, pk))


@staff_router.post(
    "/incidents", response={201: IncidentOut}, auth=staff_auth, summary="登记政务舆情"
)
def incident_create(request, payload: IncidentIn):
    unit = sel.staff_unit(request.auth, payload.unit_id)
    if unit is None:
        raise HttpError(404, "未找到该单位，或您无权访问")
    incident = svc.incident_register(
        actor=request.auth,
        unit=unit,
        title=payload.title,
        level=payload.level,
        found_at=payload.found_at,
        summary=payload.summary,
    )
    return Status(201, _incident(sel.incident_for(request.auth, incident.pk)))


class OrderOut(Schema):
    id: int
    number: str
    owner: str
    unit: str | None
    unit_id: int | None
    received_at: dt.datetime
    category: str
    content: str
    limit_days: int
    due: dt.date | None
    due_explanation: str
    status: str
    status_label: str
    answered_at: dt.datetime | None
    late: bool
    satisfaction: str


def _order(o) -> dict:
    return {
        "id": o.pk,
        "number": o.number,
        "owner": str(o.owner),
        "unit": str(o.unit) if o.unit else None,
        "unit_id": o.unit_id,
        "received_at": o.received_at,
        "category": o.category,
        "content": o.content,
        "limit_days": o.limit_days,
        "due": o.due,
        "due_explanation": o.due_explanation,
        "status": o.status,
        "status_label": o.get_status_display(),
        "answered_at": o.answered_at,
        "late": o.answered_late,
        "satisfaction": o.satisfaction,
    }


@staff_router.get("/orders", response=list[OrderOut], auth=staff_auth, summary="热线工单")
def order_list(request, status: str = ""):
    return [_order(o) for o in sel.orders_with_status(request.auth, status)[:200]]


@staff_router.get("/orders/{int:pk}", response=OrderOut, auth=staff_auth, summary="一件热线工单")
def order_detail(request, pk: int):
    return _order(sel.order_for(request.auth, pk))


class AssignIn(Schema):
    unit_id: int


@staff_router.post(
    "/orders/{int:pk}/assign", response=OrderOut, auth=staff_auth, summary="转办或改派工单"
)
def order_assign(request, pk: int, payload: AssignIn):
    unit = sel.staff_unit(request.auth, payload.unit_id)
    if unit is None:
        raise HttpError(404, "未找到该单位，或您无权访问")
    order = sel.order_for(request.auth, pk)
    fn = svc.order_reassign if order.status == "assigned" else svc.order_assign
    return _order(fn(actor=request.auth, order_id=pk, unit=unit))


routers = [
    ("press-events", press_router),
    ("qa", qa_router),
    ("new-media", media_router),
    ("response", staff_router),
]
