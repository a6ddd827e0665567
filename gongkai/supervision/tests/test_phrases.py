"""Deadline phrases of work plans → due dates on the official calendar (issue 13).

Every date here is on the official calendar of RULES.md §1: weekdays minus public
holidays plus the State Council's make-up working days; N working days after an event is
the N-th working day after it (the event day not counted); a year whose calendar is not
loaded gives a provisional answer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gongkai.core.workdays import WorkCalendar
from gongkai.supervision.phrases import due_from_phrase, find_deadline_phrase

D = dt.date


@pytest.fixture
def cal():
    # No overrides; the chinesecalendar package knows 2004–2026, so 2027 is not loaded.
    return WorkCalendar({}, [])


@pytest.mark.parametrize(
    "phrase, year, due",
    [
        ("年底前", 2026, D(2026, 12, 31)),  # a Thursday, a working day
        ("2021年底前", 2026, D(2021, 12, 31)),  # the year the phrase names wins
        ("6月底前", 2026, D(2026, 6, 30)),
        ("上半年", 2026, D(2026, 6, 30)),
        ("三季度末前", 2026, D(2026, 9, 30)),
        ("12月10日前", 2026, D(2026, 12, 10)),
        # 2026-05-31 is a Sunday: the last working day before it is Friday 29 May.
        ("5月底前", 2026, D(2026, 5, 29)),
        # 2026-02-28 is a Saturday but a make-up working day (调休上班) after Spring Festival.
        ("2月底前", 2026, D(2026, 2, 28)),
        # 2026-10-31 is a Saturday and a day off.
        ("10月底前", 2026, D(2026, 10, 30)),
    ],
)
def test_dated_phrases_fall_on_the_last_working_day(cal, phrase, year, due):
    """RULES.md §1: a dated phrase ends on the last official working day on or before it."""
    rule = due_from_phrase(phrase, year=year, cal=cal)
    assert rule.due == due
    assert rule.recurrence == ""
    assert rule.provisional is False
    assert rule.explanation and rule.rule


@pytest.mark.parametrize(
    "text, recurrence",
    [
        ("每季度向社会公开监测结果。", "quarterly"),
        ("按季度公开水源监测信息", "quarterly"),
        ("按月公开主要经济指标", "monthly"),
        ("每月报送工作进展", "monthly"),
        ("主要负责人年内至少听取1次政务公开工作汇报", "yearly"),
        ("每年开展2次保密专项检查", "yearly"),
        ("长期坚持", "ongoing"),
        ("持续推进政务公开标准化", "ongoing"),
    ],
)
def test_recurring_and_ongoing_phrases_have_no_date(cal, text, recurrence):
    """RULES.md §1 calendar not needed: recurring and ongoing tasks carry no due date."""
    rule = due_from_phrase(text, year=2026, cal=cal)
    assert rule.due is None
    assert rule.recurrence == recurrence


def test_working_days_after_an_event_use_make_up_days(cal):
    """RULES.md §1: 3 working days after 2026-09-30 cross the National Day holiday
    (1–7 October) and end on Saturday 10 October, a make-up working day."""
    rule = due_from_phrase(
        "应在成文后3个工作日内", year=2026, cal=cal, event_dates={"成文": D(2026, 9, 30)}
    )
    assert rule.due == D(2026, 10, 10)
    assert rule.provisional is False
    assert "第3个工作日" in rule.explanation


def test_people_s_congress_relative_deadline(cal):
    """RULES.md §1: '人代会结束60个工作日内' counts 60 official working days after the
    date the office entered, skipping the Spring Festival holiday (15–23 Feb 2026)."""
    rule = due_from_phrase(
        "人代会结束60个工作日内", year=2026, cal=cal, event_dates={"人代会": D(2026, 1, 20)}
    )
    assert rule.due == D(2026, 4, 21)
    # cross-check: exactly 60 working days lie in (event, due]
    assert cal.count(D(2026, 1, 20), rule.due).value == 60
    assert cal.is_workday(rule.due)


def test_event_without_a_date_asks_for_it(cal):
    """RULES.md §1: no event date, no invented deadline — the explanation asks for the date."""
    rule = due_from_phrase("人代会结束60个工作日内", year=2026, cal=cal)
    assert rule.due is None
    assert "请填写" in rule.explanation


def test_unloaded_year_is_provisional(cal):
    """RULES.md §1: 2027 is not in the package nor loaded, so the date is provisional."""
    rule = due_from_phrase("6月底前", year=2027, cal=cal)
    assert rule.due == D(2027, 6, 30)  # a Wednesday
    assert rule.provisional is True
    assert "暂定" in rule.explanation
    loaded = WorkCalendar({}, [2027])
    assert due_from_phrase("6月底前", year=2027, cal=loaded).provisional is False


def test_relative_deadline_into_an_unloaded_year_is_provisional(cal):
    """RULES.md §1: counting into 2027 makes the answer provisional."""
    rule = due_from_phrase(
        "会议结束10个工作日内", year=2026, cal=cal, event_dates={"会议": D(2026, 12, 28)}
    )
    assert rule.due.year == 2027
    assert rule.provisional is True


def test_override_moves_the_date(cal):
    """RULES.md §1: an office override (a day declared off) is obeyed."""
    overridden = WorkCalendar({D(2026, 6, 30): False}, [])
    assert due_from_phrase("6月底前", year=2026, cal=overridden).due == D(2026, 6, 29)


def test_no_phrase_means_no_date(cal):
    rule = due_from_phrase("", year=2026, cal=cal)
    assert rule.due is None and rule.rule == ""


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("推进规章清理，2021年底前，系统清理本机关规范性文件。", "2021年底前"),
        ("到2019年底前，企业和群众办事材料减少60%以上。", "2019年底前"),
        ("在决策文件出台后的10个工作日内，向社会公开意见采纳情况。", "10个工作日内"),
        ("主要负责人每年至少听取1次政务公开工作汇报。", "每年至少听取1次"),
        ("认真做好全区月度财政收支信息公开工作。", "月度"),
        ("及时公开工作进展。", ""),
    ],
)
def test_phrase_found_in_task_text(text, phrase):
    assert phrase in find_deadline_phrase(text) if phrase else find_deadline_phrase(text) == ""


def test_next_year_phrase(cal):
    """RULES.md §1: '次年2月底前' in a 2025 plan is 2026-02-28, a make-up working Saturday."""
    rule = due_from_phrase("考核结果于次年2月底前通报", year=2025, cal=cal)
    assert rule.due == D(2026, 2, 28)


def test_hour_limits_are_clock_hours_per_event(cal):
    """RULES.md §1: hour-based limits (4 hours, 24 hours) are clock hours, per event."""
    text = "最迟不超过4小时内发布权威信息"
    assert find_deadline_phrase(text) == "4小时内"
    rule = due_from_phrase(text, year=2026, cal=cal)
    assert rule.due is None and rule.rule == "N小时内" and "钟点" in rule.explanation
