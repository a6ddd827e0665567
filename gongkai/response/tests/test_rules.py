"""Pure rules: clock-hour limits per level, across nights and weekends; inactivity."""

import datetime as dt

from django.utils import timezone

from gongkai.core.workdays import WorkCalendar
from gongkai.response import rules

CONF = {"release": 5, "press": 24, "other": 48, "level_hours": {}}


def _local(d):
    return timezone.localtime(d).strftime("%Y-%m-%d %H:%M")


def test_major_incident_hours_run_through_the_night_and_weekend(found_friday_night):
    due = rules.incident_deadlines("major", found_friday_night, CONF)
    assert _local(due["release"].due) == "2026-11-28 03:30"  # Saturday, before dawn
    assert _local(due["press"].due) == "2026-11-28 22:30"
    assert "5 小时" in due["release"].rule and "24 小时" in due["press"].rule
    assert "自然小时" in due["release"].explanation
    assert due["release"].provisional is False


def test_general_incident_has_48_hours_and_no_press_event(found_friday_night):
    due = rules.incident_deadlines("general", found_friday_night, CONF)
    assert set(due) == {"release"}
    assert _local(due["release"].due) == "2026-11-29 22:30"  # Sunday night


def test_locality_setting_of_four_hours_is_applied_and_named(found_friday_night):
    conf = {**CONF, "release": 4}
    due = rules.incident_deadlines("especially_major", found_friday_night, conf)
    assert _local(due["release"].due) == "2026-11-28 02:30"
    assert rules.incident_rule("especially_major", conf).startswith("特别重大舆情：4 小时")


def test_per_level_override(found_friday_night):
    conf = {**CONF, "level_hours": {"larger": {"release": 12, "press": 36}}}
    due = rules.incident_deadlines("larger", found_friday_night, conf)
    assert _local(due["release"].due) == "2026-11-28 10:30"
    assert _local(due["press"].due) == "2026-11-29 10:30"


def test_hotline_order_counts_working_days_after_receipt():
    # received on a Friday: Mon 30 Nov … Fri 4 Dec are the five working days
    cal = WorkCalendar({}, [])
    d = rules.order_deadline(dt.date(2026, 11, 27), 5, cal)
    assert d.due == dt.date(2026, 12, 4)
    # across the National Day holiday (1–7 October 2026 off, 10 October a make-up day)
    d = rules.order_deadline(dt.date(2026, 9, 30), 2, cal)
    assert d.due == dt.date(2026, 10, 9)


def test_inactivity_boundary():
    last = dt.date(2026, 11, 1)
    assert not rules.is_inactive(last, dt.date(2026, 11, 15), 14)
    assert rules.is_inactive(last, dt.date(2026, 11, 16), 14)
    assert rules.is_inactive(None, dt.date(2026, 11, 16), 14)
