"""Drafts from Word: a .docx in the official layout becomes a draft (or the body of one).

Writes go through the existing publishing services (``item_create``, ``item_update``,
``attachment_add``, ``attachment_remove``), so permissions, audit rows and the privacy
scan of the body and of every attachment happen exactly as for a typed draft.
"""

from __future__ import annotations

from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.publishing.importing.word import WordDocument, parse_docx
from gongkai.publishing.models import Attachment, InformationItem
from gongkai.publishing.services.drafting import (
    attachment_add,
    attachment_remove,
    item_create,
    item_update,
)
from gongkai.publishing.services.findings import _rescan

MAX_BYTES = 50 * 1024 * 1024


def _check(name: str, data: bytes) -> None:
    if not data:
        raise ValidationError("上传的文件是空的")
    if len(data) > MAX_BYTES:
        raise ValidationError("文档过大：最大 50 MB")
    if not (name or "").lower().endswith((".docx", ".wps", ".docm")):
        raise ValidationError("请上传 .docx 格式的文档（.doc 或 .wps 文档请先另存为 .docx）")


def _add_files(*, actor: User, item: InformationItem, doc: WordDocument) -> None:
    """Keep pictures and embedded files as attachments; point the body's pictures at them."""
    urls = {}
    taken = set(item.attachments.values_list("name", flat=True))
    n = 0
    for f in doc.files:
        name = f.name
        if name in taken:
            name = f"{PurePath(name).stem}_{len(taken) + 1}{PurePath(name).suffix}"
        taken.add(name)
        att = attachment_add(actor=actor, item=item, name=name, data=f.data)
        if f.image:
            urls[n] = reverse("publishing:attachment", args=[item.pk, att.pk])
            n += 1
    if urls:
        item_update(actor=actor, item=item, body=doc.body_html(urls))


def _fields(doc: WordDocument) -> dict:
    fields: dict[str, object] = {"kind": doc.kind, "doc_number": doc.doc_number[:100]}
    if doc.written_on:
        fields["written_on"] = doc.written_on
        fields["formed_on"] = doc.written_on
    if doc.attribute:
        fields["attribute"] = doc.attribute
    return fields


def _warnings(doc: WordDocument, unit: Unit) -> None:
    if doc.organ and doc.organ not in (unit.name, unit.short_name):
        doc.warnings.append(f"文中发文机关为“{doc.organ}”，草稿仍属于本单位“{unit.name}”，请核对")
    if doc.attachment_names:
        doc.warnings.append(
            "附件说明列有：" + "；".join(doc.attachment_names) + "。请确认附件已全部上传"
        )


@transaction.atomic
def draft_from_docx(
    *, actor: User, unit: Unit, name: str, data: bytes
) -> tuple[InformationItem, WordDocument]:
    """A new draft from an uploaded .docx; returns the draft and what was read."""
    _check(name, data)
    doc = parse_docx(data)
    title = doc.title or PurePath(name).stem
    item = item_create(
        actor=actor, unit=unit, title=title[:300], body=doc.body_html(), **_fields(doc)
    )
    _add_files(actor=actor, item=item, doc=doc)
    _rescan(item)  # the scan a typed draft gets when its body is saved
    _warnings(doc, unit)
    audit_record(
        actor=actor,
        action="publishing.import_word",
        obj=item,
        summary=f"从文档《{name}》导入草稿《{item.title}》",
        changes={"识别": doc.found, "未识别": doc.missing},
    )
    return item, doc


@transaction.atomic
def body_from_attachment(
    *, actor: User, attachment: Attachment, keep_file: bool = False
) -> tuple[InformationItem, WordDocument]:
    """A .docx attachment becomes the item's body; empty metadata is filled from it."""
    item = attachment.item
    _check(attachment.name, b"PK")
    with attachment.file.open("rb") as handle:
        data = handle.read()
    doc = parse_docx(data)
    fields = {"body": doc.body_html()}
    for key, value in _fields(doc).items():
        if value and not getattr(item, key) or key == "kind" and item.kind == "other":
            fields[key] = value
    item = item_update(actor=actor, item=item, **fields)
    name = attachment.name
    if not keep_file:
        attachment_remove(actor=actor, attachment=attachment)
    _add_files(actor=actor, item=item, doc=doc)
    _warnings(doc, item.unit)
    audit_record(
        actor=actor,
        action="publishing.body_from_word",
        obj=item,
        summary=f"以附件《{name}》作为《{item.title}》的正文",
        changes={"识别": doc.found, "未识别": doc.missing},
    )
    return item, doc
