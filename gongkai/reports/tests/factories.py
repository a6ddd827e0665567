"""Plain builders for a year of data (bulk inserts; no foi/publishing services needed)."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from django.utils import timezone

from gongkai.foi.models import Application, FeeRecord, ReviewCase
from gongkai.publishing.models import InformationItem

_seq = itertools.count(1)


def application(
    unit,
    *,
    received_on,
    applicant_type="natural",
    replied_on=None,
    outcome=None,
    due=None,
    **extra,
) -> Application:
    return Application(
        unit=unit,
        tracking_number=f"T{next(_seq):09d}",
        access_code_hash="x" * 64,
        applicant_type=applicant_type,
        applicant_name="申请人",
        description="申请公开某文件",
        form_wanted="electronic",
        delivery_route="email",
        channel="online",
        submitted_at=timezone.make_aware(dt.datetime.combine(received_on, dt.time(9))),
        received_on=received_on,
        status="replied" if outcome and replied_on else "processing",
        replied_on=replied_on,
        outcome=outcome,
        due=due or received_on + dt.timedelta(days=28),
        **extra,
    )


def add_applications(apps: list[Application]) -> list[Application]:
    return Application.objects.bulk_create(apps)


def item(
    unit, *, kind, published_on, validity="valid", changed_on=None, status="published", **extra
) -> InformationItem:
    return InformationItem(
        unit=unit,
        title=f"{kind}-{next(_seq)}",
        kind=kind,
        attribute="proactive",
        status=status,
        published_at=timezone.make_aware(dt.datetime.combine(published_on, dt.time(10))),
        formed_on=published_on,
        validity=validity,
        validity_changed_on=changed_on,
        **extra,
    )


def add_items(items: list[InformationItem]) -> list[InformationItem]:
    return InformationItem.objects.bulk_create(items)


def case(app, *, kind, result="pending", filed_on, decided_on=None) -> ReviewCase:
    return ReviewCase.objects.create(
        application=app, kind=kind, result=result, filed_on=filed_on, decided_on=decided_on
    )


def fee(app, *, amount, paid_on=None, waived=False) -> FeeRecord:
    return FeeRecord.objects.create(
        application=app,
        method="per_application",
        quantity=11,
        amount=Decimal(amount),
        basis="按件计收",
        waived=waived,
        paid_on=paid_on,
    )
