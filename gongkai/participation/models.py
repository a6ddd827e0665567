"""Public participation (政民互动): consultations, the leader mailbox, surveys, open
meetings and replies to deputies' suggestions (RULES §6)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields
from gongkai.core.models import Unit
from gongkai.core.workflow import check_constraint_for


def _states(table) -> list[str]:
    """The states a workflow table allows, as plain strings for a CheckConstraint."""
    return sorted(str(s) for s in check_constraint_for(table))


#: Decree 713 Art. 15: the period is generally at least 30 days.
MIN_PERIOD_DAYS = 30
#: seed 001: feedback on a consultation within 10 working days of the decision.
FEEDBACK_WORKING_DAYS = 10
#: default answer limit for a mailbox message, per kind configurable (MessageKindLimit).
DEFAULT_ANSWER_WORKING_DAYS = 10


# --- consultations (意见征集) ---------------------------------------------------------


class ConsultationStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    PUBLISHED = "published", _("已发布")
    WITHDRAWN = "withdrawn", _("已撤回")


#: The consultation workflow: action -> (states it may start from, state it leads to).
#: A withdrawn consultation (published by mistake) may be published again.
CONSULTATION_TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "publish": (
        frozenset({ConsultationStatus.DRAFT, ConsultationStatus.WITHDRAWN}),
        ConsultationStatus.PUBLISHED,
    ),
    "withdraw": (frozenset({ConsultationStatus.PUBLISHED}), ConsultationStatus.WITHDRAWN),
}


class Consultation(DeadlineFields, models.Model):
    """意见征集: a draft put out for public comment.

    The deadline (``due`` …, from ``DeadlineFields``) is the one for publishing the
    feedback: 10 working days after the decision document (``deadlines.feedback_deadline``).
    """

    Status = ConsultationStatus
    TRANSITIONS = CONSULTATION_TRANSITIONS

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="consultations", verbose_name=_("负责单位")
    )
    title = models.CharField(_("标题"), max_length=200)
    draft_text = models.TextField(_("征求意见稿"))
    explanation = models.TextField(_("起草说明"))
    how_to_comment = models.TextField(_("意见反馈方式"))
    starts_at = models.DateTimeField(_("征集开始"))
    ends_at = models.DateTimeField(_("征集截止"))
    short_period_reason = models.TextField(
        _("征集期少于30日的理由"), blank=True, help_text=_("少于30日时必填，并向社会公开")
    )
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    # the final decision document, published by the publishing app (linked by URL)
    decision_published_on = models.DateField(_("决策文件公布日期"), null=True, blank=True)
    decision_url = models.CharField(_("决策文件链接"), max_length=500, blank=True)
    decision_title = models.CharField(_("决策文件标题"), max_length=200, blank=True)
    decision_item_id = models.PositiveIntegerField(_("决策文件编号"), null=True, blank=True)
    summary_intro = models.TextField(_("采纳情况说明"), blank=True)
    summary_published_at = models.DateTimeField(_("反馈情况公开时间"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("意见征集")
        verbose_name_plural = _("意见征集")
        ordering = ["-starts_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="consultation_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=_states(CONSULTATION_TRANSITIONS)),
                name="consultation_status_in_workflow",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def period_days(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 86400

    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def is_open(self, now: dt.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.is_public() and self.starts_at <= now < self.ends_at

    def is_closed(self, now: dt.datetime | None = None) -> bool:
        return (now or timezone.now()) >= self.ends_at

    @property
    def phase(self) -> str:
        now = timezone.now()
        if not self.is_public():
            return str(self.get_status_display())
        if now < self.starts_at:
            return "未开始"
        if now < self.ends_at:
            return "征集中"
        if self.summary_published_at:
            return "已反馈"
        return "已截止"


class ConsultationAttachment(models.Model):
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField(_("附件名称"), max_length=200)
    file = models.FileField(_("文件"), upload_to="participation/consultations/%Y/")

    class Meta:
        verbose_name = _("征集附件")
        verbose_name_plural = _("征集附件")

    def __str__(self) -> str:
        return self.title


class Feedback(models.Model):
    """反馈: the answer to one comment or a group of similar comments."""

    class Outcome(models.TextChoices):
        ADOPTED = "adopted", _("采纳")
        PARTLY = "partly", _("部分采纳")
        NOT_ADOPTED = "not_adopted", _("未采纳")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="feedback"
    )
    opinion = models.TextField(_("意见概要"))
    outcome = models.CharField(_("处理结果"), max_length=12, choices=Outcome.choices)
    reason = models.TextField(_("理由"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("意见反馈")
        verbose_name_plural = _("意见反馈")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(outcome="adopted") | ~models.Q(reason=""),
                name="feedback_reason_unless_adopted",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}：{self.opinion[:20]}"


class Comment(models.Model):
    """公众意见: anonymous, held for moderation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("待审核")
        APPROVED = "approved", _("已通过")
        REJECTED = "rejected", _("未通过")

    class Channel(models.TextChoices):
        WEB = "web", _("网站")
        LETTER = "letter", _("信函")
        EMAIL = "email", _("电子邮件")
        OTHER = "other", _("其他")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="comments"
    )
    channel = models.CharField(
        _("提交渠道"), max_length=8, choices=Channel.choices, default=Channel.WEB
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(_("姓名"), max_length=50, blank=True)
    contact = models.CharField(_("联系方式"), max_length=100, blank=True)
    text = models.TextField(_("意见"))
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    flagged_words = models.JSONField(_("命中敏感词"), default=list, blank=True)
    reject_reason = models.CharField(_("不通过理由"), max_length=300, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    feedback = models.ForeignKey(
        Feedback, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    client_hash = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("公众意见")
        verbose_name_plural = _("公众意见")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="rejected") | ~models.Q(reject_reason=""),
                name="comment_reject_has_reason",
            )
        ]

    def __str__(self) -> str:
        return self.text[:30]


