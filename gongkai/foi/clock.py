"""The reply clock (RULES §5, Art. 30–33, 42): one function computes the due date.

The period is 20 working days (plus an approved extension of at most 20) counted from
the receipt date — or from receipt of the corrected application after a correction
(Art. 30). Consultation of third parties does not count (Art. 32–34): the working days
from the day after consultation starts up to and including the day it ends are
skipped. A pending fee pauses the clock the same way when the installation says so
(``GONGKAI_FOI_FEE_PAUSES_CLOCK``, RULES §5 leaves it open); the rule applied is part
of the explanation. All day arithmetic goes through ``gongkai.core.workdays``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings

from gongkai.core.workdays import WorkCalendar

REPLY_DAYS = 20
MAX_EXTENSION_DAYS = 20
CORRECTION_NOTICE_DAYS = 7
CONSULTATION_DAYS = 15
FEE_PAYMENT_DAYS = 20


class _MemoCalendar(WorkCalendar):
    """``WorkCalendar`` with each day's answer remembered: ``chinese_calendar.is_workday``
    costs ~50 µs, and one reply deadline asks about a hundred days."""

    def __init__(self, overrides, loaded_years):
        super().__init__(overrides, loaded_years)
        self._memo: dict[dt.date, bool] = {}

    def is_workday(self, day: dt.date) -> bool:
        answer = self._memo.get(day)
        if answer is None:
            answer = self._memo[day] = super().is_workday(day)
        return answer


def current_calendar() -> WorkCalendar:
    """A snapshot of the calendar (overrides and loaded years) for one unit of work."""
    base = WorkCalendar.current()
    return _MemoCalendar(base.overrides, base.loaded_years)


def fee_pauses_clock() -> bool:
    return bool(getattr(settings, "GONGKAI_FOI_FEE_PAUSES_CLOCK", True))


@dataclass(frozen=True)
class Pause:
    start: dt.date  # the day the pause begins (itself still counted)
    end: dt.date  # the last day not counted
    label: str
    open: bool = False  # still running; ``end`` is the expected end


@dataclass(frozen=True)
class ReplyDeadline:
    due: dt.date
    provisional: bool
    rule: str
    explanation: str


def reply_deadline(
    *,
    start: dt.date,
    extension_days: int,
    pauses: list[Pause],
    cal: WorkCalendar,
    restarted: bool = False,
    fee_rule: str = "",
) -> ReplyDeadline:
    """The reply due date from ``start`` with the given pauses and extension."""
    total = REPLY_DAYS + extension_days
    provisional = False
    start_label = "收到补正后的申请" if restarted else "收到申请"
    base = cal.add(start, REPLY_DAYS)
    provisional |= base.provisional
    parts = [f"{REPLY_DAYS} 个工作日自 {start.isoformat()}（{start_label}）起算 = {base.value}"]
    cursor, left = start, total
    for pause in sorted(pauses, key=lambda p: p.start):
        if pause.end <= cursor or pause.start < start:
            continue
        used = cal.count(cursor, pause.start)
        provisional |= used.provisional
        if used.value >= left:
            break
        skipped = cal.count(pause.start, pause.end)
        provisional |= skipped.provisional
        left -= used.value
        cursor = pause.end
        state = "（尚未结束，按预计结束日计）" if pause.open else ""
        parts.append(
            f"{pause.label} {pause.start.isoformat()} → {pause.end.isoformat()} 不计入"
            f"（{skipped.value} 个工作日）{state}"
        )
    if extension_days:
        parts.append(f"经批准延长 {extension_days} 个工作日")
    answer = cal.add(cursor, left)
    provisional |= answer.provisional
    parts.append(f"答复期限 = {answer.value}")
    if fee_rule:
        parts.append(fee_rule)
    if provisional:
        parts.append("（暂定：所涉年度工作日历尚未载入）")
    rule = "Art.33 20wd" + (f"+{extension_days}wd extension" if extension_days else "")
    if restarted:
        rule += "; Art.30 restart after correction"
    if any(p for p in pauses if p.start >= start):
        rule += "; Art.32 consultation/fee pauses excluded"
    return ReplyDeadline(answer.value, provisional, rule, "；".join(parts))
