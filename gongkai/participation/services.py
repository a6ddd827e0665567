"""Every write of the participation app (RULES §6), each with an audit row."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core import tracking
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import has_role, require_role, require_unit
from gongkai.core.workdays import Deadline, WorkCalendar, deadline
from gongkai.participation.models import (
    DEFAULT_ANSWER_WORKING_DAYS,
    FEEDBACK_WORKING_DAYS,
    MIN_PERIOD_DAYS,
    Answer,
    Comment,
    Consultation,
    ConsultationAttachment,
    DeputyReply,
    Feedback,
    Meeting,
    Message,
    MessageKind,
    MessageKindLimit,
    MessageTransfer,
    Question,
    Survey,
    SurveyResponse,
)
from gongkai.privacy import mask_text
from gongkai.search.registry import schedule_reindex

FEEDBACK_RULE = "participation.consultation.feedback"
ANSWER_RULE = "participation.message.answer"
SEARCH_CONSULTATION = "participation.consultation"
SEARCH_MESSAGE = "participation.message"

#: Flood limits: at most N submissions from one client in the window.
COMMENT_LIMIT = (5, dt.timedelta(minutes=10))
MESSAGE_LIMIT = (5, dt.timedelta(hours=1))
SURVEY_LIMIT = (20, dt.timedelta(hours=1))

#: Words that hold a comment for closer moderation (abuse, advertising, spam).
#: Installations extend it with settings.GONGKAI_PARTICIPATION_BANNED_WORDS.
BANNED_WORDS = (
    "代开发票",
    "办证",
    "刷单",
    "博彩",
    "赌博",
    "六合彩",
    "贷款无抵押",
    "加微信",
    "色情",
    "傻逼",
    "法轮",
)


def client_address(request) -> str:
    """The client's address. Behind a reverse proxy set GONGKAI_TRUSTED_PROXY_HOPS (the
    number of proxies that append to X-Forwarded-For); otherwise the header is ignored,
    since anyone can forge it."""
    hops = int(getattr(settings, "GONGKAI_TRUSTED_PROXY_HOPS", 0) or 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        chain = [a.strip() for a in forwarded.split(",") if a.strip()]
        if len(chain) >= hops:
            return chain[-hops]
    return request.META.get("REMOTE_ADDR", "")


def client_hash(ip: str | None, extra: str = "") -> str:
    """A keyed hash of the client address: enough to throttle, never the address itself."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{ip or ''}|{extra}".encode(), hashlib.sha256).hexdigest()


def banned_words_in(text: str) -> list[str]:
    words = list(BANNED_WORDS) + list(getattr(settings, "GONGKAI_PARTICIPATION_BANNED_WORDS", []))
    return [w for w in words if w and w in text]


def _throttle(qs, client: str, limit: tuple[int, dt.timedelta], field: str, what: str) -> None:
    if not client:
        return
    count, window = limit
    since = timezone.now() - window
    if qs.filter(client_hash=client, **{f"{field}__gte": since}).count() >= count:
        minutes = int(window.total_seconds() // 60)
        raise ValidationError(
            f"提交过于频繁：{minutes} 分钟内最多提交 {count} 次{what}，请稍后再试"
        )


def _required(value: str, label: str, max_length: int | None = None) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({label: f"请填写{label}"})
    if max_length and len(value) > max_length:
        raise ValidationError({label: f"{label}最多 {max_length} 个字符"})
    return value


def _require_staff_of(actor: User, unit: Unit) -> None:
    require_unit(actor, unit)


# --- consultations ----------------------------------------------------------------------


def validate_period(starts_at: dt.datetime, ends_at: dt.datetime, reason: str) -> None:
    """Decree 713 Art. 15: generally ≥ 30 days; a shorter period needs a public reason."""
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "征集截止时间应晚于开始时间"})
    if ends_at - starts_at < dt.timedelta(days=MIN_PERIOD_DAYS) and len(reason.strip()) < 5:
        raise ValidationError(
            {
                "short_period_reason": (
                    f"征集期不足 {MIN_PERIOD_DAYS} 日，须填写缩短征集期的理由（至少 5 个字），"
                    "理由将向社会公开（《重大行政决策程序暂行条例》第十五条）"
                )
            }
        )


