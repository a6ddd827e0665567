"""Working-day arithmetic (RULES.md §1) — the one place every deadline is computed.

A day is a working day when it is a weekday that is not a public holiday, or a weekend
day that the State Council declared a make-up working day (调休上班). Sources, in order:

1. ``CalendarOverride`` rows entered or loaded by the disclosure office;
2. the ``chinesecalendar`` package, for the years it was released with;
3. for any other year, weekdays minus the statutory holidays of the 全国年节及纪念日放假办法
   (``gongkai.core.holidays``: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆, lunar and
   solar-term dates computed) — and every answer that touched such a day is marked
   *provisional* until the year's calendar is loaded (``CalendarYear``): the make-up
   working days and the days added to each holiday are not known before.

Counting starts the day after the triggering event: N working days after an event is
the N-th working day following it (Art. 31–33 of the Regulation as read in RULES §1).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import chinese_calendar
from chinese_calendar.constants import holidays as _cc_holidays
from chinese_calendar.constants import workdays as _cc_workdays

from gongkai.core.deadlines import Deadline
from gongkai.core.holidays import is_statutory_holiday

#: Years the chinesecalendar package knows (1.11.0: 2004–2026).
PACKAGE_YEARS = frozenset(
    range(min(_cc_holidays).year, max(max(_cc_holidays), max(_cc_workdays)).year + 1)
)
MAX_WORKING_DAYS = 1000


@functools.lru_cache(maxsize=16384)
def _package_is_workday(day: dt.date) -> bool:
    """The package's answer never changes, and a call costs ~50 µs: remember it."""
    return chinese_calendar.is_workday(day)


T = TypeVar("T", dt.date, int, bool)


@dataclass(frozen=True)
class WorkdayAnswer(Generic[T]):
    """A date (or a count) with whether any year it relied on is not loaded yet."""

    value: T
    provisional: bool
    years: frozenset[int] = field(default_factory=frozenset)


class WorkCalendar:
    """A snapshot of the calendar: overrides and loaded years, read once."""

    def __init__(self, overrides: dict[dt.date, bool], loaded_years: Iterable[int]):
        # overrides: date -> True when a working day, False when a day off
        self.overrides = overrides
        self.loaded_years = frozenset(loaded_years)

    @classmethod
    def current(cls) -> WorkCalendar:
        from gongkai.core.models import CalendarOverride, CalendarYear

        overrides = {
            d: kind == CalendarOverride.Kind.WORKDAY
            for d, kind in CalendarOverride.objects.values_list("date", "kind")
        }
        return cls(overrides, CalendarYear.objects.values_list("year", flat=True))

    def year_known(self, year: int) -> bool:
        return year in self.loaded_years or year in PACKAGE_YEARS

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if day.year in PACKAGE_YEARS:
            return _package_is_workday(day)
        return day.weekday() < 5 and not is_statutory_holiday(day)

    def check(self, day: dt.date) -> WorkdayAnswer[bool]:
        return WorkdayAnswer(
            self.is_workday(day), not self.year_known(day.year), frozenset({day.year})
        )

    def add(self, start: dt.date, working_days: int) -> WorkdayAnswer[dt.date]:
        """The N-th working day after ``start`` (``start`` itself is not counted)."""
        if working_days < 0 or working_days > MAX_WORKING_DAYS:
            raise ValueError(f"working_days must be between 0 and {MAX_WORKING_DAYS}")
        day, left = start, working_days
        years = {start.year}
        while left > 0:
            day += dt.timedelta(days=1)
            years.add(day.year)
            if self.is_workday(day):
                left -= 1
        return WorkdayAnswer(day, self._provisional(years), frozenset(years))

    def count(self, start: dt.date, end: dt.date) -> WorkdayAnswer[int]:
        """Working days in (start, end]: how many have passed since the event day."""
        if end <= start:
            return WorkdayAnswer(0, False, frozenset({start.year}))
        years = set(range(start.year, end.year + 1))
        total = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                total += 1
        return WorkdayAnswer(total, self._provisional(years), frozenset(years))

    def next_workday(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day

    def _provisional(self, years: Iterable[int]) -> bool:
        return any(not self.year_known(y) for y in years)


def calendar() -> WorkCalendar:
    return WorkCalendar.current()


def is_workday(day: dt.date) -> WorkdayAnswer[bool]:
    return calendar().check(day)


def add_workdays(start: dt.date, working_days: int) -> WorkdayAnswer[dt.date]:
    return calendar().add(start, working_days)


def count_workdays(start: dt.date, end: dt.date) -> WorkdayAnswer[int]:
    return calendar().count(start, end)


def add_hours(moment: dt.datetime, hours: int) -> dt.datetime:
    """Hour-based limits (24 hours for a recall order) are clock hours (RULES §1)."""
    return moment + dt.timedelta(hours=hours)


def deadline(
    start: dt.date, working_days: int, *, rule: str, what: str = "", cal: WorkCalendar | None = None
) -> Deadline:
    """A Deadline of N working days after ``start``, with a readable explanation."""
    answer = (cal or calendar()).add(start, working_days)
    due = answer.value
    assert isinstance(due, dt.date)
    text = f"{what}{start.isoformat()} 起 {working_days} 个工作日 = {due.isoformat()}"
    if answer.provisional:
        text += "（暂定：所涉年度工作日历尚未载入）"
    return Deadline(due=due, provisional=answer.provisional, rule=rule, explanation=text)


# --- recomputation when the calendar changes --------------------------------------
# The registry lives in gongkai.core.plugs; these names are kept for old imports.
from gongkai.core.plugs import (  # noqa: E402
    recompute_open_deadlines,
    recomputers,
    register_recomputer,
)

__all__ = [
    "Deadline",
    "WorkCalendar",
    "WorkdayAnswer",
    "add_hours",
    "add_workdays",
    "calendar",
    "count_workdays",
    "deadline",
    "is_workday",
    "recompute_open_deadlines",
    "recomputers",
    "register_recomputer",
]
