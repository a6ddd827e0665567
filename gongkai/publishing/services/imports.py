"""Import of old pages as published items, keeping their index numbers."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.core.permissions import has_role
from gongkai.publishing.html import body_text, sanitize_html
from gongkai.publishing.models import (
    InformationItem,
    PublicationLedger,
)
from gongkai.publishing.services.common import (
    SEARCH_SOURCE,
    Item,
    S,
    _apply_due,
)
from gongkai.publishing.services.findings import _rescan
from gongkai.publishing.services.publication import _ledger
from gongkai.publishing.workflow import REVIEW_ROLES
from gongkai.search.registry import schedule_reindex


def _markings(item: InformationItem) -> str:
    """The secrecy markings and 不予公开 stamps of an imported page's text, as one phrase."""
    from gongkai.privacy import scan_text

    found = scan_text(body_text(item), types=("secrecy", "nondisclosure"), expressions=False)
    return "、".join(dict.fromkeys(f"“{f.text}”" for f in found))


@transaction.atomic
def item_import(
    *,
    actor: User | None,
    unit: Unit,
    source: str,
    title: str,
    body: str,
    index_number: str | None = None,
    published_at: dt.datetime | None = None,
    **fields,
) -> tuple[InformationItem, bool]:
    """Import an old page as published, keeping its index number; re-import updates.

    Returns ``(item, created)``. An existing item is matched by its index number, else
    by the source it was imported from. A page carrying a secrecy marking or the
    "（此件不予公开）" stamp is never published by the import: a new one waits at review
    (the reviewer decides, with a recorded reason), a published one is not overwritten.
    """
    if actor is not None and not has_role(actor, *REVIEW_ROLES):
        raise PermissionDenied("导入历史页面需要审核员或公开办角色")
    existing = None
    if index_number:
        existing = Item.objects.select_for_update().filter(index_number=index_number).first()
    if existing is None and source:
        existing = Item.objects.select_for_update().filter(imported_from=source).first()
    values = {
        "unit": unit,
        "title": title.strip()[:300],
        "body": sanitize_html(body),
        "imported_from": source[:500],
        "attribute": Item.Attribute.PROACTIVE,
        **fields,
    }
    if index_number:
        values["index_number"] = index_number
    when = published_at or timezone.now()
    if existing is not None:
        if existing.status == S.WITHDRAWN:
            # A withdrawn item stays withdrawn: re-import never republishes it silently.
            values.pop("attribute")
        changed = {}
        for name, value in values.items():
            if getattr(existing, name) != value:
                changed[name] = str(value)[:80]
                setattr(existing, name, value)
        if not changed:
            return existing, False  # same page again: nothing to write, nothing to audit
        marks = _markings(existing) if "body" in changed else ""
        if marks and existing.status != S.WITHDRAWN:
            raise ValidationError(
                f"《{existing.title}》的新版本带有{marks}，不能作为主动公开重新导入："
                "请在系统中修订并送审"
            )
        existing.save()
        audit_record(
            actor=actor,
            action="publishing.reimport",
            obj=existing,
            summary=f"重新导入《{existing.title}》（{source}）",
            changes={k: v for k, v in changed.items() if k != "body"},
        )
        schedule_reindex(SEARCH_SOURCE, existing.pk)
        return existing, False
    item = Item(status=S.PUBLISHED, published_at=when, created_by=actor, **values)
    marks = _markings(item)
    if marks:
        return _import_held(item, actor, source, marks), True
    item.due_explanation = "历史页面导入，已公开"
    item.save()
    _ledger(item, PublicationLedger.Action.IMPORTED, actor, note=source[:500])
    audit_record(
        actor=actor,
        action="publishing.import",
        obj=item,
        summary=f"导入历史页面《{item.title}》，索引号 {item.index_number or '无'}",
        changes={"source": source},
    )
    schedule_reindex(SEARCH_SOURCE, item.pk)
    return item, True


def _import_held(item: InformationItem, actor: User | None, source: str, marks: str):
    """A page with a marking: imported unpublished, waiting for the reviewer's decision."""
    item.status = S.SUBMITTED
    item.published_at = None
    item.due_explanation = f"历史页面导入，带有{marks}，待审核"
    _apply_due(item)
    item.save()
    _rescan(item)
    audit_record(
        actor=actor,
        action="publishing.import_held",
        obj=item,
        summary=f"导入历史页面《{item.title}》：带有{marks}，未发布，待审核员核定",
        changes={"source": source},
    )
    return item
