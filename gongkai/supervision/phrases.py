"""Deadlines in a plan's own words → a due date or a recurrence (issue 13).

Pure: the caller passes the plan's year and a ``WorkCalendar`` (gongkai.core.workdays),
so the rules are tested without a database. Working days follow RULES.md §1: counting
starts the day after the event, and a year whose official calendar is not loaded gives a
*provisional* answer. A date-bound phrase ("6月底前") means the last working day on or
before that date, because nothing can be handed in on a day off.

``find_deadline_phrase`` picks the phrase out of a task's text; ``due_from_phrase`` turns
a phrase into a ``DueRule`` with the rule that fired and a Chinese explanation.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from dataclasses import dataclass

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"


def cn_int(text: str) -> int:
    """'12' / '十二' / '二十' / '三' → int."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        head, _, tail = text.partition("十")
        return (CN_DIGITS.get(head, 1) if head else 1) * 10 + (
            CN_DIGITS.get(tail, 0) if tail else 0
        )
    return CN_DIGITS[text]


@dataclass(frozen=True)
class DueRule:
    due: dt.date | None  # None for ongoing and recurring tasks
    recurrence: str  # "" | "monthly" | "quarterly" | "yearly" | "ongoing"
    provisional: bool
    rule: str  # which phrase rule produced it, e.g. "年底前"
    explanation: str  # Chinese, for people


NONE = DueRule(None, "", False, "", "计划未写明完成时限，请人工确定")

# Phrases, most specific first. Each pattern is searched in the task text.
_ONGOING = r"长期坚持|持续推进|长期开展|持续开展|常态化开展|长期推进|常抓不懈"
_MONTHLY = r"按月|每月|逐月|月度"
_QUARTERLY = r"每季度|按季度|每季|每三个月|季度末"
_YEARLY = rf"(?:年内|每年)[^，。；,;]{{0,16}}?(?:至少)?[^，。；,;]{{0,8}}?{_NUM}次|每年度?|按年度?"
_EVENT_WD = rf"([^，。；,;（(]{{0,12}}?)(?:结束|闭幕|之日起|后|起){_NUM}个工作日内"
_EVENT_D = rf"([^，。；,;（(]{{0,12}}?)(?:结束|闭幕|之日起|后|起){_NUM}(?:日|天)内"
_WD = rf"{_NUM}个工作日内"
_HOURS = rf"{_NUM}(?:个)?小时内"
_DATE = (
    rf"(?:20\d\d(?=年[底末内中])|20\d\d年|次年|明年|下一年度?)?(?:年底前|年底|年末前|年末|{_NUM}月(?:底|末)前?|{_NUM}月{_NUM}日前"
    rf"|{_NUM}月(?:中旬|上旬)前|{_NUM}月前|上半年|下半年|年内|年中|第?[一二三四1-4]季度末?前?)"
)
PATTERNS = [_ONGOING, _EVENT_WD, _EVENT_D, _WD, _MONTHLY, _QUARTERLY, _YEARLY, _DATE]
_FIND = re.compile(
    "|".join(
        f"(?:{p})"
        for p in [_ONGOING, _MONTHLY, _QUARTERLY, _YEARLY, _EVENT_WD, _EVENT_D, _WD, _HOURS, _DATE]
    )
)


def find_deadline_phrase(text: str) -> str:
    """The deadline phrase of a task's text, as written ('' when there is none).

    A dated phrase ("2021年底前") comes first, then an explicit frequency (每季度/按月/
    年内至少1次), then a period after an event ("3个工作日内"), then words for ongoing work
    (长期坚持/常态化开展), and "年内" last.
    """
    found = [m.group(0) for m in _FIND.finditer(text or "") if m.group(0)]
    if not found:
        return ""

    def rank(phrase: str) -> int:
        if phrase in ("年内", "年中"):
            return 5
        if re.fullmatch(_DATE, phrase):
            return 0
        if re.fullmatch(f"{_MONTHLY}|{_QUARTERLY}|{_YEARLY}", phrase):
            return 1
        if re.fullmatch(_ONGOING, phrase):
            return 3
        return 2

    return min(found, key=rank)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def _on_or_before(day: dt.date, cal) -> dt.date:
    """The last working day on or before ``day`` (RULES.md §1 calendar)."""
    for _ in range(40):
        if cal.is_workday(day):
            return day
        day -= dt.timedelta(days=1)
    return day


def _dated(target: dt.date, rule: str, what: str, cal) -> DueRule:
    due = _on_or_before(target, cal)
    provisional = not cal.year_known(target.year)
    text = f"“{what}”即{target:%Y年%m月%d日}前完成"
    if due != target:
        text += f"；该日不是工作日，按官方日历提前到最后一个工作日{due:%Y年%m月%d日}"
    if provisional:
        text += f"；{target.year}年的官方日历尚未载入，日期为暂定"
    return DueRule(due, "", provisional, rule, text)


