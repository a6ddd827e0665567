"""Chinese list-page dates (RULES §7: a page without a date counts as not updated)."""

import datetime as dt

from gongkai.monitoring.dates import find_dates, latest_date

TODAY = dt.date(2026, 3, 10)


def test_full_formats():
    text = "通知 2021-09-30 公告 2021年9月30日 文件 2021/9/30 会议 2021.10.1"
    assert find_dates(text, TODAY) == [
        dt.date(2021, 9, 30),
        dt.date(2021, 9, 30),
        dt.date(2021, 9, 30),
        dt.date(2021, 10, 1),
    ]


def test_month_day_takes_the_latest_year_not_in_the_future():
    assert latest_date("[03-09] 动态", TODAY) == dt.date(2026, 3, 9)
    assert latest_date("[09-30] 动态", TODAY) == dt.date(2025, 9, 30)


def test_no_false_dates_from_phone_numbers_times_or_invalid_days():
    assert latest_date("电话 0886-3621234 时间 10:30 编号 2021-13-45", TODAY) is None


def test_future_dates_are_not_updates():
    assert latest_date("2027-01-01 预告 2026-03-01", TODAY) == dt.date(2026, 3, 1)


def test_page_without_date():
    assert latest_date("暂无日期的页面", TODAY) is None


def test_every_chinese_form():
    text = (
        "二〇二五年十二月三十一日 ２０２６－０３－０１ 2026-03-02 14:30 20260303 "
        "2026_03_04 2026年03月05日 3月6日"
    )
    assert find_dates(text, TODAY) == [
        dt.date(2025, 12, 31),
        dt.date(2026, 3, 1),
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 4),
        dt.date(2026, 3, 5),
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 6),
    ]


def test_long_numbers_are_not_compact_dates():
    assert latest_date("电话 13920260301 编号 202613010", TODAY) is None