ATTACHMENT_TYPES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".ofd", ".txt", ".zip")
ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024


def _check_attachment(file) -> None:
    name = (getattr(file, "name", "") or "").lower()
    if not name.endswith(ATTACHMENT_TYPES):
        raise ValidationError(
            {"attachment": f"附件类型应为：{'、'.join(t[1:] for t in ATTACHMENT_TYPES)}"}
        )
    if (getattr(file, "size", 0) or 0) > ATTACHMENT_MAX_BYTES:
        raise ValidationError({"attachment": "附件不能超过 50 MB"})


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
        _check_attachment(file)
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
    validate_period(consultation.starts_at, consultation.ends_at, consultation.short_period_reason)
    consultation.status = Consultation.Status.PUBLISHED
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
    require_role(actor, Role.REVIEWER, Role.OFFICE)
    reason = _required(reason, "撤回理由", 300)
    if consultation.status != Consultation.Status.PUBLISHED:
        raise ValidationError("只能撤回已发布的意见征集")
    if consultation.summary_published_at:
        raise ValidationError("意见采纳情况已公开，不能撤回")
    consultation.status = Consultation.Status.WITHDRAWN
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


def _feedback_deadline(published_on: dt.date, cal: WorkCalendar | None = None) -> Deadline:
    return deadline(
        published_on,
        FEEDBACK_WORKING_DAYS,
        rule=FEEDBACK_RULE,
        what="决策文件公布后公开意见采纳情况：",
        cal=cal,
    )


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
    due = _feedback_deadline(published_on)
    consultation.decision_published_on = published_on
    consultation.decision_url = url
    consultation.decision_title = title
    consultation.decision_item_id = item_id
    consultation.feedback_due = due.due
    consultation.feedback_due_provisional = due.provisional
    consultation.feedback_due_rule = due.rule
    consultation.feedback_due_explanation = due.explanation[:300]
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
    require_role(actor, Role.REVIEWER, Role.OFFICE)
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


# --- mailbox -----------------------------------------------------------------------------


def answer_limit(kind: str) -> int:
    row = MessageKindLimit.objects.filter(kind=kind).first()
    return row.working_days if row else DEFAULT_ANSWER_WORKING_DAYS


def _answer_deadline(kind: str, start: dt.date, cal: WorkCalendar | None = None) -> Deadline:
    return deadline(
        start,
        answer_limit(kind),
        rule=f"{ANSWER_RULE}.{kind}",
        what=f"{MessageKind(kind).label}留言答复：",
        cal=cal,
    )


code_digest = tracking.code_digest


def _new_tracking_number() -> str:
    today = timezone.localdate().strftime("%Y%m%d")
    while True:
        number = f"LY{today}{secrets.randbelow(10**6):06d}"
        if not Message.objects.filter(tracking_number=number).exists():
            return number


