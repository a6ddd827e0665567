"""Writing parsed pages as published items (re-import updates, never duplicates)."""

from __future__ import annotations

import re

from gongkai.publishing.importing.extract import parse_page
from gongkai.publishing.importing.textutil import read_file


def unit_for_organ(organ: str, *, default=None, create: bool = True):
    """The unit issuing a page: by name or short name; an unknown organ becomes a new
    top-level unit (it is usually another government's page), unless ``create`` is off."""
    from gongkai.core.models import Unit
    from gongkai.core.services import unit_create

    organ = (organ or "").strip()
    if not organ:
        return default
    unit = Unit.objects.filter(name=organ).first() or Unit.objects.filter(short_name=organ).first()
    if unit is not None or not create:
        return unit or default
    if re.search(r"(人民政府|政府)$", organ):
        kind = Unit.Kind.GOVERNMENT
    elif re.search(r"(镇|乡|街道办事处|街道)(人民政府)?$", organ):
        kind = Unit.Kind.TOWNSHIP
    elif re.search(r"(局|委|办|办公室|厅|委员会)$", organ):
        kind = Unit.Kind.DEPARTMENT
    else:
        kind = Unit.Kind.OTHER
    return unit_create(actor=None, parent=None, name=organ[:100], kind=kind)


def import_file(path, *, dry_run: bool = False, actor=None, default_unit=None) -> dict:
    """Parse one saved page and (unless ``dry_run``) import it; returns a report."""
    from pathlib import Path

    from django.utils import timezone

    from gongkai.publishing.models import CatalogueNode, Topic
    from gongkai.publishing.services import item_import

    p = Path(path)
    text, is_html = read_file(p)
    page = parse_page(text, is_html=is_html)
    report = {"file": str(p), **page.as_dict()}
    problems = []
    if not page.title:
        problems.append("无法识别标题")
    if not page.paragraphs:
        problems.append("无法识别正文")
    report["problems"] = problems
    if dry_run or problems:
        report["action"] = "dry-run" if dry_run else "skipped"
        return report
    unit = unit_for_organ(page.organ, default=default_unit)
    if unit is None:
        from gongkai.core.models import Unit

        unit = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    if unit is None:
        report["problems"].append("未识别发文机构，且系统中没有任何机构")
        report["action"] = "skipped"
        return report
    topic = None
    if page.topic:
        topic = (
            Topic.objects.filter(name=page.topic, parent__isnull=True).first()
            or Topic.objects.filter(name=page.topic).first()
        )
    node = CatalogueNode.objects.filter(name=page.catalogue).first() if page.catalogue else None
    published_at = timezone.make_aware(page.published_at) if page.published_at else None
    source = p.name if p.name else str(p)
    fields = {
        "kind": page.kind or "other",
        "doc_number": page.doc_number,
        "written_on": page.written_on,
        "formed_on": page.written_on,
        "topic": topic,
        "catalogue_node": node,
        "validity": page.validity or "valid",
    }
    before = None
    if page.index_number or source:
        from gongkai.publishing.models import InformationItem

        before = (
            InformationItem.objects.filter(index_number=page.index_number)
            .values("updated_at")
            .first()
            if page.index_number
            else InformationItem.objects.filter(imported_from=source).values("updated_at").first()
        )
    item, created = item_import(
        actor=actor,
        unit=unit,
        source=source,
        title=page.title,
        body=page.body_html,
        index_number=page.index_number or None,
        published_at=published_at,
        **fields,
    )
    if created:
        action = "created" if item.status == item.Status.PUBLISHED else "held"
    elif before is not None and before["updated_at"] == item.updated_at:
        action = "unchanged"
    else:
        action = "updated"
    report.update({"action": action, "id": item.pk, "unit": unit.name})
    return report
