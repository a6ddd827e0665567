"""The checks (勾稽关系) on hand-made tables, without a database (RULES §8).

Each test pins one comparison of ``reports/checks.py`` that mutation testing
(``make mutation``) found unpinned: which side of each identity a figure is on, the
per-column messages, the source of last year's figures.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from gongkai.reports import tables as T
from gongkai.reports.checks import (
    CheckResult,
    check_carried_over,
    check_columns,
    check_each_once,
    check_valid_documents,
)
from gongkai.reports.compute import ReportData
from gongkai.reports.models import AnnualReport


def data(
    s3: dict[str, dict[str, int]] | None = None,
    rules: dict[str, dict[str, int]] | None = None,
    valid_last_year: dict[str, int] | None = None,
    relevant: int = 0,
    anomalies: list[dict] | None = None,
) -> ReportData:
    section3 = T.section3_table()
    section3.values = s3 or {}
    section2 = T.section2_tables()
    section2[0].values = rules or {}
    return ReportData(
        unit=None,  # type: ignore[arg-type]
        year=2025,
        scope="unit",
        section2=section2,
        section3=section3,
        section4=T.section4_table(),
        fees_yuan=Decimal(0),
        valid_last_year=valid_last_year or {},
        relevant_applications=relevant,
        anomalies=anomalies or [],
    )


def s3(new=0, over=0, total=0, fwd=0, col="natural") -> dict[str, dict[str, int]]:
    return {
        T.S3_NEW: {col: new, "total": new},
        T.S3_CARRIED_OVER: {col: over, "total": over},
        T.S3_TOTAL: {col: total, "total": total},
        T.S3_FORWARD: {col: fwd, "total": fwd},
    }


def test_column_identity_holds_with_figures_on_both_sides():
    """RULES §8: new + carried over = total outcomes + carried forward, per column."""
    result = check_columns(data(s3(new=5, over=2, total=6, fwd=1)))
    assert result.ok and result.failures == []
    assert result.key == "columns"


def test_column_identity_fails_and_names_the_column_and_both_sums():
    """RULES §8: a failing column is named with the figures on each side."""
    result = check_columns(data(s3(new=5, over=2, total=6, fwd=0)))
    assert not result.ok
    assert result.failures == [
        "“自然人”列：本年新收 5 + 上年结转 2 = 7，办理结果总计 6 + 结转下年度 0 = 6",
        "“总计”列：本年新收 5 + 上年结转 2 = 7，办理结果总计 6 + 结转下年度 0 = 6",
    ]
    both = check_columns(data(s3(new=5, over=2, total=4, fwd=2)))
    assert both.failures[0] == (
        "“自然人”列：本年新收 5 + 上年结转 2 = 7，办理结果总计 4 + 结转下年度 2 = 6"
    )
    # moving a figure to the other side of the identity is a failure too
    assert not check_columns(data(s3(new=5, over=0, total=6, fwd=1))).ok
    assert not check_columns(data(s3(new=3, over=2, total=4, fwd=0))).ok


def test_valid_documents_follow_from_last_year():
    """RULES §8: valid now = valid last year + issued − repealed (rules and normative
    documents), with last year's figures from the data when no report was published."""
    rules = {
        "rule": {"issued": 1, "repealed": 1, "valid": 2},
        "normative": {"issued": 3, "repealed": 1, "valid": 4},
    }
    ok = check_valid_documents(data(rules=rules, valid_last_year={"rule": 2, "normative": 2}), None)
    assert ok.ok and ok.note == "上年数来源：按现有数据计算的上年末现行有效件数"
    bad = check_valid_documents(
        data(rules=rules, valid_last_year={"rule": 2, "normative": 3}), None
    )
    assert not bad.ok
    assert bad.failures == [
        "行政规范性文件：现行有效 4 ≠ 上年现行有效 3 + 本年制发 3 − 本年废止 1 = 5"
    ]
    # a row without a figure for last year counts from 0
    fresh = {"rule": {"issued": 2, "repealed": 0, "valid": 2}}
    assert check_valid_documents(data(rules=fresh, valid_last_year={}), None).ok
    # issued and repealed are on opposite sides: swapping them is a failure
    swapped = {"rule": {"issued": 1, "repealed": 3, "valid": 4}}
    assert not check_valid_documents(data(rules=swapped, valid_last_year={"rule": 2}), None).ok


def _last_year(s3_values=None, rules_values=None) -> AnnualReport:
    section3 = T.section3_table()
    section3.values = s3_values or {}
    section2 = T.section2_tables()
    section2[0].values = rules_values or {}
    return AnnualReport(
        year=2024,
        tables={
            "section2": [t.as_json() for t in section2],
            "section3": section3.as_json(),
            "section4": T.section4_table().as_json(),
        },
        published_at=timezone.make_aware(dt.datetime(2025, 1, 20, 9)),
    )


def test_valid_documents_use_last_years_published_report():
    """RULES §8: last year's valid count comes from last year's published report."""
    last = _last_year(rules_values={"rule": {"valid": 5}, "normative": {"valid": 0}})
    rules = {"rule": {"issued": 1, "repealed": 0, "valid": 6}}
    result = check_valid_documents(data(rules=rules, valid_last_year={"rule": 99}), last)
    assert result.ok, result.failures
    assert result.note == "上年数来源：上年度已发布报告（2025-01-20）"


def test_carried_over_matches_last_years_carried_forward():
    """RULES §8: this year's 上年结转 equals last year's 结转下年度继续办理, per column."""
    last = _last_year(s3_values={T.S3_FORWARD: {"natural": 3, "total": 3}})
    assert check_carried_over(data(s3(over=3)), last).ok
    bad = check_carried_over(data(s3(over=2)), last)
    assert not bad.ok
    assert bad.failures[0] == "“自然人”列：本年上年结转 2，2024年度报告结转下年度 3"
    none = check_carried_over(data(s3(over=2)), None)
    assert none.ok and none.note == "没有上年度已发布的报告，无法比对"
    empty = AnnualReport(year=2024, tables={})
    assert check_carried_over(data(s3(over=2)), empty).ok
    # last year's report without table 三: nothing was carried forward
    no_s3 = _last_year()
    del no_s3.tables["section3"]
    assert check_carried_over(data(s3(over=0)), no_s3).ok
    assert not check_carried_over(data(s3(over=1)), no_s3).ok


def test_each_application_once_on_each_side():
    """RULES §8: every application of the year is counted once as input and once as
    output; anomalies are listed with a sample."""
    good = check_each_once(data(s3(new=4, over=1, total=3, fwd=2), relevant=5))
    assert good.ok and good.failures == []
    short_in = check_each_once(data(s3(new=3, over=1, total=3, fwd=2), relevant=5))
    assert short_in.failures == ["本年应统计的申请 5 件，新收与上年结转合计 4 件"]
    short_out = check_each_once(data(s3(new=4, over=1, total=3, fwd=1), relevant=5))
    assert short_out.failures == ["本年应统计的申请 5 件，办理结果与结转下年度合计 4 件"]
    odd = check_each_once(
        data(
            s3(new=4, over=1, total=3, fwd=2),
            relevant=5,
            anomalies=[{"label": "申请人类型不在年报列中", "count": 1, "sample": ["YSQ1"]}],
        )
    )
    assert not odd.ok and odd.failures == ["申请人类型不在年报列中：1 件（YSQ1）"]


def test_check_result_as_json():
    """RULES §8: the checks are shown to staff as they are."""
    r = CheckResult("k", "名", False, ["一"], "注")
    assert r.as_json() == {"key": "k", "name": "名", "ok": False, "failures": ["一"], "note": "注"}
