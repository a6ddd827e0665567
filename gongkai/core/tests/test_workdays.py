"""Working-day arithmetic — RULES.md §1."""

import datetime as dt

import pytest

from gongkai.core import plugs
from gongkai.core.models import CalendarYear
from gongkai.core.services import calendar_load, calendar_override_set, calendar_parse_csv
from gongkai.core.workdays import (
    WorkCalendar,
    add_workdays,
    count_workdays,
    deadline,
    is_workday,
)

D = dt.date
pytestmark = pytest.mark.django_db


def test_make_up_saturday_is_a_working_day():
    # RULES §1: 2026-10-10 is a Saturday and a working day (调休上班).
    assert D(2026, 10, 10).weekday() == 5
    assert is_workday(D(2026, 10, 10)).value is True
    assert is_workday(D(2026, 9, 20)).value is True  # Sunday, make-up day
    assert is_workday(D(2026, 10, 11)).value is False  # ordinary Sunday


def test_national_day_2026_example_from_the_issue():
    # From 2026-09-28, 20 working days is 2026-10-30: 1–7 October are holidays,
    # 10 October (Saturday) is a working day; the event day is not counted.
    answer = add_workdays(D(2026, 9, 28), 20)
    assert answer.value == D(2026, 10, 30)
    assert answer.provisional is False


def test_spring_festival_2026():
    # 2026 Spring Festival: 15–23 February off; Saturday 14 February is a working day.
    assert [is_workday(D(2026, 2, d)).value for d in (14, 15, 23, 24)] == [True, False, False, True]
    assert add_workdays(D(2026, 2, 12), 5).value == D(2026, 2, 26)
    # Seven working days from Friday 13 February: Sat 14 (make-up), 24–27 February,
    # Saturday 28 February (the second make-up day), then Monday 2 March.
    assert is_workday(D(2026, 2, 28)).value is True
    assert add_workdays(D(2026, 2, 13), 7).value == D(2026, 3, 2)


def test_counting_starts_the_day_after_the_event():
    # Monday 2026-03-02 + 1 working day = Tuesday; the event day itself is never counted.
    assert add_workdays(D(2026, 3, 2), 1).value == D(2026, 3, 3)
    assert add_workdays(D(2026, 3, 6), 1).value == D(2026, 3, 9)  # Friday -> Monday
    assert add_workdays(D(2026, 3, 2), 0).value == D(2026, 3, 2)


def test_count_workdays_between_dates():
    # (2026-09-28, 2026-10-30] holds exactly 20 working days
    assert count_workdays(D(2026, 9, 28), D(2026, 10, 30)).value == 20
    assert count_workdays(D(2026, 10, 1), D(2026, 10, 7)).value == 0
    assert count_workdays(D(2026, 10, 7), D(2026, 10, 1)).value == 0


def test_year_not_loaded_is_weekdays_less_statutory_holidays_and_provisional():
    """RULES §1: a year nobody loaded is counted provisionally, with the statutory holidays
    (全国年节及纪念日放假办法) already off; only the make-up days stay unknown."""
    # chinesecalendar 1.11.0 stops at 2026; 2027 has no official data here.
    answer = add_workdays(D(2026, 12, 20), 20)
    assert answer.provisional is True
    # 21–25, 28–31 Dec (9), then Jan 2027: 1 is 元旦 (off), 4–8, 11–15 (10), 18 -> 18 Jan
    assert answer.value == D(2027, 1, 18)
    assert is_workday(D(2027, 1, 1)).provisional is True
    assert is_workday(D(2027, 1, 1)).value is False
    assert is_workday(D(2027, 1, 4)).value is True
    assert add_workdays(D(2026, 11, 2), 5).provisional is False


def test_loading_a_year_makes_answers_final_and_recomputes(
    django_capture_on_commit_callbacks, monkeypatch
):
    calls: list[set[int]] = []
    monkeypatch.setitem(plugs._recomputers, "test", lambda years: calls.append(years) or 0)
    rows = calendar_parse_csv(
        "date,kind,name,source\n"
        "2027-01-01,holiday,元旦,国办发明电〔2026〕1号\n"
        "2027-01-04,休,元旦调休,\n"
        "2027-01-09,班,元旦调休上班,\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        years = calendar_load(actor=None, rows=rows, source="测试")
    assert years == {2027}
    assert CalendarYear.objects.filter(year=2027).exists()
    assert {2027} in calls
    answer = add_workdays(D(2026, 12, 31), 3)
    # 1 Jan off, 2–3 weekend, 4 Jan off, 5, 6, 7 -> the third working day is 7 January
    assert answer.value == D(2027, 1, 7)
    assert answer.provisional is False
    assert is_workday(D(2027, 1, 9)).value is True  # a loaded make-up Saturday


def test_single_override_corrects_a_known_year(django_capture_on_commit_callbacks, monkeypatch):
    calls = []
    monkeypatch.setitem(plugs._recomputers, "test", lambda years: calls.append(years) or 0)
    with django_capture_on_commit_callbacks(execute=True):
        calendar_override_set(actor=None, date=D(2026, 12, 1), kind="holiday", name="本地假日")
    assert is_workday(D(2026, 12, 1)).value is False
    assert calls == [{2026}]


def test_csv_errors_list_every_bad_line():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        calendar_parse_csv("2027-13-01,holiday\n2027-01-02,maybe\n2027-01-03\n")
    text = " ".join(exc.value.messages)
    assert "第 1 行" in text and "第 2 行" in text and "第 3 行" in text


def test_deadline_records_rule_and_explanation():
    d = deadline(D(2026, 9, 28), 20, rule="条例第33条", what="答复期限：")
    assert d.due == D(2026, 10, 30)
    assert d.rule == "条例第33条"
    assert "2026-09-28" in d.explanation and "2026-10-30" in d.explanation


def test_negative_or_huge_counts_are_refused():
    cal = WorkCalendar({}, [])
    with pytest.raises(ValueError):
        cal.add(D(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        cal.add(D(2026, 1, 1), 100000)
