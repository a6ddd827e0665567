"""Whether a reply to an application must be approved before it is sent
(``GONGKAI_FOI_REPLY_REVIEW``), and the check ``application_reply`` makes so that no
door — page, API, command — sends an unapproved reply."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from gongkai.core import conf


def review_required() -> bool:
    return bool(conf.get("GONGKAI_FOI_REPLY_REVIEW"))


def ensure_reviewed(app, actor) -> None:
    """With review on, a reply goes out only as the approval of a draft by ``actor``."""
    if not review_required():
        return
    from gongkai.foi.models import ReplyDraft

    approved = ReplyDraft.objects.filter(
        application=app,
        status=ReplyDraft.Status.APPROVED,
        letter__isnull=True,
        reviewed_by_id=getattr(actor, "pk", None),
    )
    if actor is None or not approved.exists():
        raise ValidationError(
            "答复须先经审核：请提交答复稿，由对本机构有审核权的人员审核通过后发出"
        )
