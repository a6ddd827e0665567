"""The checks before publication, each with a deliberately broken input (RULES §8)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from gongkai.reports.checks import run_checks
from gongkai.reports.compute import compute_report
from gongkai.reports.models import AnnualReport
from gongkai.reports.services import report_publish, report_start
from gongkai.reports.tests import factories as f
from gongkai.reports.tests.conftest import YEAR

pytestmark = pytest.mark.django_db


def checks(unit, year=YEAR):
    return {c.key: c for c in run_checks(compute_report(unit, year))}


def test_consistent_year_passes_every_check(year_data, dept_a):
    result = checks(dept_a)
    assert all(c.ok for c in result.values()), {k: c.failures for k, c in result.items()}
    data = compute_report(dept_a, YEAR)
    t = data.section3
    for col in t.columns:  # the identity itself, per column
        assert t.cell("new", col.key) + t.cell("carried_over", col.key) == t.cell(
            "total", col.key
        ) + t.cell("carried_forward", col.key)
    rules = data.section2[0]
    for row in rules.rows:
        assert rules.cell(row.key, "valid") == data.valid_last_year[row.key] + rules.cell(
            row.key, "issued"
        ) - rules.cell(row.key, "repealed")


def test_reply_without_outcome_breaks_column_identity(year_data, dept_a):
    bad = f.application(dept_a, received_on=dt.date(YEAR, 6, 1), replied_on=dt.date(YEAR, 6, 9))
    f.add_applications([bad])
    result = checks(dept_a)
    assert not result["columns"].ok
    msg = " ".join(result["columns"].failures)
    assert "“自然人”列" in msg and "结转下年度" in msg
    assert not result["each_once"].ok
    assert any(bad.tracking_number in x for x in result["each_once"].failures)


def test_unknown_applicant_type_is_not_counted_once(year_data, dept_a):
    f.add_applications(
        [f.application(dept_a, received_on=dt.date(YEAR, 6, 1), applicant_type="gov")]
    )
    result = checks(dept_a)
    assert result["columns"].ok  # the column sums still balance...
    each = result["each_once"]
    assert not each.ok  # ...but one application is missing from every column
    assert any("申请人类型不在年报列中：1 件" in x for x in each.failures)


def _publish_last_year(dept_a, reviewer_a):
    report = report_start(actor=reviewer_a, unit=dept_a, year=YEAR - 1)
    return report_publish(actor=reviewer_a, report=report)


def test_carried_over_must_match_last_years_report(year_data, dept_a, reviewer_a):
    last = _publish_last_year(dept_a, reviewer_a)
    assert last.tables["section3"]["rows"][-1]["values"]["total"] == 4
    assert checks(dept_a)["carried_over"].ok
    # an application of 2024 registered after the 2024 report was published
    f.add_applications([f.application(dept_a, received_on=dt.date(YEAR - 1, 12, 30))])
    result = checks(dept_a)["carried_over"]
    assert not result.ok
    assert "“自然人”列：本年上年结转 3，2024年度报告结转下年度 2" in result.failures


def test_valid_documents_must_follow_from_last_year(year_data, dept_a, reviewer_a):
    _publish_last_year(dept_a, reviewer_a)
    # a 2023 normative document imported after last year's report was published
    f.add_items([f.item(dept_a, kind="normative", published_on=dt.date(YEAR - 2, 3, 3))])
    result = checks(dept_a)["valid_documents"]
    assert not result.ok
    assert result.failures == [
        "行政规范性文件：现行有效 5 ≠ 上年现行有效 2 + 本年制发 3 − 本年废止 1 = 4"
    ]


def test_publish_refused_with_failing_numbers(year_data, dept_a, reviewer_a):
    f.add_applications(
        [f.application(dept_a, received_on=dt.date(YEAR, 6, 1), applicant_type="gov")]
    )
    report = report_start(actor=reviewer_a, unit=dept_a, year=YEAR)
    with pytest.raises(ValidationError) as exc:
        report_publish(actor=reviewer_a, report=report)
    assert "勾稽关系检查未通过" in exc.value.messages[0]
    assert "申请人类型不在年报列中：1 件" in exc.value.messages[0]
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.DRAFT


def test_publish_freezes_tables(year_data, dept_a, reviewer_a):
    report = report_start(actor=reviewer_a, unit=dept_a, year=YEAR)
    assert "全年主动公开政府信息" in report.overview
    report = report_publish(actor=reviewer_a, report=report)
    assert report.status == AnnualReport.Status.PUBLISHED
    assert report.tables["section6"]["fees_collected_yuan"] == "300.00"
    from gongkai.core.models import AuditEvent

    actions = set(
        AuditEvent.objects.filter(object_id=str(report.pk)).values_list("action", flat=True)
    )
    assert {"reports.start", "reports.publish"} <= actions
    # later data changes do not alter a published report
    f.add_applications([f.application(dept_a, received_on=dt.date(YEAR, 6, 1))])
    from gongkai.reports.selectors import report_json

    data = report_json(report)
    assert (
        data["section3"]["rows"][0]["values"]["natural"]
        == report.tables["section3"]["rows"][0]["values"]["natural"]
    )
    with pytest.raises(ValidationError):
        report_publish(actor=reviewer_a, report=report)
    from gongkai.reports.services import external_figure_set, report_update

    with pytest.raises(ValidationError, match="已发布"):
        report_update(actor=reviewer_a, report=report, overview="x", problems="", other_matters="")
    with pytest.raises(ValidationError, match="已发布"):
        external_figure_set(
            actor=reviewer_a, unit=report.unit, year=YEAR, kind="penalty", value=1, source="s"
        )


def test_editor_cannot_publish(year_data, dept_a, editor_a):
    from django.core.exceptions import PermissionDenied

    report = report_start(actor=editor_a, unit=dept_a, year=YEAR)
    with pytest.raises(PermissionDenied):
        report_publish(actor=editor_a, report=report)


def test_report_of_the_running_year_cannot_be_published(year_data, dept_a, reviewer_a):
    """RULES §8 (Art. 49): the report covers a whole year and is due in the next one;
    publishing it before the year has ended is refused, on 12-31 too, allowed on 01-01."""
    import time_machine
    from django.utils import timezone

    moment = timezone.make_aware(dt.datetime(YEAR, 12, 31, 23, 0))
    with time_machine.travel(moment, tick=False):
        report = report_start(actor=reviewer_a, unit=dept_a, year=YEAR)
        with pytest.raises(ValidationError) as exc:
            report_publish(actor=reviewer_a, report=report)
    assert f"{YEAR}年尚未结束" in exc.value.messages[0]
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.DRAFT
    moment = timezone.make_aware(dt.datetime(YEAR + 1, 1, 1, 9, 0))
    with time_machine.travel(moment, tick=False):
        assert report_publish(actor=reviewer_a, report=report).is_published
