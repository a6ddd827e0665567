"""Dates on Chinese list pages, in every form they take.

Recognised: 2021-09-30, 2021年9月30日, 2021年09月30日, 2021/9/30, 2021.9.30, 2021_09_30,
20210930 (eight digits with a valid month and day, not inside a longer number),
二〇二一年九月三十日 / 二〇二一年十月一日 (Chinese numerals), full-width digits
(２０２１－０９－３０), a date followed by a time (2021-09-30 14:30), and a month-day
date (09-30, 9月30日). A month-day date gets the latest year that does not put it in
the future. Dates after ``today`` (plus one day for time zones) are ignored: they are
not updates.
"""

from __future__ import annotations

import datetime as dt
import re

# Full-width digits and punctuation to ASCII (NFKC would also touch CJK punctuation).
_WIDE = str.maketrans("０１２３４５６７８９－／．：＿", "0123456789-/.:_")
_CN_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CN_NUM = "〇○零Ｏ一二三四五六七八九十"
_CN_DATE = re.compile(
    rf"([{_CN_NUM}O0]{{4}})\s*年\s*([{_CN_NUM}]{{1,3}})\s*月\s*([{_CN_NUM}]{{1,4}})\s*日"
)
_FULL = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"
    r"|[-/._](\d{1,2})[-/._](\d{1,2}))(?!\d)"
)
_COMPACT = re.compile(r"(?<![\d-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d-])")
_MONTH_DAY = re.compile(
    r"(?<![\d\-/.:])(\d{1,2})-(\d{1,2})(?![\d\-/.:])"
    r"|(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)


def _cn_number(text: str) -> int | None:
    """一 … 三十一 (and 〇-style digit strings such as 二〇二一) to an int."""
    if "十" not in text:
        digits = [_CN_DIGITS.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        value = 0
        for d in digits:
            value = value * 10 + d
        return value
    tens, _sep, ones = text.partition("十")
    t = _CN_DIGITS.get(tens, None) if tens else 1
    o = _CN_DIGITS.get(ones, None) if ones else 0
    if t is None or o is None:
        return None
    return t * 10 + o


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, today: dt.date) -> list[dt.date]:
    latest_allowed = today + dt.timedelta(days=1)
    text = text.translate(_WIDE)
    found: list[dt.date] = []

    def keep(d: dt.date | None) -> None:
        if d is not None and d <= latest_allowed:
            found.append(d)

    for m in _CN_DATE.finditer(text):
        parts = [_cn_number(g) for g in m.groups()]
        if None not in parts:
            keep(_make(*parts))  # type: ignore[arg-type]
    text = _CN_DATE.sub(" ", text)
    for m in _FULL.finditer(text):
        year = int(m.group(1))
        month = int(m.group(2) or m.group(4))
        day = int(m.group(3) or m.group(5))
        keep(_make(year, month, day))
    rest = _FULL.sub(" ", text)
    for m in _COMPACT.finditer(rest):
        keep(_make(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    rest = _COMPACT.sub(" ", rest)
    for m in _MONTH_DAY.finditer(rest):
        month = int(m.group(1) or m.group(3))
        day = int(m.group(2) or m.group(4))
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
