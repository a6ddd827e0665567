"""重大行政决策目录 and the 政务公开负面清单 with its yearly review."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.registers.models.base import RegisterEntry, _status_check

# --- 重大行政决策目录 --------------------------------------------------------------------


class MajorDecision(RegisterEntry):
    """One decision of the yearly 重大行政决策目录 with its procedure dates. Its 预公开
    consultation (a participation consultation) is linked by id through the search plug;
    a decision without it cannot be marked decided."""

    REGISTER = "decisions"

    class Stage(models.TextChoices):
        PLANNED = "planned", _("拟决策")
        DECIDED = "decided", _("已决策")
        EVALUATED = "evaluated", _("已评估")

    year = models.PositiveIntegerField(_("目录年度"))
    description = models.TextField(_("决策事项内容"))
    consultation_id = models.PositiveBigIntegerField(_("预公开意见征集编号"), null=True, blank=True)
    consultation_title = models.CharField(_("预公开意见征集"), max_length=300, blank=True)
    consultation_url = models.CharField(_("意见征集地址"), max_length=300, blank=True)
    expert_review_on = models.DateField(_("专家论证日期"), null=True, blank=True)
    risk_assessment_on = models.DateField(_("风险评估日期"), null=True, blank=True)
    legality_review_on = models.DateField(_("合法性审查日期"), null=True, blank=True)
    collective_discussion_on = models.DateField(_("集体讨论决定日期"), null=True, blank=True)
    stage = models.CharField(_("决策进度"), max_length=10, choices=Stage.choices, default="planned")
    decided_on = models.DateField(_("决策日期"), null=True, blank=True)
    decision_doc_number = models.CharField(_("决策文件文号"), max_length=80, blank=True)
    decision_link = models.CharField(_("决策文件链接"), max_length=300, blank=True)
    evaluated_on = models.DateField(_("决策后评估日期"), null=True, blank=True)
    evaluation = models.TextField(_("评估情况"), blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("重大行政决策")
        verbose_name_plural = _("重大行政决策")
        constraints = [
            _status_check("decision"),
            models.CheckConstraint(
                condition=models.Q(stage="planned") | models.Q(consultation_id__isnull=False),
                name="registers_decision_needs_consultation",
            ),
        ]


# --- 政务公开负面清单 --------------------------------------------------------------------


class ReviewResult(models.TextChoices):
    KEEP = "keep", _("继续不予公开")
    DISCLOSE = "disclose", _("转为公开")


class NegativeItem(RegisterEntry):
    """An item of information withheld (负面清单) with its basis; re-checked every year."""

    REGISTER = "negative"

    category = models.CharField(_("信息类别"), max_length=200)
    basis = models.TextField(_("不予公开的依据"))
    reason = models.TextField(_("理由"), blank=True)
    reviewed_year = models.PositiveIntegerField(_("最近复核年度"), null=True, blank=True)
    review_result = models.CharField(
        _("最近复核结果"), max_length=10, choices=ReviewResult.choices, blank=True
    )

    class Meta(RegisterEntry.Meta):
        verbose_name = _("负面清单事项")
        verbose_name_plural = _("负面清单事项")
        constraints = [_status_check("negative")]


class NegativeReview(models.Model):
    item = models.ForeignKey(NegativeItem, on_delete=models.CASCADE, related_name="reviews")
    year = models.PositiveIntegerField(_("年度"))
    result = models.CharField(_("复核结果"), max_length=10, choices=ReviewResult.choices)
    note = models.TextField(_("说明"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("复核时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("负面清单复核")
        verbose_name_plural = _("负面清单复核")
        ordering = ["item", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["item", "year"], name="registers_negative_review_once")
        ]

    def __str__(self) -> str:
        return f"{self.item} {self.year}：{self.get_result_display()}"
