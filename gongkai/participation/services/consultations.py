"""Consultations (意见征集): create, publish, comments, feedback, decision, summary."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.duties import ensure_not_author
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import require_review, require_role
from gongkai.core.workflow import transition
from gongkai.participation.deadlines import feedback_deadline
from gongkai.participation.models import (
    Comment,
    Consultation,
    ConsultationAttachment,
    Feedback,
)
from gongkai.participation.rules import banned_words_in, check_attachment, validate_period
from gongkai.participation.services.common import (
    COMMENT_LIMIT,
    SEARCH_CONSULTATION,
    _require_staff_of,
    _required,
    _throttle,
)
from gongkai.search.registry import schedule_reindex


@transaction.atomic
def consultation_create(
    *,
    actor: User,
    unit: Unit,
    title: str,
    draft_text: str,
    explanation: str,
    how_to_comment: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    short_period_reason: str = "",
    attachments: Iterable[tuple[str, object]] = (),
    publish: bool = False,
) -> Consultation:
    _require_staff_of(actor, unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE)
    errors = {}
    for value, label, field in [
        (title, "标题", "title"),
        (draft_text, "征求意见稿", "draft_text"),
        (explanation, "起草说明", "explanation"),
        (how_to_comment, "意见反馈方式", "how_to_comment"),
    ]:
        if not (value or "").strip():
            errors[field] = f"请填写{label}"
    if errors:
        raise ValidationError(errors)
    validate_period(starts_at, ends_at, short_period_reason or "")
    consultation = Consultation.objects.create(
        unit=unit,
        title=title.strip()[:200],
        draft_text=draft_text,
        explanation=explanation,
        how_to_comment=how_to_comment,
        starts_at=starts_at,
        ends_at=ends_at,
        short_period_reason=(short_period_reason or "").strip(),
        created_by=actor,
    )
    for att_title, file in attachments:
        check_attachment(file)
        ConsultationAttachment.objects.create(
            consultation=consultation, title=att_title or getattr(file, "name", "附件"), file=file
        )
    audit_record(
        actor=actor,
        action="participation.consultation_create",
        obj=consultation,
        summary=f"创建意见征集《{consultation.title}》",
        changes={"starts_at": starts_at, "ends_at": ends_at},
    )
    if publish:
        consultation = consultation_publish(actor=actor, consultation=consultation)
    return consultation


@transaction.atomic
def consultation_publish(*, actor: User, consultation: Consultation) -> Consultation:
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    _require_staff_of(actor, consultation.unit)
    require_role(actor, Role.REVIEWER, Role.OFFICE, Role.EDITOR)
    if consultation.status == Consultation.Status.PUBLISHED:
        return consultation
    status = transition(consultation, "publish", Consultation.TRANSITIONS)
    validate_period(consultation.starts_at, consultation.ends_at, consultation.short_period_reason)
    consultation.status = status
    consultation.published_at = timezone.now()
    consultation.save(update_fields=["status", "published_at"])
    audit_record(
        actor=actor,
        action="participation.consultation_publish",
        obj=consultation,
        summary=f"发布意见征集《{consultation.title}》",
    )
    schedule_reindex(SEARCH_CONSULTATION, consultation.pk)
    return consultation


@transaction.atomic
def consultation_withdraw(*, actor: User, consultation: Consultation, reason: str) -> Consultation:
    """Take a published consultation off the site (e.g. published by mistake).

    Comments already received are kept, never deleted."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    _require_staff_of(actor, consultation.unit)
    require_review(actor, consultation.unit)
    reason = _required(reason, "撤回理由", 300)
    status = transition(consultation, "withdraw", Consultation.TRANSITIONS)
    if consultation.summary_published_at:
        raise ValidationError("意见采纳情况已公开，不能撤回")
    consultation.status = status
    consultation.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="participation.consultation_withdraw",
        obj=consultation,
        summary=f"撤回意见征集《{consultation.title}》：{reason}",
        changes={"reason": reason},
    )
    schedule_reindex(SEARCH_CONSULTATION, consultation.pk)
    return consultation


