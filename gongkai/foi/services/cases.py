"""Administrative review and litigation about an application (annual report §四)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.foi.codes import CaseKind, CaseResult
from gongkai.foi.models import Application, ReviewCase
from gongkai.foi.services._base import _check, _lock, _today


@transaction.atomic
def case_record(
    *,
    actor: User,
    application: Application,
    kind: str,
    filed_on: dt.date,
    body: str = "",
    case_number: str = "",
    note: str = "",
) -> ReviewCase:
    app = _lock(application)
    _check(actor, app)
    if kind not in CaseKind.values:
        raise ValidationError({"kind": "请选择行政复议或行政诉讼类型"})
    if filed_on > _today():
        raise ValidationError({"filed_on": "受理日期不能晚于今天"})
    case = ReviewCase.objects.create(
        application=app, kind=kind, filed_on=filed_on, body=body, case_number=case_number, note=note
    )
    audit_record(
        actor=actor,
        action="foi.case_record",
        obj=case,
        unit=app.unit,
        summary=f"申请 {app.tracking_number} 登记{case.get_kind_display()}",
    )
    return case


@transaction.atomic
def case_decide(
    *, actor: User, case: ReviewCase, result: str, decided_on: dt.date | None = None, note: str = ""
) -> ReviewCase:
    case = (
        ReviewCase.objects.select_for_update().select_related("application__unit").get(pk=case.pk)
    )
    _check(actor, case.application)
    if result not in CaseResult.values:
        raise ValidationError({"result": "请选择案件结果"})
    if result != CaseResult.PENDING and not decided_on:
        decided_on = _today()
    old = case.result
    case.result = result
    case.decided_on = decided_on if result != CaseResult.PENDING else None
    if note:
        case.note = note
    case.save()
    audit_record(
        actor=actor,
        action="foi.case_decide",
        obj=case,
        unit=case.application.unit,
        summary=f"{case.get_kind_display()}结果：{case.get_result_display()}",
        changes={"result": [old, result]},
    )
    return case
