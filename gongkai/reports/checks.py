"""The checks (勾稽关系) a report must pass before it is published (RULES §8).

Each check returns its failures with the numbers that fail it, so that staff can see
what to correct: a column, the figures on both sides, the applications concerned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gongkai.reports import tables as T
from gongkai.reports.compute import ReportData, tables_from_json
from gongkai.reports.models import AnnualReport


@dataclass
class CheckResult:
    key: str
    name: str
    ok: bool
    failures: list[str] = field(default_factory=list)
    note: str = ""

    def as_json(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "ok": self.ok,
            "failures": self.failures,
            "note": self.note,
        }


def check_columns(data: ReportData) -> CheckResult:
    """Per column: 新收 + 上年结转 = 办理结果总计 + 结转下年度."""
    t = data.section3
    failures = []
    for col in t.columns:
        new = t.cell(T.S3_NEW, col.key)
        over = t.cell(T.S3_CARRIED_OVER, col.key)
        total = t.cell(T.S3_TOTAL, col.key)
        fwd = t.cell(T.S3_FORWARD, col.key)
        if new + over != total + fwd:
            failures.append(
                f"“{'·'.join(col.path[1:])}”列：本年新收 {new} + 上年结转 {over} = {new + over}，"
                f"办理结果总计 {total} + 结转下年度 {fwd} = {total + fwd}"
            )
    return CheckResult(
        "columns", "三、各列：新收＋上年结转＝办理结果总计＋结转下年度", not failures, failures
    )


def check_valid_documents(data: ReportData, last_year: AnnualReport | None) -> CheckResult:
    """现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止 (rules, normative documents)."""
    t = data.section2[0]
    previous = dict(data.valid_last_year)
    source = "按现有数据计算的上年末现行有效件数"
    if last_year is not None and last_year.tables:
        frozen = tables_from_json(last_year.tables).get("s2_rules")
        if frozen is not None:
            previous = {r.key: frozen.cell(r.key, "valid") for r in frozen.rows}
            source = f"上年度已发布报告（{last_year.published_at:%Y-%m-%d}）"
    failures = []
    for row in t.rows:
        issued = t.cell(row.key, "issued")
        repealed = t.cell(row.key, "repealed")
        valid = t.cell(row.key, "valid")
        before = previous.get(row.key, 0)
        if valid != before + issued - repealed:
            failures.append(
                f"{row.label}：现行有效 {valid} ≠ 上年现行有效 {before} + 本年制发 {issued} − "
                f"本年废止 {repealed} = {before + issued - repealed}"
            )
    return CheckResult(
        "valid_documents",
        "二、现行有效件数＝上年现行有效件数＋本年制发－本年废止",
        not failures,
        failures,
        note=f"上年数来源：{source}",
    )


def check_carried_over(data: ReportData, last_year: AnnualReport | None) -> CheckResult:
    """本年“上年结转” = 上年度已发布报告的“结转下年度继续办理”, per column."""
    name = "三、上年结转＝上年度报告的结转下年度继续办理"
    if last_year is None or not last_year.tables:
        return CheckResult("carried_over", name, True, note="没有上年度已发布的报告，无法比对")
    frozen = tables_from_json(last_year.tables).get("s3")
    t = data.section3
    failures = []
    for col in t.columns:
        now = t.cell(T.S3_CARRIED_OVER, col.key)
        then = frozen.cell(T.S3_FORWARD, col.key) if frozen else 0
        if now != then:
            failures.append(
                f"“{'·'.join(col.path[1:])}”列：本年上年结转 {now}，"
                f"{last_year.year}年度报告结转下年度 {then}"
            )
    return CheckResult("carried_over", name, not failures, failures)


def check_each_once(data: ReportData) -> CheckResult:
    """Every application of the year is counted exactly once on each side of the table."""
    t = data.section3
    n = data.relevant_applications
    failures = []
    inputs = t.cell(T.S3_NEW, "total") + t.cell(T.S3_CARRIED_OVER, "total")
    outputs = t.cell(T.S3_TOTAL, "total") + t.cell(T.S3_FORWARD, "total")
    if inputs != n:
        failures.append(f"本年应统计的申请 {n} 件，新收与上年结转合计 {inputs} 件")
    if outputs != n:
        failures.append(f"本年应统计的申请 {n} 件，办理结果与结转下年度合计 {outputs} 件")
    for a in data.anomalies:
        sample = "、".join(a["sample"])
        failures.append(f"{a['label']}：{a['count']} 件（{sample}）")
    return CheckResult("each_once", "三、本年度每件申请恰好统计一次", not failures, failures)


def last_published(unit, year: int, scope: str) -> AnnualReport | None:
    return AnnualReport.objects.filter(
        unit=unit, year=year - 1, scope=scope, status=AnnualReport.Status.PUBLISHED
    ).first()


def run_checks(data: ReportData) -> list[CheckResult]:
    previous = last_published(data.unit, data.year, data.scope)
    return [
        check_columns(data),
        check_valid_documents(data, previous),
        check_carried_over(data, previous),
        check_each_once(data),
    ]