@transaction.atomic
def comment_submit(
    *,
    consultation: Consultation,
    text: str,
    name: str = "",
    contact: str = "",
    client: str = "",
) -> Comment:
    """A citizen's comment; closes exactly at ``ends_at``."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    now = timezone.now()
    if not consultation.is_public():
        raise ValidationError("该征集不存在或未发布")
    if now < consultation.starts_at:
        raise ValidationError("意见征集尚未开始")
    if now >= consultation.ends_at:
        end = timezone.localtime(consultation.ends_at).strftime("%Y-%m-%d %H:%M")
        raise ValidationError(f"意见征集已于 {end} 截止，不再接收意见")
    text = _required(text, "意见", 5000)
    if len(text) < 2:
        raise ValidationError({"text": "意见内容过短"})
    name = (name or "").strip()
    contact = (contact or "").strip()
    if len(name) > 50:
        raise ValidationError({"name": "姓名最多 50 个字符"})
    if len(contact) > 100:
        raise ValidationError({"contact": "联系方式最多 100 个字符"})
    _throttle(Comment.objects, client, COMMENT_LIMIT, "created_at", "意见")
    if (
        client
        and Comment.objects.filter(
            consultation=consultation, client_hash=client, text=text
        ).exists()
    ):
        raise ValidationError("您已提交过相同的意见，请勿重复提交")
    comment = Comment.objects.create(
        consultation=consultation,
        text=text,
        name=name,
        contact=contact,
        flagged_words=banned_words_in(text + name),
        client_hash=client,
        created_at=now,
    )
    audit_record(
        actor=None,
        action="participation.comment_submit",
        obj=comment,
        unit=consultation.unit,
        summary=f"收到对《{consultation.title}》的公众意见",
        changes={"flagged": comment.flagged_words},
    )
    return comment


@transaction.atomic
def comment_record(
    *,
    actor: User,
    consultation: Consultation,
    text: str,
    received_at: dt.datetime,
    channel: str = Comment.Channel.LETTER,
    name: str = "",
    contact: str = "",
) -> Comment:
    """A comment received by letter or e-mail, entered by staff; it counts if it arrived
    within the period, even when entered after the close. It is moderated like any other."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    _require_staff_of(actor, consultation.unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE)
    if channel not in Comment.Channel.values or channel == Comment.Channel.WEB:
        raise ValidationError({"channel": "渠道应为信函、电子邮件或其他"})
    if not consultation.starts_at <= received_at < consultation.ends_at:
        raise ValidationError({"received_at": "收到时间不在征集期内，不能作为本次征集的意见"})
    if received_at > timezone.now():
        raise ValidationError({"received_at": "收到时间不能晚于现在"})
    text = _required(text, "意见", 5000)
    comment = Comment.objects.create(
        consultation=consultation,
        channel=channel,
        recorded_by=actor,
        text=text,
        name=(name or "").strip()[:50],
        contact=(contact or "").strip()[:100],
        flagged_words=banned_words_in(text),
        created_at=received_at,
    )
    audit_record(
        actor=actor,
        action="participation.comment_record",
        obj=comment,
        unit=consultation.unit,
        summary=f"登记《{consultation.title}》的{comment.get_channel_display()}意见",
        changes={"received_at": received_at},
    )
    return comment


@transaction.atomic
def comment_moderate(*, actor: User, comment: Comment, approve: bool, reason: str = "") -> Comment:
    comment = Comment.objects.select_for_update().select_related("consultation").get(pk=comment.pk)
    _require_staff_of(actor, comment.consultation.unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE)
    reason = (reason or "").strip()
    if not approve and not reason:
        raise ValidationError({"reason": "不通过须填写理由"})
    if approve and comment.flagged_words and not reason:
        raise ValidationError(
            {"reason": f"该意见含敏感词（{'、'.join(comment.flagged_words)}），通过须说明理由"}
        )
    comment.status = Comment.Status.APPROVED if approve else Comment.Status.REJECTED
    comment.reject_reason = "" if approve else reason[:300]
    comment.moderated_by = actor
    comment.moderated_at = timezone.now()
    comment.save(update_fields=["status", "reject_reason", "moderated_by", "moderated_at"])
    audit_record(
        actor=actor,
        action="participation.comment_moderate",
        obj=comment,
        unit=comment.consultation.unit,
        summary=f"审核公众意见：{comment.get_status_display()}",
        changes={"status": comment.status, "reason": reason},
    )
    return comment


