"""行政规范性文件: registration, validity and clean-up campaigns (清理)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.registers.models.base import RegisterEntry, _status_check

# --- 行政规范性文件 ----------------------------------------------------------------------


class Validity(models.TextChoices):
    VALID = "valid", _("有效")
    AMENDED = "amended", _("已修改")
    REPEALED = "repealed", _("已废止")
    EXPIRED = "expired", _("已失效")


class NormativeDocument(RegisterEntry):
    """行政规范性文件 (统一登记、统一编号、统一印发): the number runs per issuing unit and
    year; validity changes carry the legal date (the date of the decision), not the
    day someone recorded it."""

    REGISTER = "normative"

    year = models.PositiveIntegerField(_("登记年度"))
    seq = models.PositiveIntegerField(_("登记序号"))
    reg_number = models.CharField(_("统一登记编号"), max_length=80)
    doc_number = models.CharField(_("发文字号"), max_length=80, blank=True)
    written_on = models.DateField(_("成文日期"))
    legality_reviewed_on = models.DateField(_("合法性审核日期"), null=True, blank=True)
    filed_on = models.DateField(_("备案日期"), null=True, blank=True)
    effective_on = models.DateField(_("施行日期"), null=True, blank=True)
    summary = models.TextField(_("主要内容"), blank=True)
    link = models.CharField(_("全文链接"), max_length=300, blank=True)
    validity = models.CharField(
        _("有效性"), max_length=10, choices=Validity.choices, default=Validity.VALID
    )
    validity_on = models.DateField(_("有效性变更的法定日期"), null=True, blank=True)
    validity_basis = models.CharField(_("有效性变更依据"), max_length=300, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("行政规范性文件")
        verbose_name_plural = _("行政规范性文件")
        constraints = [
            _status_check("normative"),
            models.UniqueConstraint(fields=["unit", "year", "seq"], name="registers_normative_seq"),
            models.CheckConstraint(
                condition=models.Q(validity="valid") | models.Q(validity_on__isnull=False),
                name="registers_normative_validity_dated",
            ),
        ]


class CleanupCampaign(RegisterEntry):
    """清理: every valid document of the units in scope is listed when the campaign
    opens; each unit marks its documents 保留/修改/废止 with a reason; the result list is
    published (the shared status), and 废止 takes effect on ``decided_on``."""

    REGISTER = "cleanups"

    class Stage(models.TextChoices):
        PLANNED = "planned", _("拟定")
        OPEN = "open", _("各单位清理中")
        CLOSED = "closed", _("清理完成")

    year = models.PositiveIntegerField(_("年度"))
    scope_units = models.ManyToManyField(
        "core.Unit", related_name="+", verbose_name=_("清理范围（单位）")
    )
    answer_by = models.DateField(_("各单位报送截止日期"), null=True, blank=True)
    decided_on = models.DateField(_("清理结果决定日期"), null=True, blank=True)
    stage = models.CharField(_("清理进度"), max_length=10, choices=Stage.choices, default="planned")
    opened_at = models.DateTimeField(_("启动时间"), null=True, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("规范性文件清理")
        verbose_name_plural = _("规范性文件清理")
        constraints = [_status_check("cleanup")]


class CleanupLine(models.Model):
    class Decision(models.TextChoices):
        KEEP = "keep", _("保留")
        AMEND = "amend", _("修改")
        REPEAL = "repeal", _("废止")

    campaign = models.ForeignKey(CleanupCampaign, on_delete=models.CASCADE, related_name="lines")
    document = models.ForeignKey(NormativeDocument, on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    decision = models.CharField(_("清理意见"), max_length=10, choices=Decision.choices, blank=True)
    reason = models.TextField(_("理由"), blank=True)
    answered_at = models.DateTimeField(_("报送时间"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("清理意见")
        verbose_name_plural = _("清理意见")
        ordering = ["campaign", "unit__sort_order", "unit_id", "document__reg_number"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "document"], name="registers_cleanup_once")
        ]

    def __str__(self) -> str:
        return f"{self.document}：{self.get_decision_display() or '待报送'}"
