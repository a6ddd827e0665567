"""Work plans (工作要点/任务分解表), their tasks, progress reports, 督办 notices, the
published progress snapshots, and representatives' suggestions (建议提案)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields


class Plan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        SENT = "sent", _("已下发")
        PUBLISHED = "published", _("已公开")

    class Level(models.TextChoices):
        NATIONAL = "national", _("国家")
        PROVINCE = "province", _("省级")
        CITY = "city", _("市级")
        COUNTY = "county", _("县级")
        TOWNSHIP = "township", _("乡镇（街道）")

    class Period(models.TextChoices):
        MONTHLY = "monthly", _("每月报送")
        QUARTERLY = "quarterly", _("每季度报送")

    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="plans", verbose_name=_("印发单位")
    )
    title = models.CharField(_("标题"), max_length=300)
    year = models.PositiveIntegerField(_("年度"), db_index=True)
    issuer_text = models.CharField(_("计划所写发文机关"), max_length=200, blank=True)
    source_name = models.CharField(_("来源文件"), max_length=300, blank=True)
    source_file = models.FileField(_("原文件"), upload_to="supervision/plans/", blank=True)
    level = models.CharField(_("层级"), max_length=12, choices=Level.choices, default=Level.COUNTY)
    period = models.CharField(
        _("报送周期"), max_length=12, choices=Period.choices, default=Period.QUARTERLY
    )
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    unmatched_names = models.JSONField(_("未对应的单位名称"), default=list, blank=True)
    event_dates = models.JSONField(_("事件日期"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    sent_at = models.DateTimeField(_("下发时间"), null=True, blank=True)
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("工作计划")
        verbose_name_plural = _("工作计划")
        ordering = ["-year", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "sent", "published"]),
                name="supervision_plan_status_in_workflow",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("supervision:public_plan", args=[self.pk])


#: plan workflow (gongkai.core.workflow.transition)
PLAN_TRANSITIONS = {
    "send": (frozenset({"draft"}), "sent"),
    "publish": (frozenset({"sent", "published"}), "published"),
}


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("未启动")
    IN_PROGRESS = "in_progress", _("推进中")
    DONE = "done", _("已完成")
    ONGOING = "ongoing", _("长期坚持")


class Task(DeadlineFields):
    class Recurrence(models.TextChoices):
        NONE = "", _("一次性")
        MONTHLY = "monthly", _("每月")
        QUARTERLY = "quarterly", _("每季度")
        YEARLY = "yearly", _("每年")
        ONGOING = "ongoing", _("长期坚持")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveIntegerField(_("顺序"), default=0)
    number = models.CharField(_("序号"), max_length=40, blank=True)
    category = models.JSONField(_("分类"), default=list, blank=True)
    requirement = models.TextField(_("具体要求"))
    lead_names = models.JSONField(_("牵头单位（原文）"), default=list, blank=True)
    partner_names = models.JSONField(_("配合单位（原文）"), default=list, blank=True)
    lead_units = models.ManyToManyField(
        "core.Unit", related_name="led_tasks", blank=True, verbose_name=_("牵头单位")
    )
    partner_units = models.ManyToManyField(
        "core.Unit", related_name="partner_tasks", blank=True, verbose_name=_("配合单位")
    )
    deadline_text = models.CharField(_("完成时限（原文）"), max_length=200, blank=True)
    recurrence = models.CharField(
        _("周期"), max_length=12, choices=Recurrence.choices, blank=True, default=""
    )
    evidence_expected = models.TextField(_("佐证材料要求"), blank=True)
    problems = models.JSONField(_("导入问题"), default=list, blank=True)
    # the lead units' latest status, kept by the reporting service for quick overviews
    status = models.CharField(
        _("进展"), max_length=12, choices=ProgressStatus.choices,
        default=ProgressStatus.NOT_STARTED, db_index=True,
    )  # fmt: skip
    last_period = models.CharField(_("最近报送期"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("任务")
        verbose_name_plural = _("任务")
        ordering = ["plan", "order", "id"]
        indexes = [models.Index(fields=["plan", "order", "id"], name="sv_task_plan_order")]

    def __str__(self) -> str:
        label = self.requirement[:40]
        return f"{self.number}　{label}" if self.number else label

    @property
    def category_label(self) -> str:
        return " › ".join(self.category)


class Progress(models.Model):
    """One unit's report on one task for one period."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports")
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    period = models.CharField(_("报送期"), max_length=10)  # "2026-03" or "2026-Q1"
    status = models.CharField(_("进展"), max_length=12, choices=ProgressStatus.choices)
    text = models.TextField(_("进展情况（可公开）"))
    internal_note = models.TextField(_("内部备注（不公开）"), blank=True)
    evidence_items = models.ManyToManyField(
        "publishing.InformationItem", blank=True, related_name="+", verbose_name=_("佐证信息")
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reported_at = models.DateTimeField(_("报送时间"), auto_now=True)

    class Meta:
        verbose_name = _("进展报送")
        verbose_name_plural = _("进展报送")
        ordering = ["-period", "task", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["task", "unit", "period"], name="supervision_progress_one_per_period"
            )
        ]
        indexes = [
            # this period's report of a task (overview), and a unit's reports of a period (to-do)
            models.Index(fields=["task", "period"], name="sv_progress_task_period"),
            models.Index(fields=["unit", "period"], name="sv_progress_unit_period"),
        ]

    def __str__(self) -> str:
        return f"{self.task} · {self.unit} · {self.period_label}"

    @property
    def period_label(self) -> str:
        from gongkai.supervision.periods import period_label

        return period_label(self.period)