# --- leader mailbox and messages (领导信箱 / 网上咨询) ----------------------------------


class MessageKind(models.TextChoices):
    INQUIRY = "inquiry", _("咨询")
    SUGGESTION = "suggestion", _("建议")
    COMPLAINT = "complaint", _("投诉")
    HELP = "help", _("求助")


class MessageKindLimit(models.Model):
    """Answer limit per kind, in working days (configurable by the disclosure office)."""

    kind = models.CharField(_("类型"), max_length=12, choices=MessageKind.choices, unique=True)
    working_days = models.PositiveSmallIntegerField(
        _("答复时限（工作日）"), default=DEFAULT_ANSWER_WORKING_DAYS
    )

    class Meta:
        verbose_name = _("留言答复时限")
        verbose_name_plural = _("留言答复时限")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.working_days} 个工作日"


class MessageStatus(models.TextChoices):
    PROCESSING = "processing", _("办理中")
    IN_REVIEW = "in_review", _("答复待审核")
    ANSWERED = "answered", _("已答复")
    INVALID = "invalid", _("无效留言")


_OPEN = frozenset({MessageStatus.PROCESSING, MessageStatus.IN_REVIEW})

#: The mailbox workflow: action -> (states it may start from, state it leads to).
#: An answer to be published goes to a reviewer first (``answer_for_review``); the
#: asker may ask once for an answered message to be handled again (``reopen``).
MESSAGE_TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "transfer": (_OPEN, MessageStatus.PROCESSING),
    "answer": (frozenset({MessageStatus.PROCESSING}), MessageStatus.ANSWERED),
    "answer_for_review": (frozenset({MessageStatus.PROCESSING}), MessageStatus.IN_REVIEW),
    "approve": (frozenset({MessageStatus.IN_REVIEW}), MessageStatus.ANSWERED),
    "return": (frozenset({MessageStatus.IN_REVIEW}), MessageStatus.PROCESSING),
    "invalidate": (_OPEN, MessageStatus.INVALID),
    "reopen": (frozenset({MessageStatus.ANSWERED}), MessageStatus.PROCESSING),
}


class Message(DeadlineFields, models.Model):
    """网上留言 / 领导信箱来信.

    The deadline (``due`` …, from ``DeadlineFields``) is the answer's, counted from
    ``due_start`` (``deadlines.answer_deadline``).
    """

    Status = MessageStatus
    TRANSITIONS = MESSAGE_TRANSITIONS

    tracking_number = models.CharField(_("查询编号"), max_length=20, unique=True)
    code_hash = models.CharField(max_length=64)
    kind = models.CharField(_("类型"), max_length=12, choices=MessageKind.choices)
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("致信领导"),
    )
    addressed_unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="+", verbose_name=_("致信单位")
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="messages", verbose_name=_("承办单位")
    )
    subject = models.CharField(_("主题"), max_length=200)
    text = models.TextField(_("内容"))
    name = models.CharField(_("姓名"), max_length=50, blank=True)
    contact = models.CharField(_("联系方式"), max_length=100)
    may_publish = models.BooleanField(_("同意公开"), default=False)
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.PROCESSING
    )
    received_at = models.DateTimeField(_("收到时间"), default=timezone.now, db_index=True)
    due_start = models.DateField(_("期限起算日"), help_text=_("收到或申请重新办理之日"))
    answer = models.TextField(_("答复内容"), blank=True)
    answer_publish = models.BooleanField(_("答复公开"), default=False)
    answered_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published = models.BooleanField(_("已公开"), default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    invalid_reason = models.CharField(_("无效理由"), max_length=300, blank=True)
    rating = models.PositiveSmallIntegerField(_("满意度"), null=True, blank=True)
    rating_note = models.CharField(_("评价说明"), max_length=500, blank=True)
    reopened = models.BooleanField(_("已申请重新办理"), default=False)
    reopen_reason = models.TextField(_("重新办理理由"), blank=True)
    client_hash = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        verbose_name = _("网上留言")
        verbose_name_plural = _("网上留言")
        ordering = ["-received_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=_states(MESSAGE_TRANSITIONS)),
                name="message_status_in_workflow",
            )
        ]

    def __str__(self) -> str:
        return f"{self.tracking_number} {self.subject}"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.PROCESSING, self.Status.IN_REVIEW)


