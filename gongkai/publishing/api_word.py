"""Staff API for drafts from Word: POST a .docx as a new draft, or make a .docx
attachment the body of a draft."""

from __future__ import annotations

from ninja import File, Router, Schema
from ninja.files import UploadedFile
from ninja.responses import Status

from gongkai.api.auth import staff_auth
from gongkai.publishing import selectors
from gongkai.publishing.services import body_from_attachment, draft_from_docx

router = Router(tags=["政府信息（工作人员）"])


class WordImportOut(Schema):
    id: int
    title: str
    status: str
    doc_number: str
    written_on: str | None
    attribute: str
    organ: str
    addressee: str
    note: str
    attachment_names: list[str]
    attachments: list[str]
    found: list[str]
    missing: list[str]
    warnings: list[str]
    open_privacy_findings: int


def _out(item, doc) -> dict:
    from gongkai.publishing.services import open_blocking_findings

    return {
        "id": item.pk,
        "title": item.title,
        "status": item.status,
        "doc_number": item.doc_number,
        "written_on": item.written_on.isoformat() if item.written_on else None,
        "attribute": item.attribute,
        "organ": doc.organ,
        "addressee": doc.addressee,
        "note": doc.note,
        "attachment_names": doc.attachment_names,
        "attachments": [a.name for a in item.attachments.all()],
        "found": doc.found,
        "missing": doc.missing,
        "warnings": doc.warnings,
        "open_privacy_findings": open_blocking_findings(item).count(),
    }


@router.post("/word", response={201: WordImportOut}, auth=staff_auth, summary="从文档导入草稿")
def word_import(request, file: File[UploadedFile]):
    user = request.auth
    item, doc = draft_from_docx(actor=user, unit=user.unit, name=file.name, data=file.read())
    return Status(201, _out(item, doc))


@router.post(
    "/items/{int:item_id}/attachments/{int:att_id}/body",
    response=WordImportOut,
    auth=staff_auth,
    summary="以文档附件作为正文",
)
def attachment_body(request, item_id: int, att_id: int):
    from django.http import Http404

    item = selectors.staff_item(request.auth, item_id)
    attachment = selectors.item_attachment(item, att_id)
    if attachment is None:
        raise Http404("附件不存在")
    item, doc = body_from_attachment(actor=request.auth, attachment=attachment)
    return _out(item, doc)
