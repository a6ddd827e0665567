"""公开时限 of a 基层政务公开标准目录 row, read from its text and applied to the items
published under it (pure: no database; the work calendar is passed in).

``parse(text)`` returns the one rule the text states, with the phrase that matched:

- ``workdays``  "信息形成或变更之日起20个工作日内", "自作出决定之日起七个工作日内": each item
  is due N working days after the day it was formed (``formed_on``, else 成文日期);
- ``days``      "形成后10日内", "15天内", "30个自然日内": the same in calendar days;
- ``realtime``  "实时", "即时", "随时更新": read as within 1 working day of formation;
- ``annual_by`` "每年7月底前", "每年3月31日前": an item in each year, published by that day;
- ``periodic``  "每季度结束后15日内" (the period plus those days), "每周", "每月", "按季度", "每季度", "每半年", "每年", "年度": the latest item no
  older than the period (7, 31, 92, 183, 366 days);
- ``standing``  "长期公开", "常年公开": the column has content, nothing more is required;
- ``unknown``   anything else ("及时公开", "按有关规定", ""): shown as 时限无法识别 and never
  guessed.

When a text states more than one ("…20个工作日内，低保人数按季度更新"), the first rule of
the order above wins and the phrase says which; ``judge`` then applies the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from gongkai.core.workdays import WorkCalendar

UNKNOWN_LABEL = "时限无法识别"

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_NUM = r"(\d+|[零〇一二两三四五六七八九十百]+)"

#: period word -> (code, Chinese, window in days)
PERIODS: tuple[tuple[str, str, str, int], ...] = (
    (r"每周|按周|每星期", "week", "每周", 7),
    (r"每半年|按半年|半年度", "halfyear", "每半年", 183),
    (r"每季度?|按季度?|季度|分季", "quarter", "每季度", 92),
    (r"每月|按月|月度", "month", "每月", 31),
    (r"每年度?|按年度?|年度|逐年", "year", "每年", 366),
)
_PERIOD_WORDS = {
    "半年": ("halfyear", "每半年", 183),
    "季": ("quarter", "每季度", 92),
    "季度": ("quarter", "每季度", 92),
    "月": ("month", "每月", 31),
    "年": ("year", "每年", 366),
}


def cn_number(text: str) -> int | None:
    """'20' → 20, '二十' → 20, '十五' → 15, '七' → 7, '一百' → 100; None if not a number."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


@dataclass(frozen=True)
class TimeLimit:
    rule: str  # workdays, days, realtime, annual_by, periodic, standing, unknown
    label: str  # the rule as a person reads it
    phrase: str = ""  # the words of the text that produced it
    days: int = 0  # workdays/days: N; periodic: the window
    period: str = ""  # periodic: week, month, quarter, halfyear, year
    month: int = 0  # annual_by
    day: int = 0  # annual_by (0: the month's last day)

    @property
    def known(self) -> bool:
        return self.rule != "unknown"


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", (text or "").replace("（", "(").replace("）", ")"))