def _date_rule(phrase: str, year: int, cal) -> DueRule | None:
    m = re.match(r"(20\d\d)(?=年[底末内中])|(20\d\d)年", phrase)
    if m:
        year = int(m.group(1) or m.group(2))
        phrase = phrase[m.end() :]
    elif phrase.startswith(("次年", "明年", "下一年")):  # "考核结果于次年1月底前通报"
        year += 1
        phrase = re.sub(r"^(?:次年|明年|下一年度?)", "", phrase)
    if phrase in ("年底前", "年底", "年末前", "年末", "下半年", "年内"):
        return _dated(dt.date(year, 12, 31), phrase if phrase != "年底" else "年底前", phrase, cal)
    if phrase in ("上半年", "年中"):
        return _dated(dt.date(year, 6, 30), "上半年", phrase, cal)
    m = re.fullmatch(rf"({_NUM})月(?:底|末)前?|({_NUM})月前", phrase)
    if m:
        month = cn_int(m.group(1) or m.group(2))
        if 1 <= month <= 12:
            if m.group(2):  # "6月前": before June begins
                target = dt.date(year, month, 1) - dt.timedelta(days=1)
                return _dated(target, "N月前", phrase, cal)
            return _dated(_month_end(year, month), "N月底前", phrase, cal)
    m = re.fullmatch(rf"({_NUM})月({_NUM})日前", phrase)
    if m:
        try:
            return _dated(
                dt.date(year, cn_int(m.group(1)), cn_int(m.group(2))), "N月N日前", phrase, cal
            )
        except ValueError:
            return None
    m = re.fullmatch(rf"({_NUM})月(中旬|上旬)前", phrase)
    if m:
        month = cn_int(m.group(1))
        return _dated(
            dt.date(year, month, 10 if m.group(2) == "上旬" else 20), "N月中旬前", phrase, cal
        )
    m = re.fullmatch(r"第?([一二三四1-4])季度末?前?", phrase)
    if m:
        quarter = cn_int(m.group(1))
        return _dated(_month_end(year, quarter * 3), "第N季度", phrase, cal)
    return None


def _event_rule(phrase: str, year: int, cal, event_dates: dict[str, dt.date]) -> DueRule | None:
    m = re.fullmatch(rf"(.*?)(结束|闭幕|之日起|后|起)({_NUM})个?(工作日|日|天)内", phrase)
    if not m:
        m2 = re.fullmatch(rf"({_NUM})个工作日内", phrase)
        if not m2:
            return None
        n = cn_int(m2.group(1))
        return DueRule(
            None,
            "",
            False,
            "N个工作日内",
            f"每次事项发生后{n}个工作日内完成（按官方日历的工作日计算，事发次日起算）",
        )
    event, n, unit = m.group(1).strip(), cn_int(m.group(3)), m.group(4)
    event = re.sub(r"^(?:应当|应在|应于|须在|要在|在|于|自)", "", event)
    key = (
        next(
            (
                k
                for k in sorted(event_dates, key=len, reverse=True)
                if k and (k in event or event.endswith(k) or event in k)
            ),
            None,
        )
        if event
        else None
    )
    words = "个工作日" if unit == "工作日" else "日"
    rule = f"事件后N{'个工作日' if unit == '工作日' else '日'}内"
    if key is None:
        return DueRule(
            None,
            "",
            False,
            rule,
            f"“{event or '相关事项'}”之后{n}{words}内完成；请填写该事件的日期后再计算截止日期",
        )
    start = event_dates[key]
    if unit == "工作日":
        answer = cal.add(start, n)
        due, provisional = answer.value, answer.provisional
        text = (
            f"{key}日期{start:%Y年%m月%d日}，次日起算第{n}个工作日为{due:%Y年%m月%d日}"
            "（官方日历，RULES §1）"
        )
    else:
        due, provisional = (
            start + dt.timedelta(days=n),
            not cal.year_known((start + dt.timedelta(days=n)).year),
        )
        text = f"{key}日期{start:%Y年%m月%d日}，{n}日后为{due:%Y年%m月%d日}"
    if provisional:
        text += "；所涉年份的官方日历尚未载入，日期为暂定"
    return DueRule(due, "", provisional, rule, text)


def due_from_phrase(
    text: str, *, year: int, cal, event_dates: dict[str, dt.date] | None = None
) -> DueRule:
    """A deadline phrase (or a whole task text) → due date or recurrence, with why."""
    phrase = find_deadline_phrase(text) if text else ""
    if not phrase:
        return NONE
    if re.fullmatch(_ONGOING, phrase):
        return DueRule(
            None,
            "ongoing",
            False,
            "长期坚持",
            f"“{phrase}”：长期任务，不设完成日期，每个报送周期报告进展",
        )
    if re.fullmatch(_MONTHLY, phrase):
        return DueRule(None, "monthly", False, "按月", f"“{phrase}”：按月报送、按月完成")
    if re.fullmatch(_QUARTERLY, phrase):
        return DueRule(None, "quarterly", False, "每季度", f"“{phrase}”：每季度完成一次")
    if re.fullmatch(_YEARLY, phrase):
        return DueRule(None, "yearly", False, "每年", f"“{phrase}”：每年（年内）至少完成规定次数")
    if re.fullmatch(_HOURS, phrase):  # 舆情 "4小时内" / "24小时内": clock hours per event
        return DueRule(
            None,
            "",
            False,
            "N小时内",
            f"每次事件发生后“{phrase}”完成，按钟点计算，不按工作日（RULES §1）",
        )
    rule = _event_rule(phrase, year, cal, dict(event_dates or {}))
    if rule is not None:
        return rule
    rule = _date_rule(phrase, year, cal)
    return rule if rule is not None else NONE
