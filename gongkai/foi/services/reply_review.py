"""The approval of a reply (答复审核): the drafter submits the reply as a draft; someone
with review rights over the application's unit approves it — it is then sent exactly as
``application_reply`` sends a reply, dated the day it is sent — or returns it with a
reason. Whoever drafted a reply may not approve it (``core.duties``).

The application keeps its state while the draft waits, so the statutory clock runs on:
the reply date that counts is the day the approved reply is sent (RULES §5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.duties import ensure_not_author
from gongkai.core.models import User
from gongkai.core.permissions import can_access_unit, require_review
from gongkai.foi import reply_gate
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Application, Letter, ReplyDraft
from gongkai.foi.services import disclosure
from gongkai.foi.services._base import _check, _lock, _today, _transition
from gongkai.foi.services.files import file_attach
from gongkai.foi.services.reply import _validate_reply, application_reply

Draft = ReplyDraft.Status


def reply_submit(
    *,
    actor: User,
    application: Application,
    outcome: str,
    reasons: str = "",
    legal_basis: str = "",
    holder: str = "",
    on: dt.date | None = None,
    files=(),
    keep: dict[str, str] | None = None,
) -> Letter | ReplyDraft:
    """The reply button: with review on, a draft for approval; otherwise the reply."""
    fields: dict[str, Any] = {"outcome": outcome, "reasons": reasons, "legal_basis": legal_basis}
    fields |= {"holder": holder, "files": files, "keep": keep}
    if not reply_gate.review_required():
        return application_reply(actor=actor, application=application, on=on, **fields)
    return reply_draft_submit(actor=actor, application=application, **fields)


@transaction.atomic
def reply_draft_submit(
    *,
    actor: User,
    application: Application,
    outcome: str,
    reasons: str = "",
    legal_basis: str = "",
    holder: str = "",
    files=(),
    keep: dict[str, str] | None = None,
) -> ReplyDraft:
    """Submit a reply for approval; it is checked now as a reply would be (outcome,
    reasons, the files' personal data), so that the reviewer sees a reply that can go."""
    app = _lock(application)
    _check(actor, app)
    _transition(app, "reply")
    if app.reply_drafts.filter(status=Draft.PENDING).exists():
        raise ValidationError("该申请已有待审核的答复稿：请等审核人员审核或退回后再提交")
    _validate_reply(app, outcome=outcome, reasons=reasons, on=_today())
    for upload in files or ():
        file_attach(actor=actor, application=app, uploaded=upload)
    disclosure.prepare(actor=actor, app=app, outcome=outcome, keep=keep or {})
    draft = ReplyDraft.objects.create(
        application=app,
        outcome=outcome,
        reasons=reasons,
        legal_basis=legal_basis,
        holder=(holder or "")[:200],
        keep=keep or {},
        drafted_by=actor if getattr(actor, "pk", None) else None,
    )
    audit_record(
        actor=actor,
        action="foi.reply_submit",
        obj=app,
        summary=f"申请 {app.tracking_number} 答复稿提交审核：{Outcome(outcome).label}",
        changes={"draft": draft.pk, "outcome": outcome},
    )
    return draft


def _check_reviewer(actor: User, draft: ReplyDraft) -> tuple[Application, ReplyDraft]:
    """Lock the application, then the draft (the order every reply write takes), and
    check that ``actor`` may review in the application's unit and the draft still waits."""
    app = _lock(Application(pk=draft.application_id))
    draft = (
        ReplyDraft.objects.select_for_update(of=("self",))
        .select_related("drafted_by")
        .get(pk=draft.pk)
    )
    _check(actor, app)
    require_review(actor, app.unit)
    if draft.status != Draft.PENDING:
        raise ValidationError(f"该答复稿{draft.get_status_display()}，不能再审核")
    return app, draft


@transaction.atomic
def reply_approve(*, actor: User, draft: ReplyDraft, on: dt.date | None = None) -> Letter:
    """Approve the draft and send it: the reply letter is dated ``on`` (today unless
    given), and the clock counts that day as the reply date."""
    app, draft = _check_reviewer(actor, draft)
    ensure_not_author(actor, draft.drafted_by_id, "答复")
    if draft.drafted_by is not None and not can_access_unit(draft.drafted_by, app.unit):
        raise ValidationError(
            f"该答复稿起草后申请已转至{app.unit.name}：请退回，由承办机构重新起草答复"
        )
    draft.status = Draft.APPROVED
    draft.reviewed_by = actor
    draft.reviewed_at = timezone.now()
    draft.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    letter = application_reply(
        actor=actor,
        application=app,
        outcome=draft.outcome,
        reasons=draft.reasons,
        legal_basis=draft.legal_basis,
        holder=draft.holder,
        on=on,
        # the findings the drafter kept were recorded (who, why) when the draft was
        # submitted; sending re-checks the files against them, so a file attached since
        # then with an open finding stops the reply here
        keep={},
    )
    draft.letter = letter
    draft.save(update_fields=["letter"])
    audit_record(
        actor=actor,
        action="foi.reply_approve",
        obj=app,
        summary=f"审核通过申请 {app.tracking_number} 的答复并发出（{letter.reference_number}）",
        changes={"draft": draft.pk, "drafted_by": draft.drafted_by_id},
    )
    return letter


@transaction.atomic
def reply_return(*, actor: User, draft: ReplyDraft, reason: str) -> ReplyDraft:
    """Return the draft to be redone; nothing is sent and the clock runs on."""
    app, draft = _check_reviewer(actor, draft)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "退回答复稿时请写明需要修改的内容"})
    draft.status = Draft.RETURNED
    draft.return_reason = reason[:1000]
    draft.reviewed_by = actor
    draft.reviewed_at = timezone.now()
    draft.save(update_fields=["status", "return_reason", "reviewed_by", "reviewed_at"])
    audit_record(
        actor=actor,
        action="foi.reply_return",
        obj=app,
        summary=f"退回申请 {app.tracking_number} 的答复稿：{reason[:100]}",
        changes={"draft": draft.pk},
    )
    return draft


def reply_via_review(
    *, drafter: User, reviewer: User, application: Application, on=None, **fields
) -> Letter:
    """Draft and approve in one go (the demo and the tests): two people, as on the page."""
    result = reply_submit(actor=drafter, application=application, on=on, **fields)
    if isinstance(result, Letter):
        return result
    return reply_approve(actor=reviewer, draft=result, on=on)