def parse(text: str) -> TimeLimit:
    t = _clean(text)
    if not t:
        return TimeLimit("unknown", UNKNOWN_LABEL)
    m = re.search(_NUM + r"个?工作日", t)
    if m and (n := cn_number(m.group(1))):
        return TimeLimit("workdays", f"形成或变更之日起{n}个工作日内", m.group(0), days=n)
    m = re.search(r"每年(?:度)?" + _NUM + r"月(?:份)?(?:" + _NUM + r"日|底|末)?(?:前|以前|之前)", t)
    if m and (month := cn_number(m.group(1))) and 1 <= month <= 12:
        day = cn_number(m.group(2)) if m.group(2) else 0
        if day is not None and 0 <= day <= 31:
            when = f"{month}月{day}日" if day else f"{month}月底"
            return TimeLimit(
                "annual_by", f"每年{when}前公开", m.group(0), month=month, day=day or 0
            )
    m = re.search(
        r"(?:每|按)(半年|季度?|月|年)度?(?:结束|末|终了)后" + _NUM + r"(?:个)?(?:日|天)(?:内|以内)",
        t,
    )
    if m and (n := cn_number(m.group(2))) is not None:
        code, label, window = _PERIOD_WORDS[m.group(1)]
        return TimeLimit(
            "periodic", f"{label}（期末后{n}日内）", m.group(0), days=window + n, period=code
        )
    m = re.search(r"每月" + _NUM + r"日(?:前|以前|之前)", t)
    if m:
        return TimeLimit("periodic", "每月", m.group(0), days=31, period="month")
    m = re.search(_NUM + r"(?:个)?(?:自然日|日|天)(?:内|以内|之内)", t)
    if m and (n := cn_number(m.group(1))):
        return TimeLimit("days", f"形成或变更之日起{n}日内（自然日）", m.group(0), days=n)
    m = re.search(r"实时|即时|随时", t)
    if m:
        return TimeLimit("realtime", "实时公开（形成之日起1个工作日内）", m.group(0), days=1)
    for pattern, code, label, window in PERIODS:
        m = re.search(pattern, t)
        if m:
            return TimeLimit("periodic", label, m.group(0), days=window, period=code)
    m = re.search(r"长期|常年|常态", t)
    if m:
        return TimeLimit("standing", "长期公开（栏目有内容即可）", m.group(0))
    return TimeLimit("unknown", UNKNOWN_LABEL)


# --- applying a rule ----------------------------------------------------------------


@dataclass(frozen=True)
class Published:
    """One item as the rule sees it: the day it was formed (None: not recorded) and the
    day it was published."""

    formed: dt.date | None
    published: dt.date


@dataclass
class Timeliness:
    verdict: str  # ok, late, outdated, empty, unknown
    explanation: str
    late: int = 0
    undated: int = 0
    due_dates: list[dt.date] = field(default_factory=list)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def annual_due(limit: TimeLimit, year: int) -> dt.date:
    if limit.day:
        try:
            return dt.date(year, limit.month, limit.day)
        except ValueError:
            return _month_end(year, limit.month)
    return _month_end(year, limit.month)


def judge(
    limit: TimeLimit, items: list[Published], today: dt.date, cal: WorkCalendar
) -> Timeliness:
    """Whether ``items`` (the unit's published items of the column) meet ``limit``."""
    if not items:
        return Timeliness("empty", "栏目内没有本单位发布的信息")
    if not limit.known:
        return Timeliness("unknown", f"{UNKNOWN_LABEL}，未判断是否按时公开")
    last = max(i.published for i in items)
    if limit.rule in ("workdays", "days", "realtime"):
        late, undated, dues = 0, 0, []
        for i in items:
            if i.formed is None:
                undated += 1
                continue
            if limit.rule == "days":
                due = i.formed + dt.timedelta(days=limit.days)
            else:
                due = cal.add(i.formed, limit.days).value
            dues.append(due)
            if i.published > due:
                late += 1
        text = f"按“{limit.label}”逐条核对：{len(items) - undated}条有形成日期，超时限{late}条"
        if undated:
            text += f"；{undated}条未填写形成日期，未核对"
        return Timeliness(
            "late" if late else "ok", text, late=late, undated=undated, due_dates=dues
        )
    if limit.rule == "periodic":
        age = (today - last).days
        verdict = "ok" if age <= limit.days else "outdated"
        return Timeliness(
            verdict,
            f"按“{limit.label}”：最近发布{last.isoformat()}，距今{age}天（不超过{limit.days}天为按时）",
        )
    if limit.rule == "annual_by":
        year = today.year if today > annual_due(limit, today.year) else today.year - 1
        due = annual_due(limit, year)
        in_year = sorted(i.published for i in items if i.published.year == year)
        if not in_year:
            return Timeliness("outdated", f"按“{limit.label}”：{year}年未发布")
        if in_year[0] > due:
            return Timeliness(
                "late",
                f"按“{limit.label}”：{year}年首次发布于{in_year[0].isoformat()}，晚于{due.isoformat()}",
                late=1,
            )
        return Timeliness("ok", f"按“{limit.label}”：{year}年已于{in_year[0].isoformat()}发布")
    # standing
    return Timeliness("ok", f"按“{limit.label}”：栏目有{len(items)}条信息")