@transaction.atomic
def feedback_record(
    *,
    actor: User,
    consultation: Consultation,
    opinion: str,
    outcome: str,
    reason: str = "",
    comments: Iterable[Comment] = (),
) -> Feedback:
    """Feedback on one comment or a group of similar ones (Decree 713 Art. 32)."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    _require_staff_of(actor, consultation.unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE)
    if not consultation.is_closed():
        raise ValidationError("征集期结束后才能反馈意见采纳情况")
    if consultation.summary_published_at:
        raise ValidationError("反馈情况已公开，不能再添加")
    if outcome not in Feedback.Outcome.values:
        raise ValidationError({"outcome": "处理结果应为：采纳、部分采纳或未采纳"})
    reason = (reason or "").strip()
    if outcome != Feedback.Outcome.ADOPTED and not reason:
        raise ValidationError({"reason": "部分采纳或未采纳的意见须说明理由（RULES §6）"})
    # re-read: the caller's objects may be stale
    comments = list(Comment.objects.filter(pk__in=[c.pk for c in comments]))
    for c in comments:
        if c.consultation_id != consultation.pk:
            raise ValidationError({"comments": "所选意见不属于本次征集"})
        if c.status != Comment.Status.APPROVED:
            raise ValidationError({"comments": "只能对已通过审核的意见作出反馈"})
    opinion = (opinion or "").strip()
    if not opinion and len(comments) == 1:
        opinion = comments[0].text[:500]
    if not opinion:
        raise ValidationError({"opinion": "请填写意见概要"})
    feedback = Feedback.objects.create(
        consultation=consultation, opinion=opinion, outcome=outcome, reason=reason, created_by=actor
    )
    if comments:
        Comment.objects.filter(pk__in=[c.pk for c in comments]).update(feedback=feedback)
    audit_record(
        actor=actor,
        action="participation.feedback_record",
        obj=feedback,
        unit=consultation.unit,
        summary=f"《{consultation.title}》意见反馈：{feedback.get_outcome_display()}",
        changes={"outcome": outcome, "comments": [c.pk for c in comments]},
    )
    return feedback


@transaction.atomic
def consultation_decision_record(
    *,
    actor: User,
    consultation: Consultation,
    published_on: dt.date,
    url: str,
    title: str,
    item_id: int | None = None,
) -> Consultation:
    """The final decision was published: the feedback summary is due in 10 working days."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    _require_staff_of(actor, consultation.unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE)
    if not consultation.is_closed():
        raise ValidationError("征集期尚未结束")
    if consultation.summary_published_at:
        raise ValidationError("意见采纳情况已公开，不能再更改决策文件")
    if published_on < timezone.localdate(consultation.ends_at):
        raise ValidationError({"published_on": "决策文件公布日期不能早于征集截止日期"})
    if published_on > timezone.localdate():
        raise ValidationError({"published_on": "决策文件公布日期不能晚于今天"})
    url = _required(url, "决策文件链接", 500)
    if not (url.startswith("/") or re.match(r"^https?://", url)):
        raise ValidationError({"url": "链接应以 http://、https:// 或 / 开头"})
    title = _required(title, "决策文件标题", 200)
    due = feedback_deadline(published_on)
    consultation.decision_published_on = published_on
    consultation.decision_url = url
    consultation.decision_title = title
    consultation.decision_item_id = item_id
    consultation.set_deadline(due)
    consultation.save()
    audit_record(
        actor=actor,
        action="participation.consultation_decision",
        obj=consultation,
        summary=f"登记《{consultation.title}》决策文件公布，反馈期限 {due.due}",
        changes={"published_on": published_on, "url": url, "due": due.due},
    )
    return consultation


@transaction.atomic
def consultation_summary_publish(
    *, actor: User, consultation: Consultation, intro: str = ""
) -> Consultation:
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    _require_staff_of(actor, consultation.unit)
    require_review(actor, consultation.unit)
    # publishing the summary approves the feedback written on the comments: whoever
    # wrote some of it may not be the one who approves it (起草与审核分离)
    for author_id in set(consultation.feedback.values_list("created_by_id", flat=True)):
        ensure_not_author(actor, author_id, "意见反馈")
    if consultation.summary_published_at:
        raise ValidationError("反馈情况已公开")
    if not consultation.is_closed():
        raise ValidationError("征集期尚未结束")
    pending = consultation.comments.filter(status=Comment.Status.PENDING).count()
    if pending:
        raise ValidationError(f"还有 {pending} 条意见未审核，请先审核")
    approved = consultation.comments.filter(status=Comment.Status.APPROVED)
    if approved.exists() and not consultation.feedback.exists():
        raise ValidationError("请先对收到的意见逐条或分组作出反馈")
    consultation.summary_intro = (intro or "").strip()
    consultation.summary_published_at = timezone.now()
    consultation.save(update_fields=["summary_intro", "summary_published_at"])
    audit_record(
        actor=actor,
        action="participation.summary_publish",
        obj=consultation,
        summary=f"公开《{consultation.title}》意见采纳情况",
    )
    schedule_reindex(SEARCH_CONSULTATION, consultation.pk)
    return consultation
