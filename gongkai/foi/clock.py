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

from gongkai.core import conf
from gongkai.core.deadlines import Deadline
from gongkai.core.workdays import WorkCalendar
from gongkai.foi.models import Application, ApplicationEvent, FeeMethod

Status = Application.Status
Ev = ApplicationEvent.Kind

REPLY_DAYS = 20
MAX_EXTENSION_DAYS = 20
CORRECTION_NOTICE_DAYS = 7
CONSULTATION_DAYS = 15
FEE_PAYMENT_DAYS = 20
FEE_PAUSE = "等待缴纳信息处理费"


def current_calendar() -> WorkCalendar:
    """A snapshot of the calendar (overrides and loaded years) for one unit of work."""
    return WorkCalendar.current()


def fee_pauses_clock() -> bool:
    return bool(conf.get("GONGKAI_FOI_FEE_PAUSES_CLOCK"))


@dataclass(frozen=True)
class Pause:
    start: dt.date  # the day the pause begins (itself still counted)
    end: dt.date  # the last day not counted
    label: str
    open: bool = False  # still running; ``end`` is the expected end


def reply_deadline(
    *,
    start: dt.date,
    extension_days: int,
    pauses: list[Pause],
    cal: WorkCalendar,
    restarted: bool = False,
    fee_rule: str = "",
) -> Deadline:
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
    return Deadline(answer.value, provisional, rule, "；".join(parts))


# --- the clock of one application -----------------------------------------------------


def fee_clock_rule(app: Application) -> str:
    """Whether a fee stops this application's clock, as stored and explained ("" if no fee)."""
    if not (app.fee_notice_received_on or app.fee_method != FeeMethod.NONE):
        return ""
    if fee_pauses_clock():
        return "收费期间答复期限暂停计算（GONGKAI_FOI_FEE_PAUSES_CLOCK=True）"
    return "收费期间答复期限照常计算（GONGKAI_FOI_FEE_PAUSES_CLOCK=False）"


def pauses_of(app: Application, cal: WorkCalendar) -> list[Pause]:
    """The periods that do not count: consultation, and a pending fee when it pauses."""
    found: list[Pause] = []
    consult_start = None
    fee_start = None
    for ev in sorted(app.events.all(), key=lambda e: (e.on, e.pk)):
        if ev.kind == Ev.CONSULTATION_STARTED:
            consult_start = ev.on
        elif ev.kind == Ev.CONSULTATION_ENDED and consult_start:
            # Only the consultation's own 15 working days stop the clock (Art. 32–33);
            # waiting beyond them for a late answer counts.
            limit = cal.add(consult_start, CONSULTATION_DAYS).value
            if ev.on > limit:
                found.append(
                    Pause(consult_start, limit, "征求第三方意见（超过15个工作日的部分计入）")
                )
            else:
                found.append(Pause(consult_start, ev.on, "征求第三方意见"))
            consult_start = None
        elif ev.kind == Ev.FEE_NOTICE:
            fee_start = ev.on
        elif ev.kind in (Ev.FEE_PAID, Ev.FEE_WAIVED) and fee_start:
            found.append(Pause(fee_start, ev.on, FEE_PAUSE))
            fee_start = None
    if consult_start:
        end = app.consultation_due_on or cal.add(consult_start, CONSULTATION_DAYS).value
        found.append(Pause(consult_start, end, "征求第三方意见", open=True))
    if not fee_pauses_clock():
        return [p for p in found if p.label != FEE_PAUSE]
    if fee_start:
        end = app.fee_due_on or cal.add(fee_start, FEE_PAYMENT_DAYS).value
        found.append(Pause(fee_start, end, FEE_PAUSE, open=True))
    return found


def deadline_for(app: Application, cal: WorkCalendar) -> Deadline | None:
    """The reply deadline of ``app`` today (``None``: replied or closed, leave it alone)."""
    if not app.clock_start_on or app.status == Status.CORRECTION:
        if app.status == Status.CORRECTION:
            return Deadline.none(
                "等待申请人补正；答复期限自收到补正后的申请之日起重新计算（第三十条）",
                rule="Art.30 awaiting correction",
            )
        return Deadline.none("尚未确认收到申请，答复期限未开始计算（第三十一条）")
    if app.status in (Status.REPLIED, Status.CLOSED):
        return None
    return reply_deadline(
        start=app.clock_start_on,
        extension_days=app.extension_days,
        pauses=pauses_of(app, cal),
        cal=cal,
        restarted=app.clock_start_on != app.received_on,
        fee_rule=fee_clock_rule(app),
    )


def apply(app: Application, deadline: Deadline, cal: WorkCalendar) -> bool:
    """Store ``deadline`` and the office's correction-notice limit (not saved); True if changed.

    The applicant's correction and fee deadlines were notified in writing and are not
    moved; the office's own deadlines are.
    """
    before = app.correction_notice_due_on
    if app.received_on and app.correction_notice_due_on:
        app.correction_notice_due_on = cal.add(app.received_on, CORRECTION_NOTICE_DAYS).value
    changed = app.set_deadline(deadline)
    if deadline.due is not None and (rule := fee_clock_rule(app)):
        app.fee_clock_rule = rule
    return changed or before != app.correction_notice_due_on


def recompute(app: Application, *, cal: WorkCalendar | None = None) -> bool:
    """Recompute and set (not save) the due date; True when anything changed."""
    cal = cal or current_calendar()
    deadline = deadline_for(app, cal)
    if deadline is None:
        return False
    return apply(app, deadline, cal)
