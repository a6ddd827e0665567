"""Information processing fees (RULES §5): assess by one method, notify, paid or waived.

The amounts come from the pure rule ``gongkai.foi.fees``; a pending fee pauses the reply
clock when the installation says so (``gongkai.foi.clock``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.foi import clock, letters
from gongkai.foi import fees as fee_rules
from gongkai.foi.models import Application, FeeMethod, FeeRecord, Letter
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


def applicant_key(app: Application) -> dict:
    if app.id_number:
        return {"id_number": app.id_number}
    return {"applicant_name": app.applicant_name, "phone": app.phone}


def monthly_ordinal(app: Application) -> int:
    """This application's place among the applicant's applications to the same unit that
    calendar month (the fee measures count per applicant per administrative agency)."""
    day = app.received_on or timezone.localdate(app.submitted_at)
    same = Application.objects.filter(
        **applicant_key(app),
        unit_id=app.unit_id,  # per applicant per agency (foi README, "Fees")
        received_on__year=day.year,
        received_on__month=day.month,
    )
    earlier = same.filter(received_on__lt=day).count()
    same_day = same.filter(received_on=day, pk__lte=app.pk).count()
    return earlier + max(same_day, 1)


@transaction.atomic
def fee_assess(
    *,
    actor: User,
    application: Application,
    method: str,
    pages: int | None = None,
    waive_reason: str = "",
) -> FeeRecord:
    """Compute the fee by one method (never both); a waiver sets it to nothing."""
    app = _lock(application)
    _check(actor, app)
    _require(app, "fee_assess")
    if app.fees.exists():
        raise ValidationError("该申请已核定过信息处理费，每件申请只能采用一种计费方式")
    if method == FeeMethod.PER_APPLICATION:
        quantity = monthly_ordinal(app)
        quote = fee_rules.per_application_fee(quantity)
    elif method == FeeMethod.PER_VOLUME:
        if pages is None or pages < 1:
            raise ValidationError({"pages": "按量计收请填写页数"})
        quantity = pages
        quote = fee_rules.per_volume_fee(pages)
    else:
        raise ValidationError({"method": "请选择按件或按量计收"})
    record = FeeRecord.objects.create(
        application=app,
        method=method,
        quantity=quantity,
        amount=quote.amount,
        basis=quote.basis,
        waived=bool(waive_reason.strip()),
        waiver_reason=waive_reason.strip(),
    )
    app.fee_method = method
    app.fee_quantity = quantity
    app.fee_amount = Decimal(0) if record.waived else quote.amount
    app.fee_waived = record.waived
    app.fee_waiver_reason = record.waiver_reason
    app.save()
    if record.waived:
        _event(
            app,
            Ev.FEE_WAIVED,
            _today(),
            actor,
            f"减免信息处理费：{record.waiver_reason}",
            public=False,
        )
    audit_record(
        actor=actor,
        action="foi.fee_assess",
        obj=app,
        summary=f"申请 {app.tracking_number} 核定信息处理费 {quote.amount} 元"
        + ("（已减免）" if record.waived else ""),
        changes={"method": method, "quantity": quantity, "amount": quote.amount},
    )
    return record


@transaction.atomic
def fee_notice(
    *,
    actor: User,
    application: Application,
    notice_received_on: dt.date | None = None,
    on: dt.date | None = None,
    payment: str = "",
) -> Letter:
    """Send the fee notice; the applicant pays within 20 working days from the day after
    receiving it (RULES §5), else the application lapses (outcome other_fee_unpaid)."""
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "fee_notice")
    record = app.fees.order_by("-id").first()
    if record is None:
        raise ValidationError("请先核定信息处理费")
    if record.waived or record.amount <= 0:
        raise ValidationError("该申请无需缴费，不能发出收费通知")
    on = on or _today()
    if app.due and on > app.due:
        raise ValidationError(
            {"on": f"答复期限已于{app.due}届满，期满后不能再发出收费通知（须在答复期限内告知）"}
        )
    notice_received_on = notice_received_on or on
    if notice_received_on < on:
        raise ValidationError({"notice_received_on": "送达日期不能早于发出日期"})
    cal = clock.current_calendar()
    answer = cal.add(notice_received_on, clock.FEE_PAYMENT_DAYS)
    due = answer.value
    record.notice_received_on = notice_received_on
    record.due_on = due
    record.save()
    app.fee_notice_received_on = notice_received_on
    app.fee_due_on = due
    app.status = to
    _event(
        app,
        Ev.FEE_NOTICE,
        on,
        actor,
        f"应缴 {record.amount} 元，缴费期限 {due}",
        amount=record.amount,
        due=due,
    )
    clock.recompute(app, cal=cal)
    app.save()
    payment = payment or conf.get("GONGKAI_FOI_FEE_PAYMENT")
    letter = _letter(
        app,
        "fee",
        actor,
        on,
        {
            "basis": record.basis,
            "amount": record.amount,
            "deadline": letters.deadline_text(due, answer.provisional),
            "payment": payment,
        },
    )
    audit_record(
        actor=actor,
        action="foi.fee_notice",
        obj=app,
        summary=f"申请 {app.tracking_number} 发出收费通知 {record.amount} 元，期限 {due}",
        changes={"fee_clock_rule": app.fee_clock_rule},
    )
    return letter


@transaction.atomic
def fee_paid(*, actor: User, application: Application, on: dt.date | None = None) -> Application:
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "fee_paid")
    on = on or _today()
    record = app.fees.order_by("-id").first()
    if record is None:
        raise ValidationError("没有缴费通知记录，不能登记缴费")
    record.paid_on = on
    record.save()
    app.fee_paid_on = on
    app.status = to
    _event(app, Ev.FEE_PAID, on, actor, f"已缴纳 {record.amount} 元")
    clock.recompute(app)
    app.save()
    audit_record(
        actor=actor, action="foi.fee_paid", obj=app, summary=f"申请 {app.tracking_number} 已缴费"
    )
    return app


@transaction.atomic
def fee_waive(
    *, actor: User, application: Application, reason: str, on: dt.date | None = None
) -> Application:
    """Waive an assessed or notified fee, with a reason (RULES §5: configurable waivers)."""
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "fee_waive")
    if not reason.strip():
        raise ValidationError({"reason": "请填写减免理由"})
    record = app.fees.order_by("-id").first()
    if record is None:
        raise ValidationError("该申请尚未核定信息处理费")
    on = on or _today()
    record.waived = True
    record.waiver_reason = reason
    record.save()
    app.fee_waived = True
    app.fee_waiver_reason = reason
    app.fee_amount = Decimal(0)
    app.status = to
    _event(app, Ev.FEE_WAIVED, on, actor, f"减免信息处理费：{reason}")
    clock.recompute(app)
    app.save()
    audit_record(
        actor=actor,
        action="foi.fee_waive",
        obj=app,
        summary=f"申请 {app.tracking_number} 减免信息处理费：{reason}",
    )
    return app
