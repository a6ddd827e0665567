"""Pure rules of the response app (no database): the clock-hour limits of an incident's
steps, the working-day limit of a hotline order, and the inactivity of an account."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from gongkai.core.deadlines import Deadline
from gongkai.core.workdays import WorkCalendar, add_hours, deadline

LEVEL_LABELS = {
    "especially_major": "特别重大",
    "major": "重大",
    "larger": "较大",
    "general": "一般",
}
STEP_LABELS = {"release": "首次权威发布", "press": "新闻发布会", "followup": "后续发布"}
SERIOUS = ("especially_major", "major")


@dataclass(frozen=True)
class HourLimits:
    release: int
    press: int | None  # None: no press event required at this level


def level_limits(level: str, conf: dict) -> HourLimits:
    """The hours that apply to ``level``: national defaults, then the installation's
    per-level overrides (``conf["level_hours"]``)."""
    if level in SERIOUS:
        base = {"release": conf["release"], "press": conf["press"]}
    else:
        base = {"release": conf["other"], "press": None}
    base.update(conf.get("level_hours", {}).get(level, {}))
    return HourLimits(release=int(base["release"]), press=base.get("press"))


def _local(moment: dt.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def hour_deadline(start: dt.datetime, hours: int, *, rule: str, what: str) -> Deadline:
    """A clock-hour deadline: nights, weekends and holidays count (RULES §1)."""
    due = add_hours(start, hours)
    text = (
        f"{what}{_local(start)} 起 {hours} 小时 = {_local(due)}（按自然小时计算，含夜间和节假日）"
    )
    return Deadline(due=due, provisional=False, rule=rule, explanation=text)


def incident_deadlines(level: str, found_at: dt.datetime, conf: dict) -> dict[str, Deadline]:
    """The steps an incident of ``level`` found at ``found_at`` must take, with their due
    moments."""
    limits = level_limits(level, conf)
    label = LEVEL_LABELS[level]
    out = {
        "release": hour_deadline(
            found_at,
            limits.release,
            rule=f"{label}舆情：发现后 {limits.release} 小时内发布权威信息",
            what="发现时间 ",
        )
    }
    if limits.press:
        out["press"] = hour_deadline(
            found_at,
            int(limits.press),
            rule=f"{label}舆情：发现后 {limits.press} 小时内举行新闻发布会",
            what="发现时间 ",
        )
    return out


def incident_rule(level: str, conf: dict) -> str:
    limits = level_limits(level, conf)
    text = f"{LEVEL_LABELS[level]}舆情：{limits.release} 小时内首次权威发布"
    if limits.press:
        text += f"，{limits.press} 小时内举行新闻发布会"
    return text


def followup_deadline(start: dt.datetime, hours: int) -> Deadline:
    return hour_deadline(start, hours, rule=f"后续发布：{hours} 小时内", what="安排时间 ")


def order_deadline(received: dt.date, days: int, cal: WorkCalendar | None = None) -> Deadline:
    """A hotline order is answered within ``days`` working days of its receipt."""
    return deadline(
        received, days, rule=f"12345热线工单：{days} 个工作日内办结", what="受理日 ", cal=cal
    )


def idle_days(last_post_on: dt.date | None, today: dt.date) -> int | None:
    return None if last_post_on is None else (today - last_post_on).days


def is_inactive(last_post_on: dt.date | None, today: dt.date, limit_days: int) -> bool:
    """No update for more than ``limit_days`` days (an account never updated counts too)."""
    days = idle_days(last_post_on, today)
    return days is None or days > limit_days
