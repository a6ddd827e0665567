"""Models of the response app: incidents and their steps, press events, new-media
accounts and their lifecycle, policy Q&A entries, hotline work orders."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields, MomentDeadlineFields
from gongkai.core.models import Unit

USER = settings.AUTH_USER_MODEL


class Level(models.TextChoices):
    """舆情级别."""

    ESPECIALLY_MAJOR = "especially_major", _("特别重大")
    MAJOR = "major", _("重大")
    LARGER = "larger", _("较大")
    GENERAL = "general", _("一般")


class Incident(models.Model):
    """政务舆情: an opinion incident answered within clock hours of being found."""

    class Status(models.TextChoices):
        OPEN = "open", _("处置中")
        CLOSED = "closed", _("已办结")

    class Source(models.TextChoices):
        OFFICE = "office", _("办公室登记")
        MESSAGE = "message", _("网上留言")
        COMMENT = "comment", _("公众意见")

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="incidents", verbose_name=_("牵头单位")
    )
    other_units = models.ManyToManyField(
        Unit, blank=True, related_name="incidents_shared", verbose_name=_("配合单位")
    )
    title = models.CharField(_("舆情标题"), max_length=200)
    summary = models.TextField(_("舆情概况"), blank=True)
    level = models.CharField(_("级别"), max_length=20, choices=Level.choices)
    found_at = models.DateTimeField(_("发现时间"), db_index=True)
    source = models.CharField(
        _("来源"), max_length=10, choices=Source.choices, default=Source.OFFICE
    )
    message = models.ForeignKey(
        "participation.Message",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("来源留言"),
    )
    comment = models.ForeignKey(
        "participation.Comment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("来源意见"),
    )
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default="open")
    rule = models.CharField(_("适用时限规则"), max_length=200, blank=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)
    evaluation = models.TextField(_("效果评估"), blank=True)
    lessons = models.TextField(_("经验教训"), blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-found_at"]
        verbose_name = _("政务舆情")
        verbose_name_plural = _("政务舆情")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "closed"]), name="response_incident_status_valid"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Step(MomentDeadlineFields):
    """One response to an incident (首次权威发布、新闻发布会、后续发布), due in clock hours."""

    class Kind(models.TextChoices):
        RELEASE = "release", _("首次权威发布")
        PRESS = "press", _("新闻发布会")
        FOLLOWUP = "followup", _("后续发布")

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("环节"), max_length=10, choices=Kind.choices)
    done_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    link = models.URLField(_("发布链接"), max_length=500, blank=True)
    item = models.ForeignKey(
        "publishing.InformationItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("发布的信息"),
    )
    note = models.CharField(_("说明"), max_length=500, blank=True)

    class Meta:
        ordering = ["due", "pk"]
        verbose_name = _("回应环节")
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "kind"],
                condition=~Q(kind="followup"),
                name="response_step_one_release_one_press",
            )
        ]

    def __str__(self) -> str:
        return f"{self.incident}：{self.get_kind_display()}"

    @property
    def late(self) -> bool:
        if self.due is None:
            return False
        return (self.done_at or timezone.now()) > self.due


class PressEvent(models.Model):
    """新闻发布会、政策吹风会、在线访谈."""

    class Kind(models.TextChoices):
        PRESS = "press", _("新闻发布会")
        BRIEFING = "briefing", _("政策吹风会")
        INTERVIEW = "interview", _("在线访谈")

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="press_events", verbose_name=_("主办单位")
    )
    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("主题"), max_length=200)
    held_at = models.DateTimeField(_("举行时间"), db_index=True)
    spokesperson = models.CharField(_("新闻发言人"), max_length=100)
    speakers = models.CharField(_("其他发布人"), max_length=300, blank=True)
    transcript = models.TextField(_("实录或摘要"), blank=True)
    policy = models.ForeignKey(
        "publishing.InformationItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("相关政策"),
    )
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.SET_NULL, related_name="press_events"
    )
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_at"]
        verbose_name = _("新闻发布活动")

    def __str__(self) -> str:
        return self.title


class NewMediaAccount(models.Model):
    """政务新媒体账号: one per platform per unit while not cancelled."""

    class Platform(models.TextChoices):
        WECHAT = "wechat", _("微信公众号")
        WEIBO = "weibo", _("微博")
        DOUYIN = "douyin", _("抖音")
        TOUTIAO = "toutiao", _("头条号")
        KUAISHOU = "kuaishou", _("快手")
        OTHER = "other", _("其他")

    class Status(models.TextChoices):
        PENDING = "pending", _("开办审核中")
        ACTIVE = "active", _("运营中")
        SUSPENDED = "suspended", _("已关停")
        CANCELLED = "cancelled", _("已注销")

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="new_media", verbose_name=_("主办单位")
    )
    platform = models.CharField(_("平台"), max_length=10, choices=Platform.choices)
    name = models.CharField(_("账号名称"), max_length=100)
    account_id = models.CharField(_("账号标识"), max_length=100, blank=True)
    url = models.URLField(_("访问地址"), max_length=500, blank=True)
    feed_url = models.URLField(
        _("订阅地址"), max_length=500, blank=True, help_text=_("平台提供订阅源时填写")
    )
    feed_error = models.CharField(_("订阅读取问题"), max_length=200, blank=True)
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default="pending")
    last_post_on = models.DateField(_("最近更新日期"), null=True, blank=True)
    opened_on = models.DateField(_("开办日期"), null=True, blank=True)
    closed_on = models.DateField(_("关停或注销日期"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["unit__path", "platform"]
        verbose_name = _("政务新媒体账号")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "platform"],
                condition=~Q(status="cancelled"),
                name="response_one_account_per_platform_per_unit",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "active", "suspended", "cancelled"]),
                name="response_new_media_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.get_platform_display()}）"


class NewMediaEvent(models.Model):
    """The approval record of one lifecycle step (开办、变更、关停、注销)."""

    account = models.ForeignKey(NewMediaAccount, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("事项"), max_length=10)
    approval = models.CharField(_("审批记录"), max_length=300)
    actor = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.account}：{self.action}"


class QAEntry(models.Model):
    """政策问答 (一号答): a question and its answer, reviewed before publication."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("待审核")
        PUBLISHED = "published", _("已公开")
        WITHDRAWN = "withdrawn", _("已撤回")

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="qa_entries", verbose_name=_("答复单位")
    )
    question = models.CharField(_("问题"), max_length=300)
    answer = models.TextField(_("答复"))
    items = models.ManyToManyField(
        "publishing.InformationItem", blank=True, related_name="+", verbose_name=_("相关政策")
    )
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default="draft")
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # who wrote the answer: they may not approve its publication (起草与审核分离)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("起草人"),
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("政策问答")

    def __str__(self) -> str:
        return self.question