class MessageTransfer(models.Model):
    """One routing step (转办); the history is never rewritten."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="transfers")
    from_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    to_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(_("转办说明"), max_length=300, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_unit} → {self.to_unit}"


# --- surveys (民意调查) ----------------------------------------------------------------


class Survey(models.Model):
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="surveys", verbose_name=_("发起单位")
    )
    title = models.CharField(_("标题"), max_length=200)
    description = models.TextField(_("说明"), blank=True)
    starts_at = models.DateTimeField(_("开始"))
    ends_at = models.DateTimeField(_("截止"))
    published = models.BooleanField(_("已发布"), default=False)
    results_public = models.BooleanField(_("公开结果"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("民意调查")
        verbose_name_plural = _("民意调查")
        ordering = ["-starts_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def is_open(self, now: dt.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.published and self.starts_at <= now < self.ends_at


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("单选")
        MULTIPLE = "multiple", _("多选")
        TEXT = "text", _("文字")
        SCALE = "scale", _("打分")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(_("题目"), max_length=300)
    kind = models.CharField(_("题型"), max_length=10, choices=Kind.choices)
    options = models.JSONField(_("选项"), default=list, blank=True)
    scale_max = models.PositiveSmallIntegerField(_("最高分"), default=5)
    required = models.BooleanField(_("必答"), default=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.text


class SurveyResponse(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    client_hash = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.survey_id}#{self.pk}"


class Answer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choices = models.JSONField(default=list, blank=True)  # option indexes
    text = models.TextField(blank=True)
    scale = models.PositiveSmallIntegerField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.question_id}"


# --- open meetings (会议公开) ---------------------------------------------------------


class Meeting(models.Model):
    """A meeting to which the public or stakeholders were invited (seed 003: ≥ 2 a year)."""

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("召开单位")
    )
    title = models.CharField(_("会议名称"), max_length=200)
    held_on = models.DateField(_("召开日期"))
    topics = models.TextField(_("议题"))
    public_invited = models.BooleanField(_("邀请公众列席"), default=False)
    public_attendees = models.PositiveSmallIntegerField(_("列席公众人数"), default=0)
    livestream_url = models.URLField(_("直播链接"), blank=True)
    outcome = models.TextField(_("会议结果"), blank=True)
    published = models.BooleanField(_("已公开"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("会议公开")
        verbose_name_plural = _("会议公开")
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return self.title

    @property
    def with_public(self) -> bool:
        return self.public_invited and self.public_attendees > 0


# --- replies to deputies' suggestions and CPPCC proposals (建议提案办理复文) ---------------


class DeputyReply(models.Model):
    class Kind(models.TextChoices):
        NPC = "npc", _("人大代表建议")
        CPPCC = "cppcc", _("政协委员提案")

    class Mode(models.TextChoices):
        FULL = "full", _("全文公开")
        SUMMARY = "summary", _("摘要公开")

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="deputy_replies", verbose_name=_("承办单位")
    )
    kind = models.CharField(_("类别"), max_length=8, choices=Kind.choices)
    number = models.CharField(_("建议提案编号"), max_length=50, blank=True)
    title = models.CharField(_("标题"), max_length=200)
    body = models.TextField(_("复文原文"))
    summary = models.TextField(_("摘要"), blank=True)
    mode = models.CharField(_("公开方式"), max_length=8, choices=Mode.choices, default=Mode.FULL)
    # known deputy fields: never published
    deputy_name = models.CharField(_("代表（委员）姓名"), max_length=100)
    deputy_contact = models.CharField(_("代表联系方式"), max_length=200, blank=True)
    distribution = models.TextField(_("抄送范围"), blank=True)
    published_text = models.TextField(_("公开文本"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("建议提案复文")
        verbose_name_plural = _("建议提案复文")
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return self.title