@transaction.atomic
def message_submit(
    *,
    kind: str,
    unit: Unit | None,
    subject: str,
    text: str,
    contact: str,
    name: str = "",
    may_publish: bool = False,
    leader: User | None = None,
    client: str = "",
) -> tuple[Message, str]:
    """A citizen writes; returns the message and the one-time query code (only hashed)."""
    if kind not in MessageKind.values:
        raise ValidationError({"kind": "留言类型应为：咨询、建议、投诉或求助"})
    if leader is not None:
        if leader.role != Role.LEADER or not leader.is_active or not leader.unit_id:
            raise ValidationError({"leader": "所选领导不存在"})
        unit = leader.unit  # a letter to a leader goes to the leader's own unit first
    if unit is None:
        raise ValidationError({"unit": "请选择致信的领导或单位"})
    subject = _required(subject, "主题", 200)
    text = _required(text, "内容", 5000)
    contact = _required(contact, "联系方式", 100)
    name = (name or "").strip()
    if len(name) > 50:
        raise ValidationError({"name": "姓名最多 50 个字符"})
    _throttle(Message.objects, client, MESSAGE_LIMIT, "received_at", "留言")
    now = timezone.now()
    due = _answer_deadline(kind, timezone.localdate(now))
    number = _new_tracking_number()
    code = tracking.random_code(8)
    message = Message.objects.create(
        tracking_number=number,
        code_hash=code_digest(number, code),
        kind=kind,
        leader=leader,
        addressed_unit=unit,
        unit=unit,
        subject=subject,
        text=text,
        name=name,
        contact=contact,
        may_publish=bool(may_publish),
        received_at=now,
        due_start=timezone.localdate(now),
        due=due.due,
        due_provisional=due.provisional,
        due_rule=due.rule,
        due_explanation=due.explanation[:300],
        client_hash=client,
    )
    audit_record(
        actor=None,
        action="participation.message_submit",
        obj=message,
        summary=f"收到留言 {number}（{message.get_kind_display()}）",
        changes={"due": due.due},
    )
    return message, code


TRACK_FAILURES = (10, dt.timedelta(minutes=15))


def message_find_throttled(tracking_number: str, code: str, client: str) -> Message | None:
    """``message_find`` with a limit on wrong guesses per client (codes are short)."""
    from django.core.cache import cache

    limit, window = TRACK_FAILURES
    key = f"participation:track-fail:{client}"
    if client and (cache.get(key) or 0) >= limit:
        minutes = int(window.total_seconds() // 60)
        raise ValidationError(f"查询失败次数过多，请 {minutes} 分钟后再试")
    message = message_find(tracking_number, code)
    if message is None and client:
        if not cache.add(key, 1, int(window.total_seconds())):
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, int(window.total_seconds()))
    return message


def message_find(tracking_number: str, code: str) -> Message | None:
    """The asker's view: both the number and the code must match."""
    number = (tracking_number or "").strip().upper()
    if not number or not code:
        return None
    message = Message.objects.filter(tracking_number=number).first()
    if message is None:
        return None
    if not tracking.code_matches(message.code_hash, number, code):
        return None
    return message


def _lock_message(message: Message) -> Message:
    return Message.objects.select_for_update().get(pk=message.pk)


@transaction.atomic
def message_transfer(*, actor: User, message: Message, to_unit: Unit, reason: str = "") -> Message:
    """转办: route to the responsible unit; every step is kept in MessageTransfer."""
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    if not message.is_open:
        raise ValidationError("只能转办尚未答复的留言")
    if to_unit.pk == message.unit_id:
        raise ValidationError({"to_unit": "已由该单位承办"})
    from_unit = message.unit
    MessageTransfer.objects.create(
        message=message, from_unit=from_unit, to_unit=to_unit, reason=reason[:300], actor=actor
    )
    message.unit = to_unit
    message.status = Message.Status.PROCESSING
    message.save(update_fields=["unit", "status"])
    audit_record(
        actor=actor,
        action="participation.message_transfer",
        obj=message,
        unit=from_unit,
        summary=f"留言 {message.tracking_number} 由{from_unit}转{to_unit}办理",
        changes={"from": from_unit.pk, "to": to_unit.pk, "reason": reason},
    )
    return message


