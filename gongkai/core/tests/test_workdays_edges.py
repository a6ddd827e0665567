"""The edges of working-day arithmetic that move a real date (RULES.md §1).

Pure: a ``WorkCalendar`` built in the test, no database. Each test pins one boundary that
mutation testing (``make mutation``) found unpinned.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gongkai.core.workdays import (
    MAX_WORKING_DAYS,
    PACKAGE_YEARS,
    WorkCalendar,
    WorkdayAnswer,
    add_hours,
    deadline,
)

D = dt.date
#: 2026 as the package knows it, nothing loaded by hand.
CAL = WorkCalendar({}, [])


def test_package_years_end_with_2026():
    """RULES §1: chinesecalendar 1.11.0 knows 2004–2026; 2027 is not known yet."""
    assert min(PACKAGE_YEARS) == 2004 and max(PACKAGE_YEARS) == 2026
    assert CAL.year_known(2026) and not CAL.year_known(2027)
    assert WorkCalendar({}, [2027]).year_known(2027)


def test_the_working_day_limit_itself():
    """RULES §1: a count of working days is a statutory period; 1000 is the largest the
    platform accepts (no period is longer), 1001 and negative counts are refused."""
    assert MAX_WORKING_DAYS == 1000
    assert CAL.add(D(2026, 1, 5), MAX_WORKING_DAYS).value > D(2029, 1, 1)
    with pytest.raises(ValueError):
        CAL.add(D(2026, 1, 5), MAX_WORKING_DAYS + 1)
    assert CAL.add(D(2026, 3, 2), 0).value == D(2026, 3, 2)
    with pytest.raises(ValueError):
        CAL.add(D(2026, 3, 2), -1)


def test_add_counts_each_working_day_once():
    """RULES §1: N working days after an event is the N-th working day following it."""
    assert CAL.add(D(2026, 3, 2), 1).value == D(2026, 3, 3)
    assert CAL.add(D(2026, 3, 2), 2).value == D(2026, 3, 4)
    assert CAL.add(D(2026, 3, 6), 1).value == D(2026, 3, 9)  # Friday → Monday
    assert CAL.add(D(2026, 3, 6), 6).value == D(2026, 3, 16)


def test_add_is_provisional_only_when_an_unloaded_year_is_touched():
    """RULES §1: a deadline in a year nobody loaded is provisional; one inside known years
    is not, even when it starts on the last day of a known year."""
    inside = CAL.add(D(2026, 12, 1), 5)
    assert inside.value == D(2026, 12, 8) and inside.provisional is False
    assert inside.years == frozenset({2026})
    across = CAL.add(D(2026, 12, 30), 5)
    assert across.provisional is True and across.years == frozenset({2026, 2027})
    # 12-31 (Thu), then 2027: 01-01 元旦 off, 01-04..01-07
    assert across.value == D(2027, 1, 7)
    loaded = WorkCalendar({}, [2027]).add(D(2026, 12, 30), 5)
    assert loaded.provisional is False


def test_count_provisional_flag_across_a_year_end():
    """RULES §1: a count that reaches into an unloaded year is provisional; within known
    years it is not."""
    across = CAL.count(D(2026, 12, 28), D(2027, 1, 8))
    # 12-29, 12-30, 12-31, then 01-04..01-08 (01-01 is 元旦)
    assert across.value == 8 and across.provisional is True
    assert across.years == frozenset({2026, 2027})
    known = CAL.count(D(2026, 12, 1), D(2026, 12, 31))
    assert known.value == 22 and known.provisional is False
    assert WorkCalendar({}, [2027]).count(D(2026, 12, 28), D(2027, 1, 8)).provisional is False


def test_count_of_an_empty_or_reversed_range():
    """RULES §1: (start, end] with end ≤ start holds no day, so nothing in it can be
    provisional — even in an unloaded year."""
    for start, end in [
        (D(2027, 3, 1), D(2027, 3, 1)),
        (D(2027, 3, 5), D(2027, 3, 1)),
        (D(2026, 10, 7), D(2026, 10, 1)),
    ]:
        answer = CAL.count(start, end)
        assert answer == WorkdayAnswer(0, False, frozenset({start.year}))
    # one day: (start, start + 1]
    assert CAL.count(D(2026, 3, 2), D(2026, 3, 3)).value == 1
    assert CAL.count(D(2026, 3, 6), D(2026, 3, 9)).value == 1  # over a weekend
    assert CAL.count(D(2027, 3, 1), D(2027, 3, 2)) == WorkdayAnswer(1, True, frozenset({2027}))


def test_next_workday():
    """RULES §1: a deadline landing on a day off moves to the next working day; a working
    day (also a make-up Saturday) is its own answer."""
    assert CAL.next_workday(D(2026, 3, 2)) == D(2026, 3, 2)  # Monday
    assert CAL.next_workday(D(2026, 3, 7)) == D(2026, 3, 9)  # Saturday → Monday
    assert CAL.next_workday(D(2026, 10, 1)) == D(2026, 10, 8)  # National Day 1–7 → 10-08
    assert CAL.next_workday(D(2026, 10, 10)) == D(2026, 10, 10)  # make-up Saturday
    assert CAL.next_workday(D(2027, 1, 1)) == D(2027, 1, 4)  # 元旦 of an unloaded year


def test_overrides_win_over_package_and_weekdays():
    """RULES §1: the office's calendar rows are the first source, both ways."""
    cal = WorkCalendar({D(2026, 3, 3): False, D(2026, 3, 7): True}, [])
    assert cal.is_workday(D(2026, 3, 3)) is False
    assert cal.is_workday(D(2026, 3, 7)) is True
    assert cal.add(D(2026, 3, 2), 1).value == D(2026, 3, 4)
    # a weekday of an unloaded year is a working day unless a holiday; Friday 5, Sat 6
    assert WorkCalendar({}, []).is_workday(D(2027, 3, 5)) is True
    assert WorkCalendar({}, []).is_workday(D(2027, 3, 6)) is False


def test_check_reports_the_year_and_whether_it_is_provisional():
    """RULES §1: every answer says whether it rests on an unloaded year."""
    assert CAL.check(D(2026, 10, 10)) == WorkdayAnswer(True, False, frozenset({2026}))
    assert CAL.check(D(2027, 1, 1)) == WorkdayAnswer(False, True, frozenset({2027}))


def test_deadline_explains_a_provisional_date():
    """RULES §1: a provisional deadline says so in its explanation."""
    d = deadline(D(2026, 12, 30), 5, rule="r", what="补正期限：", cal=CAL)
    assert d.due == D(2027, 1, 7) and d.provisional
    assert d.explanation.startswith("补正期限：2026-12-30 起 5 个工作日 = 2027-01-07")
    assert "暂定" in d.explanation
    final = deadline(D(2026, 12, 1), 5, rule="r", cal=CAL)
    assert not final.provisional and "暂定" not in final.explanation


def test_hour_limits_are_clock_hours():
    """RULES §1: hour-based limits are clock hours, not working time."""
    moment = dt.datetime(2026, 10, 1, 9, 0)  # a holiday
    assert add_hours(moment, 24) == dt.datetime(2026, 10, 2, 9, 0)
