"""Writes of assessment (考核评估): indicator sets, scores, rankings, publication."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import require_role, require_unit
from gongkai.reports.models import (
    AssessmentRound,
    Indicator,
    IndicatorSet,
    Score,
)
from gongkai.reports.services.annual import EDIT_ROLES, PUBLISH_ROLES  # noqa: F401


def _auto_scores(round_: AssessmentRound, units: list[Unit]) -> dict[tuple[int, int], tuple]:
    """(indicator, unit) -> (score, evidence, no_data) for the automatic indicators."""
    from django.db.models import Count, F, Q

    from gongkai.foi.models import Application
    from gongkai.reports import scoring
    from gongkai.reports.compliance import coverage, judged_columns, timeliness_by_unit
    from gongkai.reports.compute import Year

    y = Year(round_.year)
    indicators = list(round_.indicator_set.indicators.exclude(method=Indicator.Method.MANUAL))
    methods = {i.method for i in indicators}
    timeliness = (
        timeliness_by_unit(round_.year, units)
        if (Indicator.Method.PUBLICATION_TIMELINESS in methods)
        else {}
    )
    apps: dict[int, dict] = {}
    if Indicator.Method.APPLICATIONS_ON_TIME in methods:
        today = timezone.localdate()
        for r in (
            Application.objects.filter(unit__in=units, due__isnull=False)
            .filter(
                Q(replied_on__range=(y.start, y.end))
                | Q(replied_on__isnull=True, due__lte=min(y.end, today))
            )
            .values("unit")
            .annotate(
                n=Count("id"),
                late=Count(
                    "id",
                    filter=Q(replied_on__gt=F("due"))
                    | Q(replied_on__isnull=True, due__lt=min(y.end, today)),
                ),
            )
            .order_by()
        ):
            apps[r["unit"]] = {"total": r["n"], "late": r["late"]}
    msgs: dict[int, dict] = {}
    feedback: dict[int, dict] = {}
    if methods & {Indicator.Method.MESSAGES_ON_TIME, Indicator.Method.FEEDBACK_ON_TIME}:
        msgs, feedback = _participation_timeliness(y, units)
    out = {}
    for ind in indicators:
        for unit in units:
            if ind.method == Indicator.Method.PUBLICATION_TIMELINESS:
                t = timeliness.get(unit.pk, {"total": 0, "on_time": 0, "unpublished": 0})
                total, good = t["total"], t["on_time"]
                evidence = {
                    "应限时公开": t["total"],
                    "按时公开": t["on_time"],
                    "逾期未公开": t["unpublished"],
                    "说明": "按发布时间不晚于应公开时限计；过了时限仍未发布的计为未按时",
                }
            elif ind.method == Indicator.Method.APPLICATIONS_ON_TIME:
                a = apps.get(unit.pk, {"total": 0, "late": 0})
                total, good = a["total"], a["total"] - a["late"]
                evidence = {"应答复申请": a["total"], "逾期": a["late"]}
            elif ind.method == Indicator.Method.MESSAGES_ON_TIME:
                m = msgs.get(unit.pk, {"total": 0, "late": 0})
                total, good = m["total"], m["total"] - m["late"]
                evidence = {"应答复留言": m["total"], "逾期": m["late"]}
            elif ind.method == Indicator.Method.FEEDBACK_ON_TIME:
                c = feedback.get(unit.pk, {"total": 0, "late": 0})
                total, good = c["total"], c["total"] - c["late"]
                evidence = {"应公开反馈": c["total"], "逾期或未公开": c["late"]}
            else:
                statuses = coverage(unit)
                judged = judged_columns(statuses)
                total, good = len(judged), sum(1 for s in judged if s.ok)
                evidence = {
                    "栏目数": len(statuses),
                    "空白栏目": sum(1 for s in statuses if s.empty),
                    "不更新栏目": sum(1 for s in statuses if s.stale),
                    "未按频率更新": sum(1 for s in statuses if s.missed_window),
                }
            evidence["计分规则"] = scoring.METHOD_RULES.get(ind.method, "")
            if not total:
                # Nothing to measure is not a perfect record (issue 20): 无数据, no marks.
                evidence["比率"] = scoring.NO_DATA
                out[(ind.pk, unit.pk)] = (Decimal("0.00"), evidence, True)
                continue
            ratio = good / total
            evidence["比率"] = f"{ratio:.1%}"
            out[(ind.pk, unit.pk)] = (scoring.points(ind.weight, ratio), evidence, False)
    return out


def _participation_timeliness(y, units) -> tuple[dict, dict]:
    """Per unit: messages due in the year and answered late or not at all; likewise the
    feedback on consultations (RULES §6: within 10 working days of the decision)."""
    from django.db.models import Count, F, Q

    from gongkai.participation.models import Consultation, Message

    today = timezone.localdate()
    cutoff = min(y.end, today)
    msgs = {}
    for r in (
        Message.objects.filter(unit__in=units, due__range=(y.start, cutoff))
        .exclude(status=Message.Status.INVALID)
        .values("unit")
        .annotate(
            n=Count("id"),
            late=Count(
                "id", filter=Q(answered_at__isnull=True) | Q(answered_at__date__gt=F("due"))
            ),
        )
        .order_by()
    ):
        msgs[r["unit"]] = {"total": r["n"], "late": r["late"]}
    feedback = {}
    for r in (
        Consultation.objects.filter(unit__in=units, due__range=(y.start, cutoff))
        .values("unit")
        .annotate(
            n=Count("id"),
            late=Count(
                "id",
                filter=Q(summary_published_at__isnull=True)
                | Q(summary_published_at__date__gt=F("due")),
            ),
        )
        .order_by()
    ):
        feedback[r["unit"]] = {"total": r["n"], "late": r["late"]}
    return msgs, feedback


@transaction.atomic
def indicator_set_create(*, actor: User, name: str, indicators: list[dict]) -> IndicatorSet:
    """``indicators``: ``[{"name", "weight", "method"}]``; weights are points."""
    require_role(actor, Role.OFFICE)
    name = (name or "").strip()
    if not name:
        raise ValidationError("请填写指标体系名称")
    if IndicatorSet.objects.filter(name=name).exists():
        raise ValidationError("已有同名的指标体系")
    if not indicators:
        raise ValidationError("请至少设置一项指标")
    s = IndicatorSet.objects.create(name=name[:100])
    for i, spec in enumerate(indicators):
        if spec.get("method") not in Indicator.Method.values:
            raise ValidationError(f"第 {i + 1} 项指标的评分方式不正确")
        try:
            weight = Decimal(str(spec.get("weight")))
        except InvalidOperation:
            raise ValidationError(f"第 {i + 1} 项指标的分值应为数字") from None
        if weight <= 0:
            raise ValidationError(f"第 {i + 1} 项指标的分值应大于 0")
        Indicator.objects.create(
            indicator_set=s,
            name=str(spec.get("name") or "")[:100] or f"指标{i + 1}",
            weight=weight,
            method=spec["method"],
            sort_order=i,
        )
    audit_record(
        actor=actor,
        action="reports.indicator_set_create",
        obj=s,
        summary=f"新建考核指标体系“{s.name}”",
    )
    return s


@transaction.atomic
def assessment_score(
    *, actor: User, indicator_set: IndicatorSet, root: Unit, year: int
) -> AssessmentRound:
    """Create or rescore a round: automatic indicators are (re)measured, hand scores kept."""
    require_role(actor, Role.OFFICE)
    require_unit(actor, root)
    round_, _ = AssessmentRound.objects.get_or_create(
        indicator_set=indicator_set, root=root, year=year
    )
    if round_.status == AssessmentRound.Status.PUBLISHED:
        raise ValidationError("考核结果已公布，不能重新评分")
    units = list(Unit.objects.filter(path__startswith=root.path).exclude(pk=root.pk)) or [root]
    round_.no_data_rule = conf.get("GONGKAI_ASSESSMENT_NO_DATA")
    round_.save(update_fields=["no_data_rule"])
    for (ind_id, unit_id), (score, evidence, no_data) in _auto_scores(round_, units).items():
        Score.objects.update_or_create(
            round=round_,
            indicator_id=ind_id,
            unit_id=unit_id,
            defaults={"score": score, "evidence": evidence, "by_hand": False, "no_data": no_data},
        )
    audit_record(
        actor=actor,
        action="reports.assessment_score",
        obj=round_,
        unit=root,
        summary=f"{round_}自动评分",
    )
    return round_


@transaction.atomic
def assessment_score_by_hand(
    *, actor: User, round_: AssessmentRound, indicator: Indicator, unit: Unit, score, note: str
) -> Score:
    require_role(actor, Role.OFFICE)
    require_unit(actor, round_.root)
    require_unit(actor, unit)
    if round_.status == AssessmentRound.Status.PUBLISHED:
        raise ValidationError("考核结果已公布，不能修改")
    if (
        indicator.indicator_set_id != round_.indicator_set_id
        or indicator.method != Indicator.Method.MANUAL
    ):
        raise ValidationError("该指标不是本次考核的人工评分指标")
    try:
        value = Decimal(str(score))
    except InvalidOperation:
        raise ValidationError("得分应为数字") from None
    if value < 0 or value > indicator.weight:
        raise ValidationError(f"得分应在 0 至 {indicator.weight} 之间")
    obj, _ = Score.objects.update_or_create(
        round=round_,
        indicator=indicator,
        unit=unit,
        defaults={
            "score": value,
            "note": (note or "")[:2000],
            "by_hand": True,
            "no_data": False,
            "evidence": {"评分人": str(actor)},
        },
    )
    audit_record(
        actor=actor,
        action="reports.assessment_hand_score",
        obj=round_,
        unit=unit,
        summary=f"{unit}“{indicator}”人工评分 {value}",
        changes={"note": note[:200]},
    )
    return obj


def ranking(round_: AssessmentRound) -> list[dict]:
    """Units by total score, highest first (ties share a rank). An indicator a unit has no
    data for counts as the round's rule says (``reports.scoring``); ``explanation`` says
    how each total was made."""
    from gongkai.reports import scoring

    weights = {i.pk: i.weight for i in round_.indicator_set.indicators.all()}
    full = sum(weights.values(), Decimal(0))
    cells: dict[int, list] = {}
    names: dict[int, str] = {}
    for s in Score.objects.filter(round=round_).values(
        "unit", "unit__name", "indicator", "score", "no_data"
    ):
        if s["indicator"] not in weights:
            continue
        names[s["unit"]] = s["unit__name"]
        cells.setdefault(s["unit"], []).append(
            scoring.Cell(weights[s["indicator"]], s["score"], s["no_data"])
        )
    rows = []
    for unit_id, unit_cells in cells.items():
        t = scoring.total(unit_cells, full, round_.no_data_rule)
        rows.append(
            {
                "unit": unit_id,
                "unit__name": names[unit_id],
                "total": t.value,
                "explanation": t.explanation,
            }
        )
    return scoring.rank(rows)


@transaction.atomic
def assessment_publish(*, actor: User, round_: AssessmentRound) -> AssessmentRound:
    round_ = AssessmentRound.objects.select_for_update().get(pk=round_.pk)
    require_role(actor, Role.OFFICE)
    require_unit(actor, round_.root)
    if round_.status == AssessmentRound.Status.PUBLISHED:
        raise ValidationError("考核结果已经公布")
    manual = list(round_.indicator_set.indicators.filter(method=Indicator.Method.MANUAL))
    units = Unit.objects.filter(path__startswith=round_.root.path).exclude(pk=round_.root_id)
    expected = len(manual) * units.count()
    have = Score.objects.filter(round=round_, indicator__in=manual).count()
    if have < expected:
        raise ValidationError(f"还有 {expected - have} 项人工评分未完成，不能公布")
    round_.status = AssessmentRound.Status.PUBLISHED
    round_.published_at = timezone.now()
    round_.save()
    audit_record(
        actor=actor,
        action="reports.assessment_publish",
        obj=round_,
        unit=round_.root,
        summary=f"公布{round_}排名",
    )
    return round_
