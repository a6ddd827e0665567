"""Intake: an application submitted online or registered by staff, its receipt and routing.

The receipt date follows Art. 31 (``gongkai.foi.receipt``); the input is cleaned by
``gongkai.foi.validation``; the reply clock starts on receipt (``gongkai.foi.clock``).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time

from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from gongkai.core import conf, tracking
from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.core.permissions import require_unit
from gongkai.core.workdays import WorkCalendar
from gongkai.foi import clock
from gongkai.foi.models import Application, Channel
from gongkai.foi.receipt import receipt_date
from gongkai.foi.services._base import Ev, Status, _check, _event, _lock, _today, _transition
from gongkai.foi.validation import (
    APPLICANT_FIELDS,
    ID_SCAN_TYPES,
    guess_mime,
    normalise_info_key,
    validate_application,
)

access_code_hash = tracking.code_digest


_random = tracking.random_code


def _new_tracking_number(day: dt.date) -> str:
    return f"YSQ{day:%Y%m%d}{_random(6)}"


def _create(
    *,
    clean: dict,
    channel: str,
    submitted_at: dt.datetime,
    received_on: dt.date | None,
    receipt_rule: str,
    actor: User | None,
    id_scan=None,
) -> tuple[Application, str]:
    code = _random(10)
    fields = {k: clean.get(k) or "" for k in APPLICANT_FIELDS}
    for attempt in range(8):
        tracking = _new_tracking_number(timezone.localdate(submitted_at))
        app = Application(
            unit=clean["unit"],
            tracking_number=tracking,
            access_code_hash=access_code_hash(tracking, code),
            channel=channel,
            submitted_at=submitted_at,
            received_on=received_on,
            receipt_rule=receipt_rule,
            status=Status.PROCESSING if received_on else Status.SUBMITTED,
            clock_start_on=received_on,
            info_key=normalise_info_key(
                doc_number=fields["doc_number"],
                title=fields["title"],
                description=fields["description"],
            ),
            created_by=actor,
            **fields,
        )
        if id_scan is not None:
            ext = ID_SCAN_TYPES.get(guess_mime(id_scan), "bin")
            # unguessable name: identity documents must not be reachable by URL guessing
            app.id_scan.save(f"{tracking}-{secrets.token_hex(12)}.{ext}", id_scan, save=False)
        try:
            with transaction.atomic():
                app.save()
            break
        except IntegrityError:
            if attempt == 7:
                raise
    _event(
        app,
        Ev.SUBMITTED,
        timezone.localdate(submitted_at),
        actor,
        f"渠道：{app.get_channel_display()}",
    )
    if received_on:
        _event(app, Ev.RECEIVED, received_on, actor, receipt_rule)
        _after_receipt(app)
        app.save()
    audit_record(
        actor=actor,
        action="foi.application_submit",
        obj=app,
        summary=f"{app.get_channel_display()}申请 {app.tracking_number}（{app.applicant_name}）",
        changes={"channel": channel, "received_on": received_on},
    )
    return app, code


def application_submit(*, data: dict, id_scan=None) -> tuple[Application, str]:
    """A citizen's online application (public form or API). Returns (app, access code).

    Its receipt date is set when staff confirm it (Art. 31 (3)); with
    ``GONGKAI_FOI_AUTO_CONFIRM`` the submission itself counts as the confirmation.
    A citizen's submission must not be lost to a momentary SQLite write lock (a burst
    of submissions; shared-cache databases report it at once instead of waiting), so
    the whole transaction is retried a few times before an error is reported.
    """
    clean = validate_application(data, id_scan=id_scan)
    attempt = 0
    while True:
        try:
            return _submit(clean=clean, id_scan=id_scan)
        except OperationalError as exc:
            attempt += 1
            if "locked" not in str(exc) or attempt >= 60 or connection.in_atomic_block:
                raise
            time.sleep(min(0.5, 0.01 * attempt) + secrets.randbelow(50) / 1000)


@transaction.atomic
def _submit(*, clean: dict, id_scan=None) -> tuple[Application, str]:
    now = timezone.now()
    received_on, rule = None, ""
    if conf.get("GONGKAI_FOI_AUTO_CONFIRM"):
        received_on, rule = receipt_date(
            channel=Channel.ONLINE, confirmed_on=timezone.localdate(now)
        )
        rule += "（系统自动确认）"
    return _create(
        clean=clean,
        channel=Channel.ONLINE,
        submitted_at=now,
        received_on=received_on,
        receipt_rule=rule,
        actor=None,
        id_scan=id_scan,
    )


@transaction.atomic
def application_register(
    *,
    actor: User,
    data: dict,
    channel: str,
    submitted_on: dt.date,
    signed_for_on: dt.date | None = None,
    confirmed_on: dt.date | None = None,
    id_scan=None,
) -> tuple[Application, str]:
    """Staff register an application that arrived on paper, by post, fax or in person."""
    clean = validate_application(data, id_scan=id_scan, staff=True)
    require_unit(actor, clean["unit"])
    if channel not in Channel.values:
        raise ValidationError({"channel": "请选择提交渠道"})
    if channel == Channel.REGISTERED_POST and not signed_for_on:
        raise ValidationError({"signed_for_on": "挂号信/快递请填写签收日期"})
    today = _today()
    for name, value in (
        ("submitted_on", submitted_on),
        ("signed_for_on", signed_for_on),
        ("confirmed_on", confirmed_on),
    ):
        if value and value > today:
            raise ValidationError({name: "日期不能晚于今天"})
    received_on, rule = receipt_date(
        channel=channel,
        submitted_on=submitted_on,
        signed_for_on=signed_for_on,
        confirmed_on=confirmed_on,
    )
    submitted_at = timezone.make_aware(dt.datetime.combine(submitted_on, dt.time(9, 0)))
    return _create(
        clean=clean,
        channel=channel,
        submitted_at=submitted_at,
        received_on=received_on,
        receipt_rule=rule,
        actor=actor,
        id_scan=id_scan,
    )


def _after_receipt(app: Application, cal: WorkCalendar | None = None) -> None:
    cal = cal or clock.current_calendar()
    assert app.received_on is not None  # called right after the receipt date is set
    notice = cal.add(app.received_on, clock.CORRECTION_NOTICE_DAYS)
    app.correction_notice_due_on = notice.value
    clock.recompute(app, cal=cal)


@transaction.atomic
def application_confirm(
    *, actor: User, application: Application, confirmed_on: dt.date | None = None
) -> Application:
    """Staff confirm an online/fax/ordinary-post application with the applicant (Art. 31)."""
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "confirm")
    confirmed_on = confirmed_on or _today()
    if confirmed_on > _today():
        raise ValidationError({"confirmed_on": "确认日期不能晚于今天"})
    if confirmed_on < timezone.localdate(app.submitted_at):
        raise ValidationError({"confirmed_on": "确认日期不能早于提交日期"})
    received_on, rule = receipt_date(channel=app.channel, confirmed_on=confirmed_on)
    app.received_on = received_on
    app.clock_start_on = received_on
    app.receipt_rule = rule
    app.status = to
    _after_receipt(app)
    app.save()
    _event(app, Ev.RECEIVED, received_on, actor, rule)
    audit_record(
        actor=actor,
        action="foi.application_confirm",
        obj=app,
        summary=f"确认收到申请 {app.tracking_number}，收到日期 {received_on}",
    )
    return app


@transaction.atomic
def application_transfer(
    *, actor: User, application: Application, to_unit: Unit, reason: str
) -> Application:
    """Route an application to the responsible unit; the history stays with it."""
    app = _lock(application)
    _check(actor, app)
    if not app.is_open:
        raise ValidationError("已办结的申请不能转办")
    if to_unit.pk == app.unit_id:
        raise ValidationError({"to_unit": "请选择另一个承办机构"})
    if not reason.strip():
        raise ValidationError({"reason": "请说明转办理由"})
    old = app.unit
    app.unit = to_unit
    app.save(update_fields=["unit", "updated_at"])
    _event(
        app,
        Ev.TRANSFER,
        _today(),
        actor,
        f"由{old.name}转至{to_unit.name}：{reason}",
        from_unit=old.pk,
        to_unit=to_unit.pk,
    )
    audit_record(
        actor=actor,
        action="foi.application_transfer",
        obj=app,
        unit=old,
        summary=f"申请 {app.tracking_number} 由{old.name}转至{to_unit.name}",
        changes={"unit": [old.pk, to_unit.pk], "reason": reason},
    )
    return app
