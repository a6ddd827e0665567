"""Fair assessment scores (issue 20): no data is "无数据", never full marks; items never
published after their deadline count against timeliness; the rule is printed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from gongkai.reports import scoring, services
from gongkai.reports.tests import factories as f

D = dt.date
TZ = timezone.get_fixed_timezone(8 * 60)


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(18), tzinfo=TZ)


def _set(office):
    return services.indicator_set_create(
        actor=office,
        name="公平考核",
        indicators=[
            {"name": "依申请公开按期答复", "weight": "50", "method": "applications_on_time"},
            {"name": "主动公开及时", "weight": "50", "method": "publication_timeliness"},
        ],
    )


def _answered(unit, late=False):
    return f.application(
        unit,
        received_on=D(2025, 3, 3),
        outcome="disclosed",
        replied_on=D(2025, 4, 10) if late else D(2025, 3, 10),
        due=D(2025, 3, 31),
    )


@pytest.mark.django_db
def test_no_data_is_not_full_marks_and_the_page_says_so(dept_a, dept_b, gov, office, client):
    # dept_a answered its one application late; dept_b had no application at all.
    f.add_applications([_answered(dept_a, late=True)])
    f.add_items(
        [
            f.item(dept_a, kind="notice", published_on=D(2025, 5, 1), due=_at(D(2025, 5, 10))),
            f.item(dept_b, kind="notice", published_on=D(2025, 5, 1), due=_at(D(2025, 5, 10))),
        ]
    )
    with time_machine.travel(dt.datetime(2026, 2, 1, tzinfo=dt.UTC)):
        round_ = services.assessment_score(
            actor=office, indicator_set=_set(office), root=gov, year=2025
        )
    assert round_.no_data_rule == scoring.PRORATE
    s = round_.scores.get(unit=dept_b, indicator__method="applications_on_time")
    assert s.no_data and s.score == Decimal("0.00") and s.evidence["比率"] == "无数据"
    a = round_.scores.get(unit=dept_a, indicator__method="applications_on_time")
    assert not a.no_data and a.score == Decimal("0.00")
    totals = {r["unit__name"]: r["total"] for r in services.ranking(round_)}
    # dept_b: 50 of the 50 points that had data → 100; not 100 of 100 by free marks
    # on the other indicator, and dept_a, which had an application and missed it, 50.
    assert totals == {"测试县教育局": Decimal("100.00"), "测试县民政局": Decimal("50.00")}
    client.force_login(office)
    html = client.get(f"/workspace/reports/assessment/{round_.pk}/").content.decode()
    assert "无数据，不计入总分" in html
    assert "总分按有数据指标折算" in html
    assert "分值 × 按期答复数 ÷ 应答复申请数" in html  # the rule beside a measured score


@pytest.mark.django_db
def test_the_zero_rule_counts_missing_indicators_as_nothing(
    dept_a, dept_b, gov, office, settings, client
):
    settings.GONGKAI_ASSESSMENT_NO_DATA = "zero"
    f.add_applications([_answered(dept_a)])
    round_ = services.assessment_score(
        actor=office, indicator_set=_set(office), root=gov, year=2025
    )
    totals = {r["unit__name"]: r["total"] for r in services.ranking(round_)}
    assert totals == {"测试县民政局": Decimal("50.00"), "测试县教育局": Decimal("0.00")}
    client.force_login(office)
    html = client.get(f"/workspace/reports/assessment/{round_.pk}/").content.decode()
    assert "无数据，计 0 分" in html


@pytest.mark.django_db
def test_a_unit_without_any_data_is_not_ranked(dept_a, dept_b, gov, office):
    f.add_applications([_answered(dept_a)])
    round_ = services.assessment_score(
        actor=office, indicator_set=_set(office), root=gov, year=2025
    )
    rows = {r["unit__name"]: r for r in services.ranking(round_)}
    assert rows["测试县教育局"]["total"] is None and rows["测试县教育局"]["rank"] is None
    assert rows["测试县民政局"]["rank"] == 1
    assert "均无数据" in rows["测试县教育局"]["explanation"]


@pytest.mark.django_db
def test_items_never_published_after_their_deadline_count_as_late(dept_a, gov, office):
    f.add_items(
        [
            f.item(dept_a, kind="notice", published_on=D(2025, 5, 1), due=_at(D(2025, 5, 10))),
            # Deadline passed in 2025, never published: late.
            f.item(
                dept_a,
                kind="notice",
                published_on=D(2025, 5, 1),
                due=_at(D(2025, 6, 10)),
                status="draft",
            ),
            # Deadline not reached yet on the day of scoring: not counted.
            f.item(
                dept_a,
                kind="notice",
                published_on=D(2025, 5, 1),
                due=_at(D(2025, 12, 30)),
                status="submitted",
            ),
        ]
    )
    from gongkai.publishing.models import InformationItem

    InformationItem.objects.filter(status__in=("draft", "submitted")).update(published_at=None)
    with time_machine.travel(dt.datetime(2025, 12, 1, tzinfo=dt.UTC)):
        round_ = services.assessment_score(
            actor=office, indicator_set=_set(office), root=gov, year=2025
        )
    s = round_.scores.get(unit=dept_a, indicator__method="publication_timeliness")
    assert s.evidence["应限时公开"] == 2 and s.evidence["逾期未公开"] == 1
    assert s.evidence["按时公开"] == 1 and s.score == Decimal("25.00")


def test_total_rules_pure():
    cells = [
        scoring.Cell(Decimal(40), Decimal(30)),
        scoring.Cell(Decimal(60), Decimal(0), no_data=True),
    ]
    prorated = scoring.total(cells, Decimal(100), scoring.PRORATE)
    assert prorated.value == Decimal("75.00") and "不计入" in prorated.explanation
    zero = scoring.total(cells, Decimal(100), scoring.ZERO)
    assert zero.value == Decimal("30.00") and "计 0 分" in zero.explanation
    assert scoring.total(cells[1:], Decimal(100), scoring.PRORATE).value is None
    rows = scoring.rank(
        [
            {"unit__name": "甲", "total": Decimal(80)},
            {"unit__name": "乙", "total": None},
            {"unit__name": "丙", "total": Decimal(80)},
            {"unit__name": "丁", "total": Decimal(90)},
        ]
    )
    assert [(r["unit__name"], r["rank"]) for r in rows] == [
        ("丁", 1),
        ("丙", 2),
        ("甲", 2),
        ("乙", None),
    ]