class WorkOrder(DeadlineFields):
    """12345 热线工单: received, assigned to a unit, answered in working days, closed."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("已受理")
        ASSIGNED = "assigned", _("已转办")
        RETURNED = "returned", _("已退单")
        ANSWERED = "answered", _("已答复")
        CLOSED = "closed", _("已办结")

    class Satisfaction(models.TextChoices):
        SATISFIED = "satisfied", _("满意")
        BASIC = "basic", _("基本满意")
        UNSATISFIED = "unsatisfied", _("不满意")

    number = models.CharField(_("工单编号"), max_length=40, unique=True)
    owner = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="+", verbose_name=_("受理单位")
    )
    unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="work_orders",
        verbose_name=_("承办单位"),
    )
    received_at = models.DateTimeField(_("受理时间"), db_index=True)
    category = models.CharField(_("诉求类别"), max_length=50)
    content = models.TextField(_("诉求内容"))
    caller = models.CharField(_("来电人"), max_length=50, blank=True)
    phone = models.CharField(_("联系电话"), max_length=30, blank=True)
    limit_days = models.PositiveSmallIntegerField(_("办理时限（工作日）"))
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default="received")
    answer = models.TextField(_("办理结果"), blank=True)
    answered_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    return_reason = models.CharField(_("退单理由"), max_length=300, blank=True)
    satisfaction = models.CharField(
        _("满意度"), max_length=12, choices=Satisfaction.choices, blank=True
    )
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("热线工单")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["received", "assigned", "returned", "answered", "closed"]),
                name="response_work_order_status_valid",
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def answered_late(self) -> bool:
        if self.due is None:
            return False
        done = timezone.localdate(self.answered_at) if self.answered_at else timezone.localdate()
        return done > self.due
