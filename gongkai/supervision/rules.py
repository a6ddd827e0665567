"""Pure deadline rules of the app (a function of the object and a WorkCalendar)."""

from __future__ import annotations

import calendar
import datetime as dt

from gongkai.core.deadlines import Deadline
from gongkai.supervision.phrases import due_from_phrase

#: working days a unit has to answer a 督办单
NOTICE_REPLY_WORKDAYS = 5


def task_deadline(
    deadline_text: str, *, year: int, cal, event_dates: dict[str, dt.date] | None = None
) -> tuple[Deadline, str]:
    """The task's due date (a Deadline) and its recurrence, from the plan's own words."""
    rule = due_from_phrase(deadline_text, year=year, cal=cal, event_dates=event_dates)
    return Deadline(rule.due, rule.provisional, rule.rule, rule.explanation), rule.recurrence


def event_dates_of(raw: dict) -> dict[str, dt.date]:
    out = {}
    for name, value in (raw or {}).items():
        try:
            out[name] = dt.date.fromisoformat(str(value))
        except ValueError:
            continue
    return out


def suggestion_deadline(assigned_on: dt.date, months: int) -> Deadline:
    month0 = assigned_on.month - 1 + months
    year, month = assigned_on.year + month0 // 12, month0 % 12 + 1
    day = min(assigned_on.day, calendar.monthrange(year, month)[1])
    due = dt.date(year, month, day)
    return Deadline(
        due,
        False,
        f"交办之日起{months}个月",
        f"{assigned_on.isoformat()} 交办，{months}个月内答复，截止 {due.isoformat()}",
    )
