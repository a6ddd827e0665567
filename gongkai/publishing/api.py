"""API: public documents, and staff endpoints for the publishing workflow."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import Http404
from ninja import Query, Router, Schema
from ninja.responses import Status
from pydantic import Field

from gongkai.api.auth import staff_auth
from gongkai.core.paging import COUNT_CAP, CappedPaginator
from gongkai.publishing import selectors, services
from gongkai.publishing.models import InformationItem

Item = InformationItem
router = Router(tags=["政府信息"])
staff_router = Router(tags=["政府信息（工作人员）"])

Kind = Literal[tuple(Item.Kind.values)]  # type: ignore[valid-type]
Validity = Literal[tuple(Item.Validity.values)]  # type: ignore[valid-type]
Attribute = Literal[tuple(Item.Attribute.values)]  # type: ignore[valid-type]


class DocumentFilters(Schema):
    unit: int | None = Field(None, description="发文机构 ID")
    topic: int | None = Field(None, description="主题分类 ID（含子主题）")
    year: int | None = Field(None, ge=1949, le=2100, description="发布年份")
    kind: Kind | None = Field(None, description="信息类别")
    validity: Validity | None = Field(None, description="有效性")
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(20, ge=1, le=100)


class DocumentSummary(Schema):
    id: int
    title: str
    url: str
    index_number: str | None
    unit: str
    unit_id: int
    topic: str | None
    kind: str
    doc_number: str
    written_on: dt.date | None
    published_at: dt.datetime | None
    validity: str


class DocumentPage(Schema):
    count: int = Field(
        description=f"符合条件的条数，最多计到 {COUNT_CAP} 条：为 {COUNT_CAP} 时表示"
        f"不少于 {COUNT_CAP} 条（超过后不再精确计数，以免列表越大越慢）"
    )
    page: int = Field(description="本页页码；超出末页时返回末页")
    pages: int = Field(
        description=f"页数。计数未达 {COUNT_CAP} 条时是总页数；达到时是已知存在的页数："
        f"至少到第 {COUNT_CAP} 条所在的页，本页之后还有内容时再加一。逐页取到 page 等于 "
        "pages 即取完全部结果"
    )
    results: list[DocumentSummary]


class AttachmentOut(Schema):
    name: str
    size: int
    url: str


class LinkOut(Schema):
    id: int
    title: str
    url: str


class DocumentDetail(DocumentSummary):
    summary: str
    body: str
    catalogue: str | None
    attribute: str
    validity_changed_on: dt.date | None
    attachments: list[AttachmentOut]
    interpretations: list[LinkOut]
    interprets: LinkOut | None


def _summary(item: Item) -> dict:
    return {
        "id": item.pk,
        "title": item.title,
        "url": item.get_absolute_url(),
        "index_number": item.index_number,
        "unit": item.unit.name,
        "unit_id": item.unit_id,
        "topic": item.topic.name if item.topic_id else None,
        "kind": item.kind,
        "doc_number": item.doc_number,
        "written_on": item.written_on,
        "published_at": item.published_at,
        "validity": item.validity,
    }


def _link(item: Item) -> dict:
    return {"id": item.pk, "title": item.title, "url": item.get_absolute_url()}


@router.get(
    "",
    response=DocumentPage,
    summary="公开的政府信息列表",
    description="本网站公开的政府信息，按发布时间从新到旧分页。总数最多计到 "
    f"{COUNT_CAP} 条（见 count、pages 的说明）；每一页都可取到。",
)
def document_list(request, filters: Query[DocumentFilters]):
    data = filters.dict()
    page_no, size = data.pop("page"), data.pop("page_size")
    qs = selectors.public_item_list({k: v for k, v in data.items() if v})
    paginator = CappedPaginator(qs, size)
    page = paginator.get_page(page_no)
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,  # after the page is read: it may know one more
        "results": [_summary(i) for i in page.object_list],
    }


@router.get("/{int:item_id}", response=DocumentDetail, summary="一条公开的政府信息")
def document_detail(request, item_id: int):
    item = selectors.public_item_detail(item_id)
    if item is None:
        raise Http404("未找到该信息，或该信息未公开")
    interp = selectors.public_interpreted_document(item)
    return {
        **_summary(item),
        "summary": item.summary,
        "body": item.body,
        "catalogue": item.catalogue_node.name if item.catalogue_node_id else None,
        "attribute": item.attribute,
        "validity_changed_on": item.validity_changed_on,
        "attachments": [
            {
                "name": a.name,
                "size": a.size,
                "url": f"/documents/{item.pk}/attachments/{a.pk}/",
            }
            for a in item.attachments.all()
        ],
        "interpretations": [_link(i) for i in selectors.public_interpretations(item)],
        "interprets": _link(interp) if interp else None,
    }


# --- staff ----------------------------------------------------------------------------


class ItemIn(Schema):
    title: str = Field(min_length=1, max_length=300)
    body: str = ""
    summary: str = ""
    kind: Kind = "other"
    attribute: Attribute | Literal[""] = ""
    withheld_reason: str = ""
    withheld_basis: str = ""
    doc_number: str = Field("", max_length=100)
    written_on: dt.date | None = None
    formed_on: dt.date | None = None
    topic: int | None = None
    catalogue_node: int | None = None
    interprets: int | None = None
    interpretation_plan: str = ""


class StaffItemOut(Schema):
    id: int
    title: str
    status: str
    attribute: str
    kind: str
    unit_id: int
    index_number: str | None
    publish_due: dt.datetime | None
    publish_due_provisional: bool
    publish_due_rule: str
    return_reasons: list[str]
    open_privacy_findings: int


class ReviewIn(Schema):
    decision: Literal["approved", "returned"]
    checks: list[Literal["secrecy", "privacy", "accuracy", "attribute"]] = []
    note: str = ""


class NoteIn(Schema):
    note: str = ""


def _staff_out(item: Item) -> dict:
    return {
        "id": item.pk,
        "title": item.title,
        "status": item.status,
        "attribute": item.attribute,
        "kind": item.kind,
        "unit_id": item.unit_id,
        "index_number": item.index_number,
        "publish_due": item.due,
        "publish_due_provisional": item.due_provisional,
        "publish_due_rule": item.due_rule,
        "return_reasons": item.return_reasons or [],
        "open_privacy_findings": services.open_blocking_findings(item).count(),
    }


def _resolve(user, payload: ItemIn) -> dict:
    data = payload.dict()
    from django.core.exceptions import ValidationError

    if data["topic"] is not None:
        data["topic"] = selectors.topic_by_id(data["topic"])
        if data["topic"] is None:
            raise ValidationError({"topic": "主题分类不存在"})
    if data["catalogue_node"] is not None:
        data["catalogue_node"] = selectors.catalogue_node_by_id(data["catalogue_node"])
        if data["catalogue_node"] is None:
            raise ValidationError({"catalogue_node": "目录节点不存在"})
    if data["interprets"] is not None:
        data["interprets"] = selectors.staff_item_or_none(user, data["interprets"])
        if data["interprets"] is None:
            raise ValidationError({"interprets": "所解读的文件不存在或不在本单位"})
    return data


@staff_router.get("", response=list[StaffItemOut], auth=staff_auth, summary="本单位的信息")
def staff_list(request, status: str = ""):
    return [_staff_out(i) for i in selectors.staff_items(request.auth, status)[:200]]


@staff_router.post("", response={201: StaffItemOut}, auth=staff_auth, summary="起草")
def staff_create(request, payload: ItemIn):
    user = request.auth
    data = _resolve(user, payload)
    item = services.item_create(actor=user, unit=user.unit, **data)
    return Status(201, _staff_out(item))


@staff_router.get("/{int:item_id}", response=StaffItemOut, auth=staff_auth, summary="查看")
def staff_get(request, item_id: int):
    return _staff_out(selectors.staff_item(request.auth, item_id))


@staff_router.post(
    "/{int:item_id}/submit",
    response=StaffItemOut,
    auth=staff_auth,
    summary="提交审核（不合格即退文）",
)
def staff_submit(request, item_id: int):
    item = selectors.staff_item(request.auth, item_id)
    return _staff_out(services.item_submit(actor=request.auth, item=item))


@staff_router.post(
    "/{int:item_id}/review", response=StaffItemOut, auth=staff_auth, summary="审查：通过或退回"
)
def staff_review(request, item_id: int, payload: ReviewIn):
    item = selectors.staff_item(request.auth, item_id)
    if payload.decision == "approved":
        services.item_approve(
            actor=request.auth, item=item, checks=payload.checks, note=payload.note
        )
    else:
        services.item_return(
            actor=request.auth, item=item, note=payload.note, checks=payload.checks
        )
    item.refresh_from_db()
    return _staff_out(item)


@staff_router.post("/{int:item_id}/publish", response=StaffItemOut, auth=staff_auth, summary="发布")
def staff_publish(request, item_id: int):
    item = selectors.staff_item(request.auth, item_id)
    return _staff_out(services.item_publish(actor=request.auth, item=item))


@staff_router.post(
    "/{int:item_id}/withdraw", response=StaffItemOut, auth=staff_auth, summary="撤回"
)
def staff_withdraw(request, item_id: int, payload: NoteIn):
    item = selectors.staff_item(request.auth, item_id)
    return _staff_out(services.item_withdraw(actor=request.auth, item=item, note=payload.note))


from gongkai.publishing.api_word import router as word_router  # noqa: E402

routers = [
    ("documents", router),
    ("publishing/items", staff_router),
    ("publishing/import", word_router),
]
