"""行政规范性文件 writes: the unified number at registration, validity changes with their
legal date, and clean-up campaigns (open → each unit answers → the result list is
published, and what was decided 废止 leaves the valid set on the decision date)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import has_role, require_unit
from gongkai.registers.models import (
    CleanupCampaign,
    CleanupLine,
    EntryStatus,
    NormativeDocument,
    Validity,
)
from gongkai.registers.registry import SPECS
from gongkai.registers.rules import unified_number
from gongkai.registers.services.entries import CREATE_HOOKS, GUARDS, PUBLISH_STEPS, search_source

IN_FORCE = (Validity.VALID, Validity.AMENDED)


def _number(actor, doc: NormativeDocument) -> None:
    """统一编号: the next number of the issuing unit in the year of the 成文日期."""
    if doc.written_on is None:
        raise ValidationError({"written_on": "请填写成文日期"})
    unit = Unit.objects.select_for_update().get(pk=doc.unit_id)  # serialises numbering
    year = doc.written_on.year
    last = NormativeDocument.objects.filter(unit=unit, year=year).aggregate(m=Max("seq"))["m"]
    doc.year = year
    doc.seq = (last or 0) + 1
    doc.reg_number = unified_number(unit.name, unit.short_name, year, doc.seq)


def _check_document(actor, doc: NormativeDocument) -> None:
    if doc.legality_reviewed_on and doc.legality_reviewed_on > doc.written_on:
        raise ValidationError("合法性审核日期不能晚于成文日期：规范性文件须先经合法性审核再印发")
    if doc.filed_on and doc.filed_on < doc.written_on:
        raise ValidationError("备案日期不能早于成文日期")


CREATE_HOOKS["normative"] = _number
PUBLISH_STEPS["normative"] = _check_document


@transaction.atomic
def validity_change(
    *, actor, document: NormativeDocument, validity: str, on: dt.date | None, basis: str
) -> NormativeDocument:
    """Record that a document was amended, repealed or expired on its legal date ``on``
    (the date of the decision or of expiry), not the day it is recorded."""
    doc = NormativeDocument.objects.select_for_update().get(pk=document.pk)
    require_unit(actor, doc.unit)
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        raise PermissionDenied("变更有效性需要审核员或公开办")
    if doc.status != EntryStatus.PUBLISHED:
        raise ValidationError("只有已公开的文件可以变更有效性")
    if validity not in Validity.values or validity == Validity.VALID:
        raise ValidationError("请选择修改、废止或失效")
    if on is None:
        raise ValidationError("请填写法定日期（决定或失效之日）")
    if on < doc.written_on:
        raise ValidationError("法定日期不能早于成文日期")
    if not basis.strip():
        raise ValidationError("请填写依据（如废止决定的文号）")
    before = [doc.validity, doc.validity_on.isoformat() if doc.validity_on else None]
    doc.validity, doc.validity_on, doc.validity_basis = validity, on, basis.strip()
    doc.save(update_fields=["validity", "validity_on", "validity_basis", "updated_at"])
    from gongkai.search.registry import schedule_reindex

    schedule_reindex(search_source(SPECS["normative"]), doc.pk)
    audit_record(
        actor=actor, action="registers.validity_change", obj=doc,
        summary=f"{doc.reg_number}《{doc.title}》{doc.get_validity_display()}（{on.isoformat()}）",
        changes={"validity": [before, [validity, on.isoformat()]]},
    )  # fmt: skip
    return doc


def _require_office(actor) -> None:
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("规范性文件清理由公开办（司法行政部门）组织")


@transaction.atomic
def campaign_open(*, actor, campaign: CleanupCampaign) -> CleanupCampaign:
    """List every document in force of the units in scope, one line each to answer."""
    c = CleanupCampaign.objects.select_for_update().get(pk=campaign.pk)
    require_unit(actor, c.unit)
    _require_office(actor)
    if c.stage != CleanupCampaign.Stage.PLANNED or c.status != EntryStatus.DRAFT:
        raise ValidationError("清理已启动")
    units = list(c.scope_units.all())
    if not units:
        raise ValidationError("请先选择清理范围（单位）")
    for u in units:
        require_unit(actor, u)
    docs = NormativeDocument.objects.filter(
        unit__in=units, status=EntryStatus.PUBLISHED, validity__in=IN_FORCE
    ).order_by("unit_id", "year", "seq")
    lines = [CleanupLine(campaign=c, document=d, unit_id=d.unit_id) for d in docs]
    CleanupLine.objects.bulk_create(lines)
    c.stage = CleanupCampaign.Stage.OPEN
    c.opened_at = timezone.now()
    c.save(update_fields=["stage", "opened_at", "updated_at"])
    audit_record(
        actor=actor, action="registers.cleanup_open", obj=c,
        summary=f"启动清理《{c.title}》：{len(units)}个单位、{len(lines)}件现行有效文件",
    )  # fmt: skip
    return c


@transaction.atomic
def line_answer(*, actor, line: CleanupLine, decision: str, reason: str) -> CleanupLine:
    """A unit's 保留/修改/废止 for one of its documents, with the reason."""
    ln = (
        CleanupLine.objects.select_for_update()
        .select_related("campaign", "document")
        .get(pk=line.pk)
    )
    require_unit(actor, ln.unit)
    if ln.campaign.stage != CleanupCampaign.Stage.OPEN or ln.campaign.status != EntryStatus.DRAFT:
        raise ValidationError("清理意见已汇总，不能再修改")
    if decision not in CleanupLine.Decision.values:
        raise ValidationError("请选择保留、修改或废止")
    if not reason.strip():
        raise ValidationError("请填写理由")
    before = [ln.decision, ln.reason]
    ln.decision, ln.reason = decision, reason.strip()
    ln.answered_at, ln.answered_by = timezone.now(), actor
    ln.save()
    audit_record(
        actor=actor, action="registers.cleanup_answer", obj=ln.document,
        summary=f"清理意见：{ln.document.reg_number}《{ln.document.title}》{ln.get_decision_display()}",
        changes={"decision": [before, [ln.decision, ln.reason]]},
    )  # fmt: skip
    return ln


