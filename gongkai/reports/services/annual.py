"""Writes of annual reports and the figures from other systems, each audited."""

from __future__ import annotations

import csv
import io
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import require_role, require_unit
from gongkai.reports.checks import run_checks
from gongkai.reports.compute import compute_report
from gongkai.reports.models import (
    AnnualReport,
    ExternalFigure,
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
