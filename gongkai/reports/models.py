"""Annual reports (政府信息公开工作年度报告), entered figures, catalogue cadences, assessment.

- ``AnnualReport``: one per unit, year and scope (own office or roll-up over the
  subtree); text sections 一, 五, 六 edited by staff; the tables are computed from the
  data while a draft and frozen in ``tables`` when published (RULES §8).
- ``ExternalFigure``: section 二 figures that come from other systems (licensing,
  penalties, enforcement, administrative fees), entered or imported with their source.
- ``CatalogueCadence``: the update cadence of a catalogue column (RULES §2, §7).
- ``IndicatorSet``/``Indicator``/``AssessmentRound``/``Score``: 考核评估.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AnnualReport(models.Model):
    """政府信息公开工作年度报告."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        PUBLISHED = "published", _("已发布")

    class Scope(models.TextChoices):
        OWN = "own", _("本机关")
        ROLLUP = "rollup", _("本级及所属机构汇总")

    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="annual_reports", verbose_name=_("机构")
    )
    year = models.PositiveIntegerField(_("年度"))
    scope = models.CharField(_("范围"), max_length=10, choices=Scope.choices, default=Scope.OWN)
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    overview = models.TextField(_("一、总体情况"), blank=True)
    problems = models.TextField(_("五、存在的主要问题及改进情况"), blank=True)
    other_matters = models.TextField(_("六、其他需要报告的事项"), blank=True)
    tables = models.JSONField(_("发布时的表格"), default=dict, blank=True)
    facts = models.JSONField(_("发布时的数据摘要"), default=dict, blank=True)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("发布人"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("政府信息公开工作年度报告")
        verbose_name_plural = _("政府信息公开工作年度报告")
        ordering = ["-year", "unit__path", "scope"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "scope"], name="reports_annual_unique_unit_year_scope"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="reports_annual_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        suffix = "（汇总）" if self.scope == self.Scope.ROLLUP else ""
        return f"{self.unit}{self.year}年政府信息公开工作年度报告{suffix}"

    @property
    def title(self) -> str:
        return str(self)

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class ExternalFigure(models.Model):
    """A section 二 figure kept in another system (许可、处罚、强制、收费)."""

    class Kind(models.TextChoices):
        LICENSING = "licensing", _("行政许可（本年处理决定数量）")
        PENALTY = "penalty", _("行政处罚（本年处理决定数量）")
        ENFORCEMENT = "enforcement", _("行政强制（本年处理决定数量）")
        FEES = "fees", _("行政事业性收费（本年收费金额，万元）")

    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("机构")
    )
    year = models.PositiveIntegerField(_("年度"))
    kind = models.CharField(_("项目"), max_length=20, choices=Kind.choices)
    value = models.DecimalField(_("数值"), max_digits=14, decimal_places=4)
    source = models.CharField(
        _("数据来源"), max_length=300, help_text=_("如：省一体化在线政务服务平台导出，2027-01-05")
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("录入人"),
    )
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("外部系统数据")
        verbose_name_plural = _("外部系统数据")
        ordering = ["year", "unit_id", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "kind"], name="reports_external_unique_unit_year_kind"
            ),
            models.CheckConstraint(condition=models.Q(value__gte=0), name="reports_external_ge0"),
        ]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.year} {self.get_kind_display()} {self.value}"


class CatalogueCadence(models.Model):
    """Update cadence of a catalogue column (基层政务公开标准目录 time limits, RULES §2/§7)."""

    class Cadence(models.TextChoices):
        EVENT = "event", _("信息形成或变更之日起20个工作日内")
        MONTHLY = "monthly", _("每月")
        QUARTERLY = "quarterly", _("每季度")
        YEARLY = "yearly", _("每年")

    class Column(models.TextChoices):
        NEWS = "news", _("动态要闻类（2周未更新即为不更新）")
        NOTICE = "notice", _("通知公告、政策文件类（6个月未更新即为不更新）")
        OTHER = "other", _("其他")

    node = models.OneToOneField(
        "publishing.CatalogueNode",
        on_delete=models.CASCADE,
        related_name="cadence",
        verbose_name=_("目录"),
    )
    cadence = models.CharField(_("更新频率"), max_length=10, choices=Cadence.choices)
    column_kind = models.CharField(
        _("栏目类别"), max_length=10, choices=Column.choices, default=Column.OTHER
    )

    class Meta:
        verbose_name = _("目录更新频率")
        verbose_name_plural = _("目录更新频率")

    def __str__(self) -> str:
        return f"{self.node} {self.get_cadence_display()}"


