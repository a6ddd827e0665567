"""Statutory holidays of years whose calendar is not loaded (RULES §1; 全国年节及纪念日放假办法
as amended in 2024)."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from gongkai.core.holidays import statutory_holidays
from gongkai.core.workdays import WorkCalendar

D = dt.date


@pytest.mark.parametrize("year", [2025, 2026])  # the 2024 amendment applies from 2025
def test_computed_holidays_are_days_off_in_the_official_calendar(year):
    """Every computed holiday of a year the package knows is a day off there (the lunar
    and solar-term dates are right), 13 days a year since the 2024 amendment."""
    days = statutory_holidays(year)
    assert len(days) == 13
    assert [d for d in days if chinese_calendar.is_workday(d)] == []


def test_2027_lunar_and_solar_term_dates():
    days = statutory_holidays(2027)
    # 春节: 除夕 2027-02-05 to 初三 02-08; 清明 04-05; 端午 06-09; 中秋 09-15
    assert [d for d, name in days.items() if name == "春节"] == [
        D(2027, 2, 5),
        D(2027, 2, 6),
        D(2027, 2, 7),
        D(2027, 2, 8),
    ]
    assert days[D(2027, 4, 5)] == "清明节"
    assert days[D(2027, 6, 9)] == "端午节"
    assert days[D(2027, 9, 15)] == "中秋节"
    assert {D(2027, 1, 1), D(2027, 5, 1), D(2027, 5, 2)} <= set(days)
    assert {D(2027, 10, 1), D(2027, 10, 2), D(2027, 10, 3)} <= set(days)


def test_spring_festival_eve_in_the_year_before_new_year():
    """除夕 of 2031 (初一 is 2031-01-23) falls on 01-22."""
    assert statutory_holidays(2031)[D(2031, 1, 22)] == "春节"


def test_unloaded_year_skips_them_but_stays_provisional():
    cal = WorkCalendar({}, [])
    # 2027-02-05 is a Friday (除夕): off; the 20th working day after 01-29 moves accordingly
    assert cal.is_workday(D(2027, 2, 5)) is False
    assert cal.is_workday(D(2027, 2, 9)) is True
    answer = cal.add(D(2027, 2, 4), 1)
    assert answer.value == D(2027, 2, 9) and answer.provisional
    # a loaded year's own data wins: an override makes the day a working day
    cal = WorkCalendar({D(2027, 2, 5): True}, [2027])
    assert cal.is_workday(D(2027, 2, 5)) is True


def test_years_outside_the_lunar_tables_keep_the_solar_holidays():
    days = statutory_holidays(2150)
    assert D(2150, 1, 1) in days and D(2150, 10, 3) in days
    assert "春节" not in days.values()
