"""双随机一公开 writes: publishing a draw plan fixes its seed from the announced
parameters and the registers' content; the draw runs the published rule
(``gongkai.registers.draw``); results and penalties are recorded with their deadlines
(``rules.result_deadline``) and published."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.deadlines import recompute_open
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, require_unit
from gongkai.registers import draw as rule
from gongkai.registers.models import (
    EntryStatus,
    InspectionDraw,
    InspectionResult,
    InspectionTarget,
    Inspector,
)
from gongkai.registers.registry import SPECS
from gongkai.registers.rules import result_deadline
from gongkai.registers.services.entries import GUARDS, PUBLISH_STEPS, search_source

PUBLISHED = EntryStatus.PUBLISHED


def pool_for(d: InspectionDraw) -> dict:
    """The published targets and inspectors of the draw's matter, with the facts that
    decide conflicts: a target's own unit, an inspector's unit and declared relations."""
    targets = InspectionTarget.objects.filter(matter_id=d.matter_id, status=PUBLISHED).order_by(
        "pk"
    )
    inspectors = (
        Inspector.objects.filter(matters=d.matter_id, status=PUBLISHED)
        .prefetch_related("related_targets")
        .order_by("pk")
        .distinct()
    )
    return {
        "targets": [
            {"id": str(t.pk), "name": t.title, "unit": str(t.related_unit_id or "")}
            for t in targets
        ],
        "inspectors": [
            {
                "id": str(p.pk),
                "name": p.title,
                "unit": str(p.unit_id),
                "related": sorted(str(t.pk) for t in p.related_targets.all()),
            }
            for p in inspectors
        ],
    }


def _announce(actor, d: InspectionDraw) -> None:
    """Publishing the plan: snapshot the registers, fix and publish the seed."""
    if d.stage == InspectionDraw.Stage.DRAWN:
        raise ValidationError("该抽查已完成抽取，不能重新公布")
    if d.matter.status != PUBLISHED:
        raise ValidationError("抽查事项尚未公开，请先公开抽查事项")
    pool = pool_for(d)
    if len(pool["targets"]) < d.k_targets:
        raise ValidationError(
            f"检查对象名录库中只有{len(pool['targets'])}个已公开的检查对象，少于拟抽取的{d.k_targets}个"
        )
    if len(pool["inspectors"]) < d.m_inspectors:
        raise ValidationError(
            f"执法检查人员名录库中只有{len(pool['inspectors'])}名已公开的人员，少于拟抽取的{d.m_inspectors}名"
        )
    d.params = {
        "draw": str(d.pk),
        "title": d.title,
        "unit": d.unit.name,
        "matter": {"id": str(d.matter_id), "title": d.matter.title},
        "k": d.k_targets,
        "m": d.m_inspectors,
        "inspect_from": d.inspect_from.isoformat() if d.inspect_from else None,
        "inspect_to": d.inspect_to.isoformat() if d.inspect_to else None,
        "announced_on": timezone.localdate().isoformat(),
    }
    d.pool = pool
    d.registers_hash = rule.content_hash(pool)
    d.seed = rule.seed_for(d.params, d.registers_hash)
    d.stage = InspectionDraw.Stage.ANNOUNCED
    d.result = {}


def _guard(d: InspectionDraw, action: str, data: dict | None = None) -> None:
    if action in ("revise", "withdraw") and d.stage == InspectionDraw.Stage.DRAWN:
        raise ValidationError("已完成抽取的抽查不能撤回或修订，抽取结果须保持可复核")


PUBLISH_STEPS["draws"] = _announce
GUARDS["draws"] = _guard


@transaction.atomic
def draw_perform(*, actor, draw: InspectionDraw) -> InspectionDraw:
    """Run the published rule on the published seed and snapshot."""
    d = InspectionDraw.objects.select_for_update().get(pk=draw.pk)
    require_unit(actor, d.unit)
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("抽取需要审核员或公开办")
    if d.status != PUBLISHED or d.stage != InspectionDraw.Stage.ANNOUNCED or not d.seed:
        raise ValidationError("抽查计划公布（随机种子固定）后才能抽取，且只能抽取一次")
    result = rule.run(d.seed, d.pool, d.k_targets, d.m_inspectors)
    if len(result["inspectors"]["candidates"]) < d.m_inspectors:
        raise ValidationError(
            f"排除利害关系人员后只剩{len(result['inspectors']['candidates'])}名执法检查人员，"
            f"少于拟抽取的{d.m_inspectors}名，请补充名录后重新公布计划"
        )
    d.result = result
    d.stage = InspectionDraw.Stage.DRAWN
    d.drawn_at = timezone.now()
    d.save()
    from gongkai.search.registry import schedule_reindex

    schedule_reindex(search_source(SPECS["draws"]), d.pk)
    audit_record(
        actor=actor, action="registers.draw_perform", obj=d,
        summary=f"随机抽取《{d.title}》：检查对象{len(result['targets']['selected'])}个，"
        f"执法检查人员{len(result['inspectors']['selected'])}名",
        changes={"seed": d.seed, "selected": {
            "targets": result["targets"]["selected"],
            "inspectors": result["inspectors"]["selected"],
        }},
    )  # fmt: skip
    return d


@transaction.atomic
def result_record(
    *,
    actor,
    draw: InspectionDraw,
    target_id: int,
    kind: str,
    formed_on: dt.date,
    outcome: str,
    text: str = "",
) -> InspectionResult:
    """Record a drawn target's result or penalty; its publication deadline follows."""
    d = InspectionDraw.objects.select_for_update().get(pk=draw.pk)
    require_unit(actor, d.unit)
    if d.stage != InspectionDraw.Stage.DRAWN:
        raise ValidationError("尚未抽取，不能登记检查结果")
    if str(target_id) not in d.result["targets"]["selected"]:
        raise ValidationError("该检查对象不在本次抽取结果中")
    if kind not in InspectionResult.Kind.values:
        raise ValidationError("请选择检查结果或行政处罚")
    if outcome not in InspectionResult.Outcome.values:
        raise ValidationError("请选择结果")
    if formed_on > timezone.localdate():
        raise ValidationError("日期不能晚于今天")
    if InspectionResult.objects.filter(draw=d, target_id=target_id, kind=kind).exists():
        raise ValidationError("该检查对象的此类结果已登记")
    r = InspectionResult(
        draw=d, target_id=target_id, kind=kind, formed_on=formed_on, outcome=outcome, text=text
    )
    r.set_deadline(result_deadline(kind, formed_on))
    r.save()
    audit_record(
        actor=actor, action="registers.result_record", obj=d,
        summary=f"登记{r.get_kind_display()}：{r.target.title}，{r.get_outcome_display()}，"
        f"应于{r.due}前公开",
    )  # fmt: skip
    return r


