"""政务服务事项/办事指南, "一件事" and 权责清单 writes: a changed guide's deadline, a
bundle's publication rule, and the yearly edition of a unit's power list with its diff."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.deadlines import recompute_open
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import has_role, require_unit
from gongkai.registers.models import EntryStatus, Power, PowerEdition, ServiceBundle, ServiceItem
from gongkai.registers.rules import POWER_FIELDS, edition_diff, guide_deadline
from gongkai.registers.services.entries import DEADLINES, PUBLISH_STEPS

DEADLINES["services"] = lambda item: guide_deadline(item.changed_on)


def _bundle_check(actor, bundle: ServiceBundle) -> None:
    items = list(bundle.items.all())
    if len(items) < 2:
        raise ValidationError("“一件事”至少包含两个政务服务事项")
    unpublished = [i.title for i in items if i.status != EntryStatus.PUBLISHED]
    if unpublished:
        raise ValidationError(f"以下事项的办事指南尚未公开：{'、'.join(unpublished)}")


PUBLISH_STEPS["bundles"] = _bundle_check


def recompute_guide_deadlines(years: set[int]) -> int:
    qs = ServiceItem.objects.exclude(status=EntryStatus.PUBLISHED).filter(
        changed_on__year__in=years
    )
    return recompute_open(
        qs,
        lambda item, cal: guide_deadline(item.changed_on, cal),
        audit_action="registers.guide_deadline_recompute",
        summary=lambda item: f"办事指南公开期限重新计算：{item.title}",
    )


def power_row(p: Power) -> dict:
    row = {"code": p.code, "id": p.pk}
    for name in POWER_FIELDS:
        row[name] = p.get_power_type_display() if name == "power_type" else getattr(p, name)
    return row


@transaction.atomic
def power_edition_publish(*, actor, unit: Unit, year: int) -> PowerEdition:
    """Publish ``unit``'s power list for ``year`` as it stands (its published powers), with
    what changed from the latest earlier edition."""
    require_unit(actor, unit)
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        raise PermissionDenied("公开年度权责清单需要审核员或公开办")
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    if PowerEdition.objects.filter(unit=unit, year=year).exists():
        raise ValidationError(f"{unit.name}{year}年度权责清单已公开")
    powers = Power.objects.filter(unit=unit, status=EntryStatus.PUBLISHED).order_by("code", "id")
    rows = [power_row(p) for p in powers]
    if not rows:
        raise ValidationError("该单位尚无已公开的权责事项")
    codes = [r["code"] for r in rows]
    if len(set(codes)) != len(codes):
        raise ValidationError("权力编码有重复，请先更正")
    previous = PowerEdition.objects.filter(unit=unit, year__lt=year).order_by("-year").first()
    diff = edition_diff(previous.rows if previous else [], rows)
    edition = PowerEdition.objects.create(
        unit=unit, year=year, rows=rows, diff=diff, published_at=timezone.now(),
        published_by=actor if getattr(actor, "pk", None) else None,
    )  # fmt: skip
    audit_record(
        actor=actor, action="registers.power_edition_publish", obj=unit,
        summary=f"公开{unit.name}{year}年度权责清单：{len(rows)}项（新增{len(diff['added'])}、"
        f"取消{len(diff['removed'])}、调整{len(diff['changed'])}）",
    )  # fmt: skip
    return edition
