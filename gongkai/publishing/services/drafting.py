"""Drafting: create and edit items, add and remove attachments."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.core.permissions import require_role, require_unit
from gongkai.core.textextract import extract_text
from gongkai.publishing.html import sanitize_html
from gongkai.publishing.models import (
    PUBLIC_STATUSES,
    Attachment,
    InformationItem,
)
from gongkai.publishing.services import findings
from gongkai.publishing.services.common import (
    EDITABLE_FIELDS,
    SEARCH_SOURCE,
    Item,
    S,
    _apply_due,
    _lock,
)
from gongkai.publishing.workflow import DRAFT_ROLES, EDITABLE_STATES, OPEN_STATES
from gongkai.search.registry import schedule_reindex


def _clean_fields(fields: dict) -> dict:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"不能修改这些字段：{'、'.join(sorted(unknown))}")
    if "body" in fields:
        fields["body"] = sanitize_html(fields["body"] or "")
    if "title" in fields:
        fields["title"] = (fields["title"] or "").strip()
        if not fields["title"]:
            raise ValidationError({"title": "请填写标题"})
    return fields


def _check_interprets(item: InformationItem) -> None:
    if item.interprets_id:
        if item.interprets_id == item.pk:
            raise ValidationError({"interprets": "解读不能指向自身"})
        if item.kind != Item.Kind.INTERPRETATION:
            raise ValidationError({"interprets": "只有“政策解读”类信息可以关联所解读的文件"})


@transaction.atomic
def item_create(*, actor: User, unit: Unit, title: str, **fields) -> InformationItem:
    require_role(actor, *DRAFT_ROLES)
    require_unit(actor, unit)
    fields = _clean_fields({"title": title, **fields})
    item = Item(unit=unit, created_by=actor, status=S.DRAFT, **fields)
    _check_interprets(item)
    item.created_at = timezone.now()
    _apply_due(item)
    item.save()
    audit_record(
        actor=actor, action="publishing.create", obj=item, summary=f"起草政府信息《{item.title}》"
    )
    return item


@transaction.atomic
def item_update(*, actor: User, item: InformationItem, **fields) -> InformationItem:
    """Edit a draft; an edit of a published item returns the revision it went into."""
    item = _lock(item)
    require_unit(actor, item.unit)
    if item.status in PUBLIC_STATUSES:
        # Published items change only through review: the edit becomes a revision.
        from gongkai.publishing.services.revisions import revision_edit

        return revision_edit(actor=actor, item=item, **fields)
    if item.status in EDITABLE_STATES:
        require_role(actor, *DRAFT_ROLES)
    else:
        raise ValidationError(f"“{item.get_status_display()}”状态的信息不能修改")
    fields = _clean_fields(dict(fields))
    changes = {}
    for name, value in fields.items():
        old = getattr(item, name)
        if old != value:
            changes[name] = [
                str(old) if old is not None else None,
                str(value) if value is not None else None,
            ]
            setattr(item, name, value)
    _check_interprets(item)
    if item.status in OPEN_STATES:
        _apply_due(item)
    item.save()
    if "body" in fields:
        findings._rescan(item)
    audit_record(
        actor=actor,
        action="publishing.update",
        obj=item,
        summary=f"修改政府信息《{item.title}》",
        changes={k: v[:2] for k, v in changes.items() if k != "body"}
        | ({"body": "已修改"} if "body" in changes else {}),
    )
    if item.status not in OPEN_STATES:
        schedule_reindex(SEARCH_SOURCE, item.pk)
    return item


@transaction.atomic
def attachment_add(*, actor: User, item: InformationItem, name: str, data: bytes) -> Attachment:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_role(actor, *DRAFT_ROLES)
    if item.status not in EDITABLE_STATES:
        raise ValidationError("只能在草稿或退文状态下添加附件")
    name = (name or "").replace("/", "_").replace("\\", "_").strip() or "附件"
    max_size = conf.get("GONGKAI_MAX_ATTACHMENT_BYTES")
    if len(data) > max_size:
        raise ValidationError(f"附件过大：最大 {max_size // (1024 * 1024)} MB")
    att = Attachment(
        item=item, name=name[:200], size=len(data), extracted_text=extract_text(data, name)
    )
    att.file.save(name, ContentFile(data), save=False)
    att.save()
    findings._rescan(item)
    audit_record(
        actor=actor, action="publishing.attachment_add", obj=item, summary=f"添加附件《{att.name}》"
    )
    return att


@transaction.atomic
def attachment_remove(*, actor: User, attachment: Attachment) -> None:
    item = _lock(attachment.item)
    require_unit(actor, item.unit)
    require_role(actor, *DRAFT_ROLES)
    if item.status not in EDITABLE_STATES:
        raise ValidationError("只能在草稿或退文状态下删除附件")
    name = attachment.name
    # A revision's rows share the published item's files until one of them changes.
    if not Attachment.objects.filter(file=attachment.file.name).exclude(pk=attachment.pk).exists():
        attachment.file.delete(save=False)
    attachment.delete()
    findings._rescan(item)
    audit_record(
        actor=actor, action="publishing.attachment_remove", obj=item, summary=f"删除附件《{name}》"
    )