@transaction.atomic
def result_publish(*, actor, result: InspectionResult) -> InspectionResult:
    r = InspectionResult.objects.select_for_update().select_related("draw").get(pk=result.pk)
    require_unit(actor, r.draw.unit)
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("公开检查结果需要审核员或公开办")
    if r.published_at is not None:
        raise ValidationError("该结果已公开")
    r.published_at = timezone.now()
    r.save(update_fields=["published_at"])
    from gongkai.search.registry import schedule_reindex

    schedule_reindex(search_source(SPECS["draws"]), r.draw_id)
    late = r.due is not None and timezone.localdate() > r.due
    audit_record(
        actor=actor, action="registers.result_publish", obj=r.draw,
        summary=f"公开{r.get_kind_display()}：{r.target.title}" + ("（已超期）" if late else ""),
    )  # fmt: skip
    return r


def recompute_result_deadlines(years: set[int]) -> int:
    qs = InspectionResult.objects.filter(published_at__isnull=True, formed_on__year__in=years)
    return recompute_open(
        qs.select_related("draw__unit"),
        lambda r, cal: result_deadline(r.kind, r.formed_on, cal),
        audit_action="registers.result_deadline_recompute",
        summary=lambda r: f"抽查结果公开期限重新计算：{r.draw.title}",
    )
