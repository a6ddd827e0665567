"""The statutory holidays of any year (全国年节及纪念日放假办法, as amended in 2024).

For a year whose official calendar is not loaded yet, the State Council's arrangement
(which weekend days are worked, which days are added to a holiday) is unknown, but the
holidays themselves are fixed by the 办法 and can be computed (RULES §1): 元旦 1 January;
春节 农历除夕 to 正月初三 (4 days); 清明节 the day of the 清明 solar term; 劳动节 1–2 May;
端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1–3 October. Lunar dates come from
``lunardate`` (tables for 1900–2099), the 清明 term from ``chinesecalendar``'s formula.
Dates computed here are still provisional: only loading the year makes them final.
"""

from __future__ import annotations

import datetime as dt
import functools

#: Holidays on fixed dates of the solar calendar: (month, day) → name.
SOLAR_HOLIDAYS = {
    (1, 1): "元旦",
    (5, 1): "劳动节",
    (5, 2): "劳动节",
    (10, 1): "国庆节",
    (10, 2): "国庆节",
    (10, 3): "国庆节",
}
#: Lunar holidays: (lunar month, lunar day) → name; 除夕 is the day before 正月初一.
LUNAR_HOLIDAYS = {
    (1, 1): "春节",
    (1, 2): "春节",
    (1, 3): "春节",
    (5, 5): "端午节",
    (8, 15): "中秋节",
}
SPRING_FESTIVAL_EVE = "春节"


def _lunar(year: int, month: int, day: int) -> dt.date:
    from lunardate import LunarDate

    return LunarDate(year, month, day).to_solar_date()


def _qingming(year: int) -> dt.date | None:
    from chinese_calendar import get_solar_terms

    try:
        terms = get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 10))
    except NotImplementedError:  # the formula covers 1900–2100
        return None
    for day, name in terms:
        if name == "清明":
            return day
    return None


@functools.lru_cache(maxsize=256)
def statutory_holidays(year: int) -> dict[dt.date, str]:
    """Every statutory holiday of ``year`` (Gregorian) with its name."""
    out = {dt.date(year, m, d): name for (m, d), name in SOLAR_HOLIDAYS.items()}
    qingming = _qingming(year)
    if qingming is not None:
        out[qingming] = "清明节"
    # 春节 of this Gregorian year; 除夕 may fall in it while 初一 is in the next one
    for lunar_year in (year - 1, year):
        try:
            for (m, d), name in LUNAR_HOLIDAYS.items():
                day = _lunar(lunar_year, m, d)
                if day.year == year:
                    out[day] = name
            eve = _lunar(lunar_year + 1, 1, 1) - dt.timedelta(days=1)
        except ValueError:  # outside the lunar tables (1900–2099): solar holidays only
            continue
        if eve.year == year:
            out[eve] = SPRING_FESTIVAL_EVE
    return dict(sorted(out.items()))


def is_statutory_holiday(day: dt.date) -> bool:
    return day in statutory_holidays(day.year)