@transaction.atomic
def message_answer(*, actor: User, message: Message, answer: str, publish: bool) -> Message:
    """Answer the asker; an answer to be published first goes to a reviewer."""
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    require_role(actor, Role.EDITOR, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    if message.status != Message.Status.PROCESSING:
        raise ValidationError("该留言当前不能答复")
    answer = _required(answer, "答复内容", 10000)
    if publish and not message.may_publish:
        raise ValidationError({"publish": "留言人未同意公开，答复不能公开"})
    was_published = message.published
    message.answer = answer
    message.answer_publish = bool(publish)
    message.answered_by = actor
    # a new answer is public only after its own review
    message.published = False
    message.published_at = None
    if publish:
        message.status = Message.Status.IN_REVIEW
    else:
        message.status = Message.Status.ANSWERED
        message.answered_at = timezone.now()
    message.save()
    audit_record(
        actor=actor,
        action="participation.message_answer",
        obj=message,
        summary=(
            f"留言 {message.tracking_number} 答复已提交审核"
            if publish
            else f"答复留言 {message.tracking_number}"
        ),
        changes={"publish": bool(publish)},
    )
    if was_published:
        schedule_reindex(SEARCH_MESSAGE, message.pk)
    return message


@transaction.atomic
def message_review(*, actor: User, message: Message, approve: bool, note: str = "") -> Message:
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    require_role(actor, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    if message.status != Message.Status.IN_REVIEW:
        raise ValidationError("该留言没有待审核的答复")
    if message.answered_by_id == actor.pk and not actor.is_superuser:
        raise PermissionDenied("答复人不能审核自己的答复")
    if not approve and not note.strip():
        raise ValidationError({"note": "退回须说明理由"})
    now = timezone.now()
    if approve:
        message.status = Message.Status.ANSWERED
        message.answered_at = now
        message.reviewed_by = actor
        message.published = True
        message.published_at = now
    else:
        message.status = Message.Status.PROCESSING
    message.save()
    audit_record(
        actor=actor,
        action="participation.message_review",
        obj=message,
        summary=f"审核留言 {message.tracking_number} 答复：{'通过并公开' if approve else '退回'}",
        changes={"approve": approve, "note": note},
    )
    if approve:
        schedule_reindex(SEARCH_MESSAGE, message.pk)
    return message


@transaction.atomic
def message_invalidate(*, actor: User, message: Message, reason: str) -> Message:
    message = _lock_message(message)
    _require_staff_of(actor, message.unit)
    require_role(actor, Role.REVIEWER, Role.OFFICE, Role.LEADER)
    reason = _required(reason, "无效理由", 300)
    if not message.is_open:
        raise ValidationError("只能将未答复的留言认定为无效")
    message.status = Message.Status.INVALID
    message.invalid_reason = reason
    message.save(update_fields=["status", "invalid_reason"])
    audit_record(
        actor=actor,
        action="participation.message_invalidate",
        obj=message,
        summary=f"留言 {message.tracking_number} 认定为无效：{reason}",
    )
    return message


@transaction.atomic
def message_rate(*, message: Message, rating: int, note: str = "") -> Message:
    message = _lock_message(message)
    if message.status != Message.Status.ANSWERED:
        raise ValidationError("留言答复后才能评价")
    if rating not in (1, 2, 3):
        raise ValidationError({"rating": "评价应为：满意、基本满意或不满意"})
    message.rating = rating
    message.rating_note = (note or "").strip()[:500]
    message.save(update_fields=["rating", "rating_note"])
    audit_record(
        actor=None,
        action="participation.message_rate",
        obj=message,
        summary=f"留言 {message.tracking_number} 评价：{rating_label(rating)}",
    )
    return message


RATINGS = {3: "满意", 2: "基本满意", 1: "不满意"}


def rating_label(rating: int | None) -> str:
    return RATINGS.get(rating or 0, "")


@transaction.atomic
def message_reopen(*, message: Message, reason: str) -> Message:
    """The asker may ask once for the message to be handled again."""
    message = _lock_message(message)
    if message.status != Message.Status.ANSWERED:
        raise ValidationError("留言答复后才能申请重新办理")
    if message.reopened:
        raise ValidationError("每条留言只能申请重新办理一次")
    reason = _required(reason, "重新办理理由", 2000)
    today = timezone.localdate()
    due = _answer_deadline(message.kind, today)
    message.reopened = True
    message.due_start = today
    message.reopen_reason = reason
    message.status = Message.Status.PROCESSING
    message.due = due.due
    message.due_provisional = due.provisional
    message.due_rule = due.rule
    message.due_explanation = due.explanation[:300]
    message.save()
    audit_record(
        actor=None,
        action="participation.message_reopen",
        obj=message,
        summary=f"留言人申请重新办理 {message.tracking_number}",
        changes={"due": due.due},
    )
    return message


@transaction.atomic
def message_limit_set(*, actor: User, kind: str, working_days: int) -> MessageKindLimit:
    require_role(actor, Role.OFFICE)
    if kind not in MessageKind.values:
        raise ValidationError({"kind": "留言类型不正确"})
    if not 1 <= int(working_days) <= 60:
        raise ValidationError({"working_days": "答复时限应在 1 到 60 个工作日之间"})
    row, _ = MessageKindLimit.objects.update_or_create(
        kind=kind, defaults={"working_days": int(working_days)}
    )
    audit_record(
        actor=actor,
        action="participation.message_limit_set",
        obj=row,
        unit=actor.unit,
        summary=f"{MessageKind(kind).label}留言答复时限设为 {working_days} 个工作日",
    )
    return row


def recompute_deadlines(years: set[int]) -> int:
    """Recomputer: open deadlines whose counting touches a changed year."""
    cal = WorkCalendar.current()
    updated = 0
    open_consultations = Consultation.objects.filter(
        feedback_due__isnull=False, summary_published_at__isnull=True
    )
    for c in open_consultations:
        if not ({c.decision_published_on.year, c.feedback_due.year} & years):
            continue
        due = _feedback_deadline(c.decision_published_on, cal)
        if (due.due, due.provisional) != (c.feedback_due, c.feedback_due_provisional):
            Consultation.objects.filter(pk=c.pk).update(
                feedback_due=due.due,
                feedback_due_provisional=due.provisional,
                feedback_due_explanation=due.explanation[:300],
            )
            updated += 1
    for m in Message.objects.filter(
        status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
    ):
        start = m.due_start
        if not ({start.year, m.due.year} & years):
            continue
        due = _answer_deadline(m.kind, start, cal)
        if (due.due, due.provisional) != (m.due, m.due_provisional):
            Message.objects.filter(pk=m.pk).update(
                due=due.due,
                due_provisional=due.provisional,
                due_explanation=due.explanation[:300],
            )
            updated += 1
    return updated


# --- surveys -----------------------------------------------------------------------------


@transaction.atomic
def survey_create(
    *,
    actor: User,
    unit: Unit,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    questions: list[dict],
    description: str = "",
    publish: bool = False,
) -> Survey:
    _require_staff_of(actor, unit)
    title = _required(title, "标题", 200)
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "截止时间应晚于开始时间"})
    if not questions:
        raise ValidationError({"questions": "至少需要一个题目"})
    survey = Survey.objects.create(
        unit=unit,
        title=title,
        description=description,
        starts_at=starts_at,
        ends_at=ends_at,
        published=publish,
    )
    for i, q in enumerate(questions, start=1):
        kind = q.get("kind")
        if kind not in Question.Kind.values:
            raise ValidationError({"questions": f"第 {i} 题题型不正确"})
        text = (q.get("text") or "").strip()
        if not text:
            raise ValidationError({"questions": f"第 {i} 题缺少题目"})
        options = [str(o).strip() for o in q.get("options") or [] if str(o).strip()]
        if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE) and len(options) < 2:
            raise ValidationError({"questions": f"第 {i} 题（选择题）至少需要两个选项"})
        scale_max = int(q.get("scale_max") or 5)
        if kind == Question.Kind.SCALE and not 2 <= scale_max <= 10:
            raise ValidationError({"questions": f"第 {i} 题最高分应在 2 到 10 之间"})
        Question.objects.create(
            survey=survey,
            order=i,
            text=text[:300],
            kind=kind,
            options=options if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE) else [],
            scale_max=scale_max,
            required=bool(q.get("required", True)),
        )
    audit_record(
        actor=actor,
        action="participation.survey_create",
        obj=survey,
        summary=f"创建民意调查《{title}》",
    )
    return survey