def _campaign_guard(c: CleanupCampaign, action: str, data: dict | None = None) -> None:
    if action == "update" and data and "scope_units" in data:
        if c.stage != CleanupCampaign.Stage.PLANNED and {u.pk for u in data["scope_units"]} != set(
            c.scope_units.values_list("pk", flat=True)
        ):
            raise ValidationError("清理已启动，不能改变清理范围")
    if action == "submit":
        if c.stage != CleanupCampaign.Stage.OPEN:
            raise ValidationError("请先启动清理，由各单位报送意见")
        waiting = c.lines.filter(decision="").count()
        if waiting:
            raise ValidationError(f"还有{waiting}件文件未报送清理意见")
    if action in ("revise", "withdraw") and c.stage == CleanupCampaign.Stage.CLOSED:
        raise ValidationError("清理结果已公布并生效，不能撤回或修订")


def _publish_results(actor, c: CleanupCampaign) -> None:
    """The result list goes public; documents decided 废止 leave the valid set on the
    decision date (the legal date)."""
    if c.lines.filter(decision="").exists():
        raise ValidationError("还有文件未报送清理意见")
    if c.decided_on is None:
        raise ValidationError("请填写清理结果决定日期")
    repealed = 0
    for ln in c.lines.filter(decision=CleanupLine.Decision.REPEAL).select_related("document"):
        doc = ln.document
        if doc.validity in IN_FORCE:
            doc.validity, doc.validity_on = Validity.REPEALED, c.decided_on
            doc.validity_basis = f"{c.title}：{ln.reason}"[:300]
            doc.save(update_fields=["validity", "validity_on", "validity_basis", "updated_at"])
            from gongkai.search.registry import schedule_reindex

            schedule_reindex(search_source(SPECS["normative"]), doc.pk)
            audit_record(
                actor=actor, action="registers.validity_change", obj=doc,
                summary=f"{doc.reg_number}《{doc.title}》经清理废止（{c.decided_on.isoformat()}）",
            )  # fmt: skip
            repealed += 1
    c.stage = CleanupCampaign.Stage.CLOSED


GUARDS["cleanups"] = _campaign_guard
PUBLISH_STEPS["cleanups"] = _publish_results
