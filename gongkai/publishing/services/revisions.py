"""Revisions: a published item changes only through review.

Editing a published (or expired, repealed) item does not touch it: it creates a revision,
an ordinary draft row whose ``revision_of`` points at the published item. The revision
goes through the same workflow as any draft (submit with 退文 checks and the privacy
scan, 保密审查 and approval); the public pages, the API, the search index, the feeds and
the static tree keep showing the published item, because a revision never reaches a
public state. Publishing the approved revision (``revision_apply``) copies its content
into the published item — same page, same index number — writes the ledger row (修订)
and the audit event with what changed, and re-indexes the item.

Changing the disclosure attribute of a published item is not an edit: it is a
withdrawal with its reason (``item_reclassify``).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.core.permissions import require_role, require_unit
from gongkai.publishing.models import (
    OPEN_REVISION_STATES,
    PUBLIC_STATUSES,
    Attachment,
    InformationItem,
    PrivacyFinding,
    PublicationLedger,
    Review,
)
from gongkai.publishing.services.common import (
    EDITABLE_FIELDS,
    SEARCH_SOURCE,
    Item,
    S,
    _apply_due,
    _lock,
    _transition,
)
from gongkai.publishing.services.findings import _rescan, open_blocking_findings
from gongkai.publishing.workflow import DRAFT_ROLES, REVIEW_ROLES
from gongkai.search.registry import schedule_reindex

#: What a revision may change; the attribute is changed by withdrawal, the validity by
#: 失效 / 废止, both with their own ledger rows.
REVISED_FIELDS = tuple(f for f in EDITABLE_FIELDS if f not in ("attribute", "validity"))
ATTRIBUTE_MESSAGE = (
    "已发布信息的公开属性不能通过修改更改：更改公开属性即撤回该信息，请在“发布后管理”中"
    "选择新的公开属性并说明撤回理由"
)


def open_revision(item: InformationItem) -> InformationItem | None:
    """The revision of ``item`` still in progress, if any (at most one)."""
    return item.revisions.filter(status__in=OPEN_REVISION_STATES).first()


def _label(name: str) -> str:
    if name == "attachments":
        return "附件"
    return str(getattr(Item._meta.get_field(name), "verbose_name", name))


def _attachment_keys(item: InformationItem) -> list[tuple[str, str]]:
    return [(a.name, a.file.name or "") for a in item.attachments.all()]


def revision_changes(original: InformationItem, revision: InformationItem) -> dict:
    """Field -> [old, new] for every field the revision changes (body: "已修改")."""
    out: dict = {}
    for name in REVISED_FIELDS:
        old, new = getattr(original, name), getattr(revision, name)
        if old != new:
            if name == "body":
                out[name] = "已修改"
            else:
                out[name] = [
                    str(old) if old is not None else None,
                    str(new) if new is not None else None,
                ]
    old_att, new_att = _attachment_keys(original), _attachment_keys(revision)
    if old_att != new_att:
        out["attachments"] = [[n for n, _ in old_att], [n for n, _ in new_att]]
    return out


def changes_summary(changes: dict) -> str:
    """修改了标题、正文: what a person reads in the ledger and the audit trail."""
    if not changes:
        return "内容未变化"
    return "修改了" + "、".join(_label(k) for k in changes)


def _copy_attachments(source: InformationItem, target: InformationItem) -> None:
    """Rows that point at the same stored files (a file is deleted only when no row
    uses it any more, see ``drafting.attachment_remove``)."""
    Attachment.objects.bulk_create(
        [
            Attachment(
                item=target,
                file=a.file.name,
                name=a.name,
                size=a.size,
                extracted_text=a.extracted_text,
                sort_order=a.sort_order,
            )
            for a in source.attachments.all()
        ]
    )


@transaction.atomic
def revision_create(*, actor: User, item: InformationItem, **fields) -> InformationItem:
    """Start a revision of a published item, with ``fields`` already changed in it."""
    from gongkai.publishing.services.drafting import _check_interprets, _clean_fields

    item = _lock(item)
    require_unit(actor, item.unit)
    require_role(actor, *DRAFT_ROLES)
    if item.revision_of_id:
        raise ValidationError("这是一份修订稿，请直接修改它")
    if item.status not in PUBLIC_STATUSES:
        raise ValidationError(f"“{item.get_status_display()}”状态的信息不需要修订")
    if open_revision(item) is not None:
        raise ValidationError("该信息已有一份修订稿在办理中，请在修订稿上继续修改")
    fields = _clean_fields(dict(fields))
    if "attribute" in fields and (fields["attribute"] or "") != item.attribute:
        raise ValidationError({"attribute": ATTRIBUTE_MESSAGE})
    fields.pop("validity", None)
    values = {name: getattr(item, name) for name in EDITABLE_FIELDS} | fields
    revision = Item(unit=item.unit, created_by=actor, status=S.DRAFT, revision_of=item, **values)
    _check_interprets(revision)
    _apply_due(revision)
    revision.save()
    _copy_attachments(item, revision)
    _rescan(revision)
    changes = revision_changes(item, revision)
    audit_record(
        actor=actor,
        action="publishing.revision_create",
        obj=revision,
        summary=f"起草《{item.title}》的修订稿（{changes_summary(changes)}），"
        "审核通过并发布前公开页面不变",
        changes={"revision_of": item.pk, **changes},
    )
    return revision


@transaction.atomic
def revision_edit(*, actor: User, item: InformationItem, **fields) -> InformationItem:
    """An edit of a published item: into its open revision, else a new revision."""
    from gongkai.publishing.services.drafting import item_update

    current = open_revision(item)
    if current is None:
        return revision_create(actor=actor, item=item, **fields)
    if "attribute" in fields and (fields["attribute"] or "") != item.attribute:
        raise ValidationError({"attribute": ATTRIBUTE_MESSAGE})
    return item_update(actor=actor, item=current, **fields)


@transaction.atomic
def revision_apply(*, actor: User, revision: InformationItem) -> InformationItem:
    """Publish an approved revision: its content replaces the published item's."""
    revision = _lock(revision)
    require_unit(actor, revision.unit)
    require_role(actor, *REVIEW_ROLES)
    if not revision.revision_of_id:
        raise ValidationError("这不是修订稿")
    target = _transition(revision, "apply")
    assert revision.revision_of is not None
    original = _lock(revision.revision_of)
    if original.status not in PUBLIC_STATUSES:
        raise ValidationError(f"所修订的信息已{original.get_status_display()}，修订稿不能发布")
    if revision.attribute != original.attribute:
        raise ValidationError(ATTRIBUTE_MESSAGE)
    review = revision.reviews.filter(decision=Review.Decision.APPROVED).first()
    if review is None:
        raise ValidationError("没有审核通过的审查记录，不能发布（先审查后公开）")
    if open_blocking_findings(revision).exists():
        raise ValidationError("尚有未处理的个人信息，不能发布")
    changes = revision_changes(original, revision)
    for name in REVISED_FIELDS:
        setattr(original, name, getattr(revision, name))
    original.save()
    if "attachments" in changes:
        original.attachments.all().delete()  # rows only: the files stay for the history
        _copy_attachments(revision, original)
    # The findings and how the reviewer resolved them now describe the public text.
    original.privacy_findings.all().delete()
    copied = [
        f.attname for f in PrivacyFinding._meta.concrete_fields if f.name not in ("id", "item")
    ]
    PrivacyFinding.objects.bulk_create(
        [
            PrivacyFinding(item=original, **{name: getattr(row, name) for name in copied})
            for row in revision.privacy_findings.all()
        ]
    )
    revision.status = target
    revision.save(update_fields=["status", "updated_at"])
    summary = changes_summary(changes)
    from gongkai.publishing.services.publication import _ledger

    ledger = _ledger(
        original,
        PublicationLedger.Action.REVISED,
        actor,
        review,
        note=f"{summary}（修订稿 {revision.pk}）",
    )
    audit_record(
        actor=actor,
        action="publishing.revise",
        obj=original,
        summary=f"发布《{original.title}》的修订：{summary}",
        changes={"revision": revision.pk, "ledger": ledger.pk, **changes},
    )
    schedule_reindex(SEARCH_SOURCE, original.pk)
    for interp in original.interpretations.filter(status__in=OPEN_REVISION_STATES):
        _apply_due(interp)
        interp.save(update_fields=list(interp.DEADLINE_FIELDS))
    return original