class EvidenceFile(models.Model):
    progress = models.ForeignKey(Progress, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("文件"), upload_to="supervision/evidence/")
    name = models.CharField(_("文件名"), max_length=200)

    class Meta:
        verbose_name = _("佐证文件")
        verbose_name_plural = _("佐证文件")

    def __str__(self) -> str:
        return self.name


class Notice(DeadlineFields):
    """督办单: numbered per year; ``due`` is the reply deadline."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="notices")
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveIntegerField(_("年度"))
    seq = models.PositiveIntegerField(_("编号"))
    body = models.TextField(_("督办事项"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(_("签发时间"), auto_now_add=True)
    answer = models.TextField(_("办理回复"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("回复时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("督办单")
        verbose_name_plural = _("督办单")
        ordering = ["-year", "-seq"]
        constraints = [
            models.UniqueConstraint(fields=["year", "seq"], name="supervision_notice_seq_per_year")
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def number(self) -> str:
        return f"督办〔{self.year}〕{self.seq}号"


class Publication(models.Model):
    """A published snapshot of a plan's progress for one period (history kept)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="publications")
    period = models.CharField(_("报送期"), max_length=10)
    rows = models.JSONField(_("公开内容"), default=list)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(_("公开时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("进展公开")
        verbose_name_plural = _("进展公开")
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return f"{self.plan} · {self.period_label}"

    @property
    def period_label(self) -> str:
        from gongkai.supervision.periods import period_label

        return period_label(self.period)


class Suggestion(DeadlineFields):
    """人大代表建议 / 政协提案: assigned to a 主办 unit, answered within the statutory period."""

    class Kind(models.TextChoices):
        DEPUTY = "deputy", _("人大代表建议")
        MEMBER = "member", _("政协委员提案")

    class Status(models.TextChoices):
        ASSIGNED = "assigned", _("办理中")
        REPLIED = "replied", _("已答复待审核")
        APPROVED = "approved", _("审核通过")
        PUBLISHED = "published", _("已公开")

    class PublishMode(models.TextChoices):
        FULL = "full", _("全文公开")
        SUMMARY = "summary", _("摘要公开")

    class Satisfaction(models.TextChoices):
        NONE = "", _("未反馈")
        SATISFIED = "satisfied", _("满意")
        BASIC = "basic", _("基本满意")
        UNSATISFIED = "unsatisfied", _("不满意")

    kind = models.CharField(_("类别"), max_length=10, choices=Kind.choices)
    year = models.PositiveIntegerField(_("年度"))
    number = models.CharField(_("编号"), max_length=40)
    title = models.CharField(_("标题"), max_length=300)
    proposer = models.CharField(_("提出人"), max_length=100)
    content = models.TextField(_("内容"), blank=True)
    lead_unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("主办单位")
    )
    co_units = models.ManyToManyField(
        "core.Unit", blank=True, related_name="+", verbose_name=_("协办单位")
    )
    assigned_on = models.DateField(_("交办日期"))
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.ASSIGNED, db_index=True
    )
    reply = models.TextField(_("答复内容"), blank=True)
    replied_on = models.DateField(_("答复日期"), null=True, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("答复人"),
    )  # fmt: skip
    review_note = models.TextField(_("审核意见"), blank=True)
    satisfaction = models.CharField(
        _("满意度"), max_length=12, choices=Satisfaction.choices, blank=True, default=""
    )
    published_reply = models.TextField(_("公开的答复（已去除个人信息）"), blank=True)
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True)
    # never published: removed from the reply and the title when it is published
    proposer_contact = models.CharField(_("提出人联系方式（不公开）"), max_length=200, blank=True)
    distribution = models.TextField(_("抄送范围（不公开）"), blank=True)
    publish_mode = models.CharField(
        _("公开方式"), max_length=8, choices=PublishMode.choices, default=PublishMode.FULL
    )
    reply_summary = models.TextField(_("答复摘要（摘要公开时使用）"), blank=True)
    published_title = models.CharField(_("公开的标题"), max_length=300, blank=True)
    # the reply's number in 政民互动's former 建议提案复文 list (its old address redirects here)
    legacy_reply_id = models.PositiveIntegerField(
        _("原建议提案复文编号"), null=True, blank=True, unique=True, editable=False
    )

    class Meta:
        verbose_name = _("建议提案")
        verbose_name_plural = _("建议提案")
        ordering = ["-year", "number"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}第{self.number}号：{self.title}"

    @property
    def public_heading(self) -> str:
        """The heading on public pages: the published (de-identified) title."""
        title = self.published_title or self.title
        return f"{self.get_kind_display()}第{self.number}号：{title}" if self.number else title


class SuggestionOpinion(models.Model):
    """A 协办 unit's opinion on a suggestion, which the 主办 unit's reply draws on."""

    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="opinions")
    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("协办单位")
    )
    text = models.TextField(_("协办意见"))
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    written_at = models.DateTimeField(_("提出时间"), auto_now=True)

    class Meta:
        verbose_name = _("协办意见")
        verbose_name_plural = _("协办意见")
        ordering = ["unit__name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["suggestion", "unit"], name="supervision_opinion_one_per_unit"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit}对{self.suggestion}的协办意见"


SUGGESTION_TRANSITIONS = {
    "reply": (frozenset({"assigned", "replied"}), "replied"),
    "approve": (frozenset({"replied"}), "approved"),
    "return": (frozenset({"replied"}), "assigned"),
    "publish": (frozenset({"approved"}), "published"),
}
