"""Error reports about the website (网站找错)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ErrorReport(models.Model):
    """网站找错: one report from the public about a page of this website."""

    class Kind(models.TextChoices):
        TYPO = "typo", _("错别字或表述错误")
        LINK = "link", _("链接无法打开")
        OUTDATED = "outdated", _("内容过期或不准确")
        DISPLAY = "display", _("页面显示异常")
        SERVICE = "service", _("办事服务无法使用")
        OTHER = "other", _("其他问题")

    class Status(models.TextChoices):
        PROCESSING = "processing", _("办理中")
        ANSWERED = "answered", _("已答复")
        INVALID = "invalid", _("无效")

    tracking_number = models.CharField(_("编号"), max_length=20, unique=True)
    page_url = models.CharField(_("问题页面"), max_length=500, blank=True)
    kind = models.CharField(_("问题类型"), max_length=10, choices=Kind.choices)
    description = models.TextField(_("问题描述"))
    name = models.CharField(_("姓名"), max_length=50, blank=True)
    contact = models.CharField(_("联系方式"), max_length=100)
    unit = models.ForeignKey(
        "core.Unit",
        on_delete=models.PROTECT,
        related_name="error_reports",
        verbose_name=_("承办单位"),
    )
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.PROCESSING, db_index=True
    )
    received_at = models.DateTimeField(_("收到时间"), default=timezone.now, db_index=True)
    due = models.DateField(_("答复期限"))
    due_provisional = models.BooleanField(_("期限暂定"), default=False)
    due_rule = models.CharField(_("期限规则"), max_length=80)
    due_explanation = models.CharField(_("期限说明"), max_length=300)
    answer = models.TextField(_("答复内容"), blank=True)
    answered_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("答复人"),
    )
    invalid_reason = models.CharField(_("无效理由"), max_length=300, blank=True)
    client_hash = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        verbose_name = _("网站找错")
        verbose_name_plural = _("网站找错")
        ordering = ["-received_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="answered") | models.Q(answered_at__isnull=False),
                name="zhaocuo_answered_has_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.tracking_number} {self.get_kind_display()}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.PROCESSING

    @property
    def answered_on_time(self) -> bool | None:
        if self.answered_at is None:
            return None
        return timezone.localdate(self.answered_at) <= self.due
