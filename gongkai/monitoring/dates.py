"""Dates on Chinese list pages: 2021-09-30, 2021年9月30日, 2021/9/30, 2021.9.30 and 09-30.

A month-day date (09-30) gets the latest year that does not put it in the future.
Dates after ``today`` (plus one day for time zones) are ignored: they are not updates.
"""

from __future__ import annotations

import datetime as dt
import re

_FULL = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"
    r"|[-/.](\d{1,2})[-/.](\d{1,2}))(?!\d)"
)
_MONTH_DAY = re.compile(r"(?<![\d\-/.:])(\d{1,2})-(\d{1,2})(?![\d\-/.:])")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, today: dt.date) -> list[dt.date]:
    latest_allowed = today + dt.timedelta(days=1)
    found: list[dt.date] = []

    def keep(d: dt.date | None) -> None:
        if d is not None and d <= latest_allowed:
            found.append(d)

    for m in _FULL.finditer(text):
        year = int(m.group(1))
        month = int(m.group(2) or m.group(4))
        day = int(m.group(3) or m.group(5))
        keep(_make(year, month, day))
    rest = _FULL.sub(" ", text)
    for m in _MONTH_DAY.finditer(rest):
        month, day = int(m.group(1)), int(m.group(2))
        d = _make(today.year, month, day)
        if d is None:
            continue
        if d > latest_allowed:
            d = _make(today.year - 1, month, day)
        keep(d)
    return found


def latest_date(text: str, today: dt.date) -> dt.date | None:
    dates = find_dates(text, today)
    return max(dates) if dates else None
