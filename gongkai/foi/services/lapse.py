"""Applications treated as withdrawn: the correction or fee deadline passed (Art. 30)."""

from __future__ import annotations

import datetime as dt
import logging

from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.foi import clock, letters
from gongkai.foi.codes import Outcome
from gongkai.foi.models import TRANSITIONS, Application
from gongkai.foi.services._base import Ev, Status, _event, _letter, _lock, _today

logger = logging.getLogger(__name__)


@transaction.atomic
def _lapse(app: Application, outcome: str, note: str, today: dt.date) -> None:
    app = _lock(app)
    sources, closed = TRANSITIONS["lapse"]
    if app.status not in sources:  # paid or corrected meanwhile: nothing to do
        return
    app.status = closed
    app.outcome = outcome
    app.replied_on = today
    app.reasons = note
    app.due = None
    app.save()
    _event(app, Ev.LAPSE, today, None, note)
    correction = app.events.filter(kind=Ev.CORRECTION_REQUESTED).first()
    context = {
        "reasons": note,
        "correction_on": letters._cn_date(correction.on) if correction else "",
    }
    _letter(app, "reply", None, today, {}, body=letters.reply_body(app, outcome, context))
    audit_record(
        actor=None,
        action="foi.application_lapse",
        obj=app,
        summary=f"申请 {app.tracking_number} 视为撤回：{note}",
        changes={"outcome": outcome},
    )


def lapse_overdue(*, today: dt.date | None = None) -> int:
    """Close applications whose correction or fee deadline passed (Art. 30, RULES §5)."""
    today = today or _today()
    cal = clock.current_calendar()
    count = 0
    # a deadline in a year whose calendar is not loaded is provisional: never lapse on it
    corrections = Application.objects.filter(status=Status.CORRECTION, correction_due_on__lt=today)
    for app in corrections:
        if app.correction_due_on is None or not cal.year_known(app.correction_due_on.year):
            continue
        count += _try_lapse(
            app,
            Outcome.OTHER_NO_CORRECTION,
            f"申请人未在补正期限（{app.correction_due_on}）内补正，视为放弃申请",
            today,
        )
    for app in Application.objects.filter(status=Status.FEE, fee_due_on__lt=today):
        if app.fee_due_on is None or not cal.year_known(app.fee_due_on.year):
            continue
        count += _try_lapse(
            app,
            Outcome.OTHER_FEE_UNPAID,
            f"申请人未在缴费期限（{app.fee_due_on}）内缴纳信息处理费，视为放弃申请",
            today,
        )
    return count


def _try_lapse(app: Application, outcome: str, note: str, today: dt.date) -> int:
    """1 when closed; 0 when its letter cannot be issued yet (e.g. the remedies of the
    unit are not configured): it stays on the to-do list as overdue, the job goes on."""
    try:
        _lapse(app, outcome, note, today)
    except ValidationError as exc:
        logger.warning("lapse of %s postponed: %s", app.tracking_number, exc.messages)
        return 0
    return 1