class IndicatorSet(models.Model):
    """考核评估指标体系."""

    name = models.CharField(_("名称"), max_length=100, unique=True)
    description = models.TextField(_("说明"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("考核指标体系")
        verbose_name_plural = _("考核指标体系")

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    class Method(models.TextChoices):
        PUBLICATION_TIMELINESS = "publication_timeliness", _("主动公开及时率（自动）")
        APPLICATIONS_ON_TIME = "applications_on_time", _("依申请公开按期答复率（自动）")
        CATALOGUE_COVERAGE = "catalogue_coverage", _("目录栏目更新达标率（自动）")
        MESSAGES_ON_TIME = "messages_on_time", _("网上留言按期答复率（自动）")
        FEEDBACK_ON_TIME = "feedback_on_time", _("意见征集反馈按期公开率（自动）")
        MANUAL = "manual", _("人工评分")

    indicator_set = models.ForeignKey(
        IndicatorSet, on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(_("指标"), max_length=100)
    weight = models.DecimalField(_("分值"), max_digits=6, decimal_places=2)
    method = models.CharField(_("评分方式"), max_length=30, choices=Method.choices)
    sort_order = models.PositiveIntegerField(default=100)

    class Meta:
        verbose_name = _("考核指标")
        verbose_name_plural = _("考核指标")
        ordering = ["sort_order", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="reports_indicator_w_gt0")
        ]

    def __str__(self) -> str:
        return self.name


class AssessmentRound(models.Model):
    """One year's assessment of the units under ``root`` with one indicator set."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("评分中")
        PUBLISHED = "published", _("已公布")

    indicator_set = models.ForeignKey(IndicatorSet, on_delete=models.PROTECT, related_name="+")
    root = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveIntegerField(_("年度"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    no_data_rule = models.CharField(
        _("无数据指标的计分"),
        max_length=10,
        default="prorate",
        choices=[("prorate", _("不计入，总分按有数据指标折算")), ("zero", _("计 0 分"))],
        help_text=_("评分时按本平台的设置确定，公布后不变"),
    )
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("考核评估")
        verbose_name_plural = _("考核评估")
        ordering = ["-year", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator_set", "root", "year"], name="reports_round_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year}年度{self.indicator_set}"

    @property
    def unit(self):
        return self.root


class Score(models.Model):
    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="scores")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField(_("得分"), max_digits=6, decimal_places=2)
    evidence = models.JSONField(_("依据"), default=dict, blank=True)
    note = models.TextField(_("说明"), blank=True)
    by_hand = models.BooleanField(_("人工评分"), default=False)
    no_data = models.BooleanField(
        _("无数据"), default=False, help_text=_("该机构本年度没有可考核的数据，不给满分")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("得分")
        verbose_name_plural = _("得分")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "indicator", "unit"], name="reports_score_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.indicator_id} {self.score}"


class WebsiteReport(models.Model):
    """政府网站工作年度报表 (国办函〔2018〕12号): one per year for the site, separate from
    the disclosure annual report. Figures are generated from the data; the office may
    correct any of them (``edited`` lists those keys, which regeneration keeps)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        PUBLISHED = "published", _("已发布")

    #: the hosted site (门户网站) the report describes; None: the installation's own website
    #: (a single-site installation, or a report made before sites were hosted).
    site = models.ForeignKey(
        "core.HostedSite",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="website_reports",
        verbose_name=_("门户网站"),
    )
    year = models.PositiveIntegerField(_("年度"))
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    figures = models.JSONField(_("填报数据"), default=dict, blank=True)
    notes = models.JSONField(_("数据说明"), default=dict, blank=True)
    edited = models.JSONField(_("人工修改的项目"), default=list, blank=True)
    generated_at = models.DateTimeField(_("生成时间"), null=True, blank=True)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("发布人"),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("政府网站工作年度报表")
        verbose_name_plural = _("政府网站工作年度报表")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="reports_website_published_has_date",
            ),
            models.UniqueConstraint(
                fields=["year"],
                condition=models.Q(site__isnull=True),
                name="reports_website_one_per_year",
            ),
            models.UniqueConstraint(
                fields=["site", "year"], name="reports_website_one_per_site_year"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        name = self.site.name if self.site_id else settings.GONGKAI_SITE["name"]
        return f"{name}网站工作年度报表（{self.year}年度）"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED
