"""Importing a 基层政务公开标准目录 spreadsheet: every complete row becomes an entry on the
catalogue node of its name (一级事项, else the area), published at once when asked."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import has_role, require_unit
from gongkai.registers import standard_xlsx
from gongkai.registers.services.entries import entry_create, entry_transition


@dataclass
class ImportResult:
    area: str
    created: int = 0
    problems: list[str] = field(default_factory=list)


def _node(names: list[str]):
    node_model = apps.get_model("publishing", "CatalogueNode")
    for name in names:
        if name:
            node = node_model.objects.filter(name=name).order_by("id").first()
            if node is not None:
                return node
    return None


@transaction.atomic
def standard_import(*, actor, unit: Unit, data: bytes, publish: bool = False) -> ImportResult:
    require_unit(actor, unit)
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("导入标准目录需要公开办")
    try:
        area, rows = standard_xlsx.read(data)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    result = ImportResult(area=area)
    for row in rows:
        if row.problems:
            result.problems += row.problems
            continue
        v = row.values
        entry = entry_create(
            actor=actor,
            key="standard",
            data={
                "unit": unit, "title": v["title"][:300], "area": area[:100],
                "parent_matter": v.get("parent_matter", "")[:200], "content": v["content"],
                "basis": v["basis"], "time_limit": v["time_limit"][:200],
                "subject": v["subject"][:200], "channels": v["channels"],
                "audience": v["audience"], "mode": v["mode"], "level": v["level"],
                "node": _node([v.get("parent_matter", ""), area]),
            },
        )  # fmt: skip
        if publish:
            entry = entry_transition(actor=actor, entry=entry, action="submit")
            entry_transition(actor=actor, entry=entry, action="publish")
        result.created += 1
    audit_record(
        actor=actor, action="registers.standard_import", obj=unit,
        summary=f"导入{area or ''}标准目录：{result.created}项，{len(result.problems)}处问题",
    )  # fmt: skip
    return result
