"""Every write of the reports app, each with its audit row."""

from __future__ import annotations

import csv
import io
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import conf, plugs
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import require_role, require_unit
from gongkai.reports.checks import run_checks
from gongkai.reports.compute import compute_report
from gongkai.reports.models import (
    AnnualReport,
    AssessmentRound,
    ExternalFigure,
    Indicator,
    IndicatorSet,
    Score,
)
from gongkai.reports.plugs import SOURCE as SEARCH_SOURCE
from gongkai.search.registry import schedule_reindex

EDIT_ROLES = (Role.EDITOR, Role.REVIEWER, Role.OFFICE, Role.LEADER)
PUBLISH_ROLES = (Role.REVIEWER, Role.OFFICE, Role.LEADER)


def overview_text(facts: dict, unit: Unit, year: int) -> str:
    """Pre-filled section 一 built from the year's figures; staff edit it afterwards."""
    return (
        f"{year}年，{unit.name}认真贯彻落实《中华人民共和国政府信息公开条例》，"
        f"全年主动公开政府信息{facts.get('items_published', 0)}条，"
        f"其中规章和行政规范性文件{facts.get('normative_published', 0)}件，"
        f"政策解读{facts.get('interpretations', 0)}篇，"
        f"行政许可和行政处罚信息{facts.get('licensing_penalty_items', 0)}条。"
        f"全年收到政府信息公开申请{facts.get('applications_received', 0)}件，"
        f"办结{facts.get('applications_replied', 0)}件，"
        f"其中超过法定期限答复{facts.get('applications_late', 0)}件。"
        f"发布意见征集{facts.get('consultations', 0)}次，"
        f"公开意见采纳反馈情况{facts.get('consultation_feedback', 0)}次；"
        f"收到网上留言{facts.get('messages_received', 0)}件，"
        f"答复{facts.get('messages_answered', 0)}件；"
        f"邀请公众列席会议{facts.get('meetings_public', 0)}次。"
    )


def _check_text(value: str, label: str, limit: int = 20000) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(f"“{label}”不能超过 {limit} 字")
    return value


@transaction.atomic
def report_start(
    *, actor: User, unit: Unit, year: int, scope: str = AnnualReport.Scope.OWN
) -> AnnualReport:
    """Open (or return) the draft of a unit's report, pre-filled from the data."""
    require_unit(actor, unit)
    require_role(actor, *EDIT_ROLES)
    if scope not in AnnualReport.Scope.values:
        raise ValidationError("报告范围不正确")
    this_year = timezone.localdate().year
    if not (2008 <= year <= this_year):
        raise ValidationError(f"年度应在 2008 至 {this_year} 之间")
    report = AnnualReport.objects.filter(unit=unit, year=year, scope=scope).first()
    if report is not None:
        return report
    data = compute_report(unit, year, scope)
    report = AnnualReport.objects.create(
        unit=unit,
        year=year,
        scope=scope,
        overview=overview_text(data.facts, unit, year),
        problems=plugs.report_section_text("problems", unit, year),
        other_matters="\n\n".join(
            p
            for p in (
                f"本年度收取政府信息公开信息处理费{data.fees_yuan}元。",
                plugs.report_section_text("other_matters", unit, year),
            )
            if p
        ),
    )
    audit_record(
        actor=actor,
        action="reports.start",
        obj=report,
        summary=f"新建{report.title}草稿",
        changes={"year": year, "scope": scope},
    )
    return report


@transaction.atomic
def report_update(
    *, actor: User, report: AnnualReport, overview: str, problems: str, other_matters: str
) -> AnnualReport:
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    require_unit(actor, report.unit)
    require_role(actor, *EDIT_ROLES)
    if report.is_published:
        raise ValidationError("报告已发布，不能再修改；如需更正请联系公开办")
    changes = {}
    for name, value, label in (
        ("overview", overview, "一、总体情况"),
        ("problems", problems, "五、存在的主要问题及改进情况"),
        ("other_matters", other_matters, "六、其他需要报告的事项"),
    ):
        value = _check_text(value, label)
        if getattr(report, name) != value:
            changes[name] = {"old": getattr(report, name)[:200], "new": value[:200]}
            setattr(report, name, value)
    report.save()
    audit_record(
        actor=actor,
        action="reports.update",
        obj=report,
        summary=f"修改{report.title}文字部分",
        changes=changes,
    )
    return report


@transaction.atomic
def report_publish(*, actor: User, report: AnnualReport) -> AnnualReport:
    """Run the checks and freeze the tables; refused while any check fails."""
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    require_unit(actor, report.unit)
    require_role(actor, *PUBLISH_ROLES)
    if report.is_published:
        raise ValidationError("报告已经发布")
    if report.year >= timezone.localdate().year:  # RULES §8: a report covers a whole year
        raise ValidationError(f"{report.year}年尚未结束，年度报告须在次年发布（可先保存草稿）")
    data = compute_report(report.unit, report.year, report.scope)
    results = run_checks(data)
    failed = [r for r in results if not r.ok]
    if failed:
        lines = [f"{r.name}：{'；'.join(r.failures)}" for r in failed]
        raise ValidationError("勾稽关系检查未通过，不能发布。" + " ".join(lines))
    if not report.overview.strip():
        raise ValidationError("请填写“一、总体情况”后再发布")
    report.tables = data.tables_json()
    report.facts = {**data.facts, "fees_yuan": str(data.fees_yuan)}
    report.status = AnnualReport.Status.PUBLISHED
    report.published_at = timezone.now()
    report.published_by = actor
    report.save()
    schedule_reindex(SEARCH_SOURCE, report.pk)
    audit_record(
        actor=actor,
        action="reports.publish",
        obj=report,
        summary=f"发布{report.title}",
        changes={"checks": [r.key for r in results]},
    )
    return report