@transaction.atomic
def survey_settings(
    *, actor: User, survey: Survey, published: bool, results_public: bool, close_now: bool = False
) -> Survey:
    """Publish or hide a survey, show or hide its results, or close it early."""
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    _require_staff_of(actor, survey.unit)
    now = timezone.now()
    survey.published = bool(published)
    survey.results_public = bool(results_public)
    if close_now and survey.ends_at > now:
        survey.ends_at = max(now, survey.starts_at + dt.timedelta(seconds=1))
    survey.save(update_fields=["published", "results_public", "ends_at"])
    audit_record(
        actor=actor,
        action="participation.survey_settings",
        obj=survey,
        summary=f"调整民意调查《{survey.title}》设置",
        changes={"published": published, "results_public": results_public, "closed": close_now},
    )
    return survey


@transaction.atomic
def survey_respond(*, survey: Survey, answers: dict, client: str = "") -> SurveyResponse:
    """One response; ``answers`` maps question id (int or str) to the answer.

    Single choice: option index; multiple: list of indexes; scale: 1..max; text: str.
    """
    if not survey.is_open():
        raise ValidationError("该调查不在进行中")
    _throttle(
        SurveyResponse.objects.filter(survey=survey), client, SURVEY_LIMIT, "created_at", "答卷"
    )
    answers = {str(k): v for k, v in (answers or {}).items()}
    rows = []
    errors: dict[str, str] = {}
    for q in survey.questions.all():
        value = answers.get(str(q.pk))
        field = f"q{q.pk}"
        empty = value in (None, "", [])
        if empty:
            if q.required:
                errors[field] = f"请回答：{q.text}"
            continue
        try:
            if q.kind == Question.Kind.SINGLE:
                idx = int(value[0] if isinstance(value, list) else value)
                if not 0 <= idx < len(q.options):
                    raise ValueError
                rows.append(Answer(question=q, choices=[idx]))
            elif q.kind == Question.Kind.MULTIPLE:
                values = value if isinstance(value, list) else [value]
                idxs = sorted({int(v) for v in values})
                if any(not 0 <= i < len(q.options) for i in idxs):
                    raise ValueError
                rows.append(Answer(question=q, choices=idxs))
            elif q.kind == Question.Kind.SCALE:
                score = int(value[0] if isinstance(value, list) else value)
                if not 1 <= score <= q.scale_max:
                    raise ValueError
                rows.append(Answer(question=q, scale=score))
            else:
                text = str(value[0] if isinstance(value, list) else value).strip()
                if len(text) > 2000:
                    errors[field] = "回答最多 2000 个字符"
                    continue
                rows.append(Answer(question=q, text=text))
        except (TypeError, ValueError):
            errors[field] = f"回答无效：{q.text}"
    if errors:
        raise ValidationError(errors)
    response = SurveyResponse.objects.create(survey=survey, client_hash=client)
    for a in rows:
        a.response = response
    Answer.objects.bulk_create(rows)
    audit_record(
        actor=None,
        action="participation.survey_respond",
        obj=response,
        unit=survey.unit,
        summary=f"《{survey.title}》收到答卷",
    )
    return response


