"""Reporting periods of a plan (pure rules, no database).

A period is a key: ``"2026-03"`` (monthly) or ``"2026-Q1"`` (quarterly). The report for a
period is due on the period's last day; a report still missing after that day is overdue.
"""

from __future__ import annotations

import calendar
import datetime as dt

MONTHLY = "monthly"
QUARTERLY = "quarterly"


def period_of(day: dt.date, kind: str) -> str:
    if kind == MONTHLY:
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def period_bounds(key: str) -> tuple[dt.date, dt.date]:
    year_s, _, rest = key.partition("-")
    year = int(year_s)
    if rest.startswith("Q"):
        q = int(rest[1:])
        first, last = 3 * q - 2, 3 * q
    else:
        first = last = int(rest)
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return dt.date(year, first, 1), end


def report_due(key: str) -> dt.date:
    """The last day on which the period's report is on time."""
    return period_bounds(key)[1]


def previous_period(key: str, kind: str) -> str:
    start, _ = period_bounds(key)
    return period_of(start - dt.timedelta(days=1), kind)


def periods_of_year(year: int, kind: str) -> list[str]:
    if kind == MONTHLY:
        return [f"{year}-{m:02d}" for m in range(1, 13)]
    return [f"{year}-Q{q}" for q in range(1, 5)]


def period_label(key: str) -> str:
    year, _, rest = key.partition("-")
    if rest.startswith("Q"):
        return f"{year}年第{'一二三四'[int(rest[1:]) - 1]}季度"
    return f"{year}年{int(rest)}月"


def open_periods(year: int, kind: str, today: dt.date) -> list[str]:
    """Periods of the plan's year that have begun by ``today`` (the last one may be running)."""
    return [p for p in periods_of_year(year, kind) if period_bounds(p)[0] <= today]