# --- figures from other systems (section 二) ----------------------------------------

KIND_ALIASES = {
    "licensing": ExternalFigure.Kind.LICENSING,
    "行政许可": ExternalFigure.Kind.LICENSING,
    "penalty": ExternalFigure.Kind.PENALTY,
    "行政处罚": ExternalFigure.Kind.PENALTY,
    "enforcement": ExternalFigure.Kind.ENFORCEMENT,
    "行政强制": ExternalFigure.Kind.ENFORCEMENT,
    "fees": ExternalFigure.Kind.FEES,
    "行政事业性收费": ExternalFigure.Kind.FEES,
}


def _parse_value(kind: str, raw) -> Decimal:
    try:
        value = Decimal(str(raw).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"“{raw}”不是有效的数字") from None
    if value < 0 or value > Decimal("9999999999"):
        raise ValidationError("数值应为不小于 0 的数字")
    if kind != ExternalFigure.Kind.FEES and value != value.to_integral_value():
        raise ValidationError("处理决定数量应为整数")
    return value


@transaction.atomic
def external_figure_set(
    *, actor: User, unit: Unit, year: int, kind: str, value, source: str
) -> ExternalFigure:
    require_unit(actor, unit)
    require_role(actor, *EDIT_ROLES)
    if kind not in ExternalFigure.Kind.values:
        raise ValidationError("项目不正确")
    source = (source or "").strip()
    if not source:
        raise ValidationError("请注明数据来源（如导出该数据的系统和日期）")
    if AnnualReport.objects.filter(
        unit=unit, year=year, status=AnnualReport.Status.PUBLISHED
    ).exists():
        raise ValidationError(f"{year}年度报告已发布，不能再修改其数据")
    number = _parse_value(kind, value)
    fig, created = ExternalFigure.objects.select_for_update().get_or_create(
        unit=unit,
        year=year,
        kind=kind,
        defaults={"value": number, "source": source[:300], "entered_by": actor},
    )
    old = None if created else str(fig.value)
    if not created:
        fig.value, fig.source, fig.entered_by = number, source[:300], actor
        fig.save()
    audit_record(
        actor=actor,
        action="reports.figure_set",
        obj=fig,
        unit=unit,
        summary=f"录入{year}年{fig.get_kind_display()}：{number}（来源：{source[:60]}）",
        changes={"old": old, "new": str(number), "source": source[:300]},
    )
    return fig


def parse_figures_file(name: str, content: bytes) -> list[tuple[str, str]]:
    """Rows ``(项目, 数值)`` from a CSV (UTF-8 or GBK) or XLSX file with a header row."""
    rows: list[list] = []
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a damaged file
            raise ValidationError("无法读取该 XLSX 文件，请确认文件未损坏") from None
        rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
    elif name.lower().endswith(".csv"):
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = content.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationError("无法识别 CSV 文件的编码，请另存为 UTF-8")
        rows = list(csv.reader(io.StringIO(text)))
    else:
        raise ValidationError("只能导入 .csv 或 .xlsx 文件")
    out = []
    for i, row in enumerate(rows):
        cells = [("" if c is None else str(c)).strip() for c in row]
        if not any(cells):
            continue
        if i == 0 and cells[0] in ("项目", "kind", "指标"):
            continue
        if len(cells) < 2:
            raise ValidationError(f"第 {i + 1} 行应有“项目”和“数值”两列")
        out.append((cells[0], cells[1]))
    if not out:
        raise ValidationError("文件中没有数据行")
    return out


@transaction.atomic
def external_figures_import(
    *, actor: User, unit: Unit, year: int, name: str, content: bytes, source: str
) -> list[ExternalFigure]:
    """Import all rows or none: a bad row names its line and nothing is saved."""
    rows = parse_figures_file(name, content)
    figures = []
    for line, (label, value) in enumerate(rows, start=1):
        kind = KIND_ALIASES.get(label)
        if kind is None:
            raise ValidationError(
                f"第 {line} 条数据的项目“{label}”无法识别，应为：行政许可、行政处罚、行政强制、行政事业性收费"
            )
        try:
            figures.append(
                external_figure_set(
                    actor=actor,
                    unit=unit,
                    year=year,
                    kind=kind,
                    value=value,
                    source=f"{source}（导入文件：{name}）",
                )
            )
        except ValidationError as exc:
            raise ValidationError(f"第 {line} 条数据：{'；'.join(exc.messages)}") from None
    return figures


def ensure_can_view(user, report: AnnualReport) -> None:
    """Published reports are public (on the site their unit belongs to); drafts only for
    staff of the unit's scope."""
    from gongkai.core import sites

    if report.is_published and sites.public_units().filter(pk=report.unit_id).exists():
        return
    try:
        require_unit(user, report.unit)
    except PermissionDenied:
        from django.http import Http404

        raise Http404("未找到该报告") from None


# --- assessment (考核评估) -------------------------------------------------------------


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