# --- meetings ----------------------------------------------------------------------------


@transaction.atomic
def meeting_save(*, actor: User, meeting: Meeting | None = None, unit: Unit, **fields) -> Meeting:
    _require_staff_of(actor, unit)
    if meeting is not None:
        _require_staff_of(actor, meeting.unit)
    _required(fields.get("title", ""), "会议名称", 200)
    _required(fields.get("topics", ""), "议题", 5000)
    attendees = int(fields.get("public_attendees") or 0)
    if attendees < 0:
        raise ValidationError({"public_attendees": "人数不能为负数"})
    if attendees and not fields.get("public_invited"):
        raise ValidationError({"public_attendees": "未邀请公众列席时，列席人数应为 0"})
    meeting = meeting or Meeting(unit=unit)
    meeting.unit = unit
    for key, value in fields.items():
        setattr(meeting, key, value)
    meeting.full_clean()
    meeting.save()
    audit_record(
        actor=actor,
        action="participation.meeting_save",
        obj=meeting,
        summary=f"登记会议《{meeting.title}》",
        changes={"public_attendees": attendees},
    )
    return meeting


# --- deputies' suggestions and proposals ---------------------------------------------------

_DISTRIBUTION_LINE = re.compile(
    r"^\s*(抄\s*送|抄\s*报|分\s*送|送\s*达|联\s*系\s*人|联系电话|联系方式|电\s*话|手\s*机)\s*[:：].*$",
    re.MULTILINE,
)


