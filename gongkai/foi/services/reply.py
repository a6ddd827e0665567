"""The reply (Art. 36–37): the outcome, the reply letter, and its delivery.

The files disclosed with it are attached in ``files``; the letter texts are in
``gongkai.foi.letters``.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.foi import letters, remedies, reply_gate
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Application, Delivery, Letter
from gongkai.foi.services import delivery, disclosure
from gongkai.foi.services._base import (
    Ev,
    _check,
    _event,
    _letter,
    _lock,
    _require,
    _today,
    _transition,
)
from gongkai.foi.services.files import file_attach


@transaction.atomic
def application_reply(
    *,
    actor: User,
    application: Application,
    outcome: str,
    reasons: str = "",
    legal_basis: str = "",
    on: dt.date | None = None,
    holder: str = "",
    files=(),
    keep: dict[str, str] | None = None,
) -> Letter:
    """Reply with one of the 21 annual-report outcomes and generate the reply letter.

    The steps — check, record, write the letter, audit — are separate functions so that
    what happens after a reply (sending it by the route the applicant chose) can be added
    as one more step without touching the others.
    """
    app = _lock(application)
    _check(actor, app)
    reply_gate.ensure_reviewed(app, actor)
    to = _transition(app, "reply")
    on = on or _today()
    _validate_reply(app, outcome=outcome, reasons=reasons, on=on)
    for upload in files or ():
        file_attach(actor=actor, application=app, uploaded=upload)
    disclosure.prepare(actor=actor, app=app, outcome=outcome, keep=keep or {})
    app.outcome = outcome
    app.reasons = reasons
    app.legal_basis = legal_basis
    app.replied_on = on
    app.status = to
    app.save()
    _event(app, Ev.REPLY, on, actor, f"处理结果：{Outcome(outcome).label}", outcome=outcome)
    letter = _reply_letter(app, actor, on, reasons=reasons, legal_basis=legal_basis, holder=holder)
    audit_record(
        actor=actor,
        action="foi.application_reply",
        obj=app,
        summary=f"答复申请 {app.tracking_number}：{Outcome(outcome).label}",
        changes={"outcome": outcome, "replied_on": on, "due": app.due},
    )
    delivery.deliver_reply(actor=actor, app=app, letter=letter, on=on)
    return letter


def _validate_reply(app: Application, *, outcome: str, reasons: str, on: dt.date) -> None:
    """Refuse a reply that cannot be sent, with a Chinese message keyed by field."""
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": "请从年度报告的处理结果中选择一项"})
    disclosing = outcome in (Outcome.DISCLOSED, Outcome.PARTLY)
    if not disclosing and outcome != Outcome.OTHER and not reasons.strip():
        raise ValidationError({"reasons": "不予公开、无法提供或不予处理的，应当说明理由"})
    remedies.bodies(app.unit)  # a letter never prints a placeholder remedy
    if app.received_on and on < app.received_on:
        raise ValidationError({"on": "答复日期不能早于收到申请日期"})


def _reply_letter(
    app: Application, actor, on: dt.date, *, reasons: str, legal_basis: str, holder: str
) -> Letter:
    """The reply letter (答复书) for the outcome already stored on ``app``."""
    correction = app.events.filter(kind=Ev.CORRECTION_REQUESTED).first()
    context = letters.reply_context(
        app,
        reasons=reasons,
        legal_basis=legal_basis,
        holder=holder,
        correction_on=correction.on if correction else None,
    )
    body = letters.reply_body(app, app.outcome or "", context)
    return _letter(app, "reply", actor, on, {}, body=body)


@transaction.atomic
def application_deliver(
    *, actor: User, application: Application, on: dt.date | None = None, note: str = ""
) -> Application:
    app = _lock(application)
    _check(actor, app)
    _require(app, "deliver")
    on = on or _today()
    if app.replied_on and on < app.replied_on:
        raise ValidationError({"on": "送达日期不能早于答复日期"})
    app.delivered_on = on
    app.delivery_note = note[:200]
    app.save()
    Delivery.objects.create(
        application=app,
        letter=app.letters.filter(kind="reply").last(),
        route=app.delivery_route,
        status=Delivery.Status.DONE,
        on=on,
        note=note[:500] or "答复书已送达",
        actor=actor if getattr(actor, "pk", None) else None,
    )
    _event(app, Ev.DELIVERY, on, actor, note or "答复书已送达")
    audit_record(
        actor=actor,
        action="foi.application_deliver",
        obj=app,
        summary=f"申请 {app.tracking_number} 答复书送达 {on}",
    )
    return app
