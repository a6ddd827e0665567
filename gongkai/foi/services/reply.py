"""The reply (Art. 36–37): files to disclose (privacy-scanned), the reply letter, delivery."""

from __future__ import annotations

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.foi import letters
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Application, DisclosedFile, FormWanted, Letter
from gongkai.foi.selectors import blocking_findings
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


@transaction.atomic
def file_attach(*, actor: User, application: Application, uploaded) -> DisclosedFile:
    """Attach a file to disclose; it is scanned for personal data before anything is sent."""
    from gongkai.core.textextract import extract_text
    from gongkai.privacy import scan_text

    app = _lock(application)
    _check(actor, app)
    if not app.is_open:
        raise ValidationError("已办结的申请不能再添加文件")
    data = uploaded.read()
    uploaded.seek(0)
    text = extract_text(data, uploaded.name)
    findings = [f.as_dict() for f in scan_text(text or "")]
    item = DisclosedFile(
        application=app, name=uploaded.name[:200], findings=findings, scanned_at=timezone.now()
    )
    suffix = "".join(c for c in uploaded.name.rsplit(".", 1)[-1][:10] if c.isalnum())
    item.file.save(
        f"{app.tracking_number}-{secrets.token_hex(12)}.{suffix or 'bin'}", uploaded, save=False
    )
    item.save()
    audit_record(
        actor=actor,
        action="foi.file_attach",
        obj=app,
        summary=f"申请 {app.tracking_number} 添加公开文件 {item.name}，隐私扫描发现 {len(findings)} 处",
    )
    return item


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
    acknowledge_findings: bool = False,
) -> Letter:
    """Reply with one of the 21 annual-report outcomes and generate the reply letter."""
    app = _lock(application)
    _check(actor, app)
    to = _transition(app, "reply")
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": "请从年度报告的处理结果中选择一项"})
    disclosing = outcome in (Outcome.DISCLOSED, Outcome.PARTLY)
    if not disclosing and outcome != Outcome.OTHER and not reasons.strip():
        raise ValidationError({"reasons": "不予公开、无法提供或不予处理的，应当说明理由"})
    if disclosing and blocking_findings(app) and not acknowledge_findings:
        raise ValidationError(
            {"files": "待公开文件中发现个人信息或涉密标识，请处理后再答复，或确认已作区分处理"}
        )
    on = on or _today()
    if app.received_on and on < app.received_on:
        raise ValidationError({"on": "答复日期不能早于收到申请日期"})
    app.outcome = outcome
    app.reasons = reasons
    app.legal_basis = legal_basis
    app.replied_on = on
    app.status = to
    app.save()
    _event(app, Ev.REPLY, on, actor, f"处理结果：{Outcome(outcome).label}", outcome=outcome)
    correction = app.events.filter(kind=Ev.CORRECTION_REQUESTED).first()
    delivery = {
        FormWanted.PAPER: "纸质材料随本答复书一并提供",
        FormWanted.ELECTRONIC: "电子文件随本答复书一并提供",
        FormWanted.EMAIL: "相关信息已通过电子邮件发送",
        FormWanted.COLLECT: "请携带本答复书到本机关查阅、领取",
    }.get(app.form_wanted, "")
    context = {
        "reasons": reasons,
        "legal_basis": legal_basis,
        "delivery": delivery,
        "holder": f"经了解，该信息的制作或保存机关为{holder}，请向其申请。" if holder else "",
        "correction_on": letters._cn_date(correction.on) if correction else "",
    }
    body = letters.reply_body(app, outcome, context)
    letter = _letter(app, "reply", actor, on, {}, body=body)
    audit_record(
        actor=actor,
        action="foi.application_reply",
        obj=app,
        summary=f"答复申请 {app.tracking_number}：{Outcome(outcome).label}",
        changes={"outcome": outcome, "replied_on": on, "due": app.due},
    )
    return letter


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
    _event(app, Ev.DELIVERY, on, actor, note or "答复书已送达")
    audit_record(
        actor=actor,
        action="foi.application_deliver",
        obj=app,
        summary=f"申请 {app.tracking_number} 答复书送达 {on}",
    )
    return app