@transaction.atomic
def item_reclassify(
    *,
    actor: User,
    item: InformationItem,
    attribute: str,
    note: str,
    withheld_basis: str = "",
) -> InformationItem:
    """Change the disclosure attribute of a published item: a withdrawal with its reason."""
    from gongkai.publishing.services.publication import item_withdraw

    if attribute not in Item.Attribute.values:
        raise ValidationError({"attribute": "请选择新的公开属性"})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "更改公开属性即撤回，须说明理由"})
    if attribute == item.attribute:
        raise ValidationError({"attribute": "新的公开属性与原来相同"})
    if attribute == Item.Attribute.WITHHELD and not (withheld_basis or "").strip():
        raise ValidationError({"withheld_basis": "改为不予公开须写明法律依据"})
    old_label = item.get_attribute_display()
    new_label = Item.Attribute(attribute).label
    item = item_withdraw(
        actor=actor, item=item, note=f"公开属性由{old_label}改为{new_label}：{note}"
    )
    item.attribute = attribute
    if attribute == Item.Attribute.WITHHELD:
        item.withheld_reason = note
        item.withheld_basis = withheld_basis.strip()
    item.save(update_fields=["attribute", "withheld_reason", "withheld_basis", "updated_at"])
    audit_record(
        actor=actor,
        action="publishing.reclassify",
        obj=item,
        summary=f"《{item.title}》公开属性由{old_label}改为{new_label}（已撤回）：{note}",
        changes={"attribute": [str(old_label), str(new_label)]},
    )
    return item
