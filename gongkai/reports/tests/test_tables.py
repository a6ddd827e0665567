"""Every cell of tables 二, 三, 四 and the fee figure for a built year (RULES §8)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gongkai.reports.compute import compute_report
from gongkai.reports.models import AnnualReport
from gongkai.reports.tables import applicant_keys, outcome_keys
from gongkai.reports.tests.conftest import YEAR, outcome_count

pytestmark = pytest.mark.django_db


def expected_section3() -> dict[str, dict[str, int]]:
    types = applicant_keys()
    outcomes = outcome_keys()
    exp: dict[str, dict[str, int]] = {}
    for i, o in enumerate(outcomes):
        exp[o] = {t: outcome_count(i, j) for j, t in enumerate(types)}
    exp["disclosed"]["natural"] += 2
    exp["disclosed"]["commercial"] += 1
    exp["total"] = {t: sum(exp[o][t] for o in outcomes) for t in types}
    base = {t: sum(outcome_count(i, j) for i in range(len(outcomes))) for j, t in enumerate(types)}
    exp["new"] = dict(base)
    exp["new"]["natural"] += 1
    exp["new"]["legal_service"] += 2
    exp["new"]["research"] += 1
    exp["carried_over"] = dict.fromkeys(types, 0) | {"natural": 2, "commercial": 2}
    exp["carried_forward"] = dict.fromkeys(types, 0) | {
        "natural": 1,
        "legal_service": 2,
        "research": 1,
        "commercial": 1,
    }
    for row in exp.values():
        row["total"] = sum(row[t] for t in types)
    return exp


def test_section3_every_cell(year_data, dept_a):
    data = compute_report(dept_a, YEAR)
    table = data.section3
    exp = expected_section3()
    assert [r.key for r in table.rows] == [
        "new",
        "carried_over",
        *outcome_keys(),
        "total",
        "carried_forward",
    ]
    assert [c.key for c in table.columns] == [*applicant_keys(), "total"]
    for row in table.rows:
        for col in table.columns:
            assert table.cell(row.key, col.key) == exp[row.key][col.key], (row.key, col.key)
    # every outcome and every applicant type occurs in the data
    assert all(exp[o]["total"] > 0 for o in outcome_keys())
    assert all(exp["new"][t] > 0 for t in applicant_keys())


def test_section3_labels_follow_national_format(dept_a, db):
    table = compute_report(dept_a, YEAR).section3
    cols = [c.path for c in table.columns]
    assert cols[0] == ("申请人情况", "自然人")
    assert cols[1] == ("申请人情况", "法人或其他组织", "商业企业")
    assert [c[-1] for c in cols[1:6]] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]
    assert cols[6] == ("申请人情况", "总计")
    labels = [r.path for r in table.rows]
    assert labels[0] == ("一、本年新收政府信息公开申请数量",)
    assert labels[1] == ("二、上年结转政府信息公开申请数量",)
    assert labels[2] == ("三、本年度办理结果", "（一）予以公开")
    assert labels[4] == ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密")
    assert labels[-2] == ("三、本年度办理结果", "（七）总计")
    assert labels[-1] == ("四、结转下年度继续办理",)
    assert len(table.rows) == 2 + 21 + 1 + 1


def test_section2_every_cell(year_data, dept_a):
    data = compute_report(dept_a, YEAR)
    rules, licensing, penalty, fees = data.section2
    assert rules.title == "第二十条第（一）项"
    assert [c.label for c in rules.columns] == ["本年制发件数", "本年废止件数", "现行有效件数"]
    assert rules.values == {
        "rule": {"issued": 1, "repealed": 1, "valid": 2},
        "normative": {"issued": 3, "repealed": 1, "valid": 4},
    }
    assert data.valid_last_year == {"rule": 2, "normative": 2}
    assert licensing.values == {"licensing": {"decisions": 120}}
    assert penalty.values == {"penalty": {"decisions": 35}, "enforcement": {"decisions": 4}}
    assert fees.values == {"fees": {"amount": Decimal("1.2345")}}
    assert fees.columns[0].label == "本年收费金额（单位：万元）"


def test_section4_every_cell(year_data, dept_a):
    row = compute_report(dept_a, YEAR).section4.values["cases"]
    assert row == {
        "review.upheld": 2,
        "review.corrected": 2,
        "review.other": 0,
        "review.pending": 2,
        "review.total": 6,
        "litigation_direct.upheld": 1,
        "litigation_direct.corrected": 0,
        "litigation_direct.other": 0,
        "litigation_direct.pending": 0,
        "litigation_direct.total": 1,
        "litigation_after_review.upheld": 0,
        "litigation_after_review.corrected": 0,
        "litigation_after_review.other": 1,
        "litigation_after_review.pending": 1,
        "litigation_after_review.total": 2,
    }
    cols = compute_report(dept_a, YEAR).section4.columns
    assert cols[0].path == ("行政复议", "结果维持")
    assert cols[5].path == ("行政诉讼", "未经复议直接起诉", "结果维持")
    assert cols[14].path == ("行政诉讼", "复议后起诉", "总计")


def test_fee_figure(year_data, dept_a):
    assert compute_report(dept_a, YEAR).fees_yuan == Decimal("300.00")


def test_rollup_covers_subtree(year_data, gov, dept_a):
    own = compute_report(gov, YEAR)
    assert own.section3.cell("new", "total") == 0
    rollup = compute_report(gov, YEAR, AnnualReport.Scope.ROLLUP)
    a = compute_report(dept_a, YEAR)
    assert rollup.section3.cell("new", "total") == a.section3.cell("new", "total") + 1
    assert rollup.section2[1].values["licensing"]["decisions"] == 120 + 999