def deputy_clean_text(text: str, *, names: Iterable[str], contacts: Iterable[str]) -> str:
    """Remove the deputy's name, contacts and distribution list (RULES §4), then mask."""
    cleaned = _DISTRIBUTION_LINE.sub("", text)
    for value in sorted({v.strip() for v in contacts if v and v.strip()}, key=len, reverse=True):
        cleaned = cleaned.replace(value, "")
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        cleaned = cleaned.replace(name, "×××")
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned).strip()
    return mask_text(cleaned)


def _split_contacts(contact: str) -> list[str]:
    return [c for c in re.split(r"[\s,，;；/、]+", contact or "") if c]


@transaction.atomic
def deputy_reply_publish(
    *,
    actor: User,
    unit: Unit,
    kind: str,
    title: str,
    body: str,
    deputy_name: str,
    deputy_contact: str = "",
    distribution: str = "",
    number: str = "",
    mode: str = DeputyReply.Mode.FULL,
    summary: str = "",
) -> DeputyReply:
    _require_staff_of(actor, unit)
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        raise PermissionDenied("复文公开须由审核员或公开办操作（先审查后公开）")
    if kind not in DeputyReply.Kind.values:
        raise ValidationError({"kind": "类别应为人大代表建议或政协委员提案"})
    if mode not in DeputyReply.Mode.values:
        raise ValidationError({"mode": "公开方式应为全文或摘要"})
    title = _required(title, "标题", 200)
    body = _required(body, "复文原文", 50000)
    deputy_name = _required(deputy_name, "代表（委员）姓名", 100)
    if mode == DeputyReply.Mode.SUMMARY:
        summary = _required(summary, "摘要", 5000)
    names = [n for n in re.split(r"[\s,，、;；]+", deputy_name) if n]
    contacts = _split_contacts(deputy_contact)
    source = body if mode == DeputyReply.Mode.FULL else summary
    dist_names = [n for n in re.split(r"[\s,，、;；]+", distribution) if len(n) >= 2]
    published = deputy_clean_text(source, names=names + dist_names, contacts=contacts)
    published_title = deputy_clean_text(title, names=names, contacts=contacts)
    reply = DeputyReply.objects.create(
        unit=unit,
        kind=kind,
        number=number.strip()[:50],
        title=published_title[:200],
        body=body,
        summary=summary,
        mode=mode,
        deputy_name=deputy_name,
        deputy_contact=deputy_contact,
        distribution=distribution,
        published_text=published,
        published_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="participation.deputy_reply_publish",
        obj=reply,
        summary=f"公开建议提案复文《{reply.title}》（{reply.get_mode_display()}）",
    )
    return reply
