"""Tamper incidents found in the static tree (网页防篡改)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StaticIncident(models.Model):
    """One check that found the served files different from what was rendered."""

    found_at = models.DateTimeField(_("发现时间"), auto_now_add=True)
    root = models.CharField(_("静态目录"), max_length=500)
    altered = models.JSONField(_("被改动的文件"), default=list)
    added = models.JSONField(_("多出的文件"), default=list)
    missing = models.JSONField(_("缺失的文件"), default=list)
    restored = models.BooleanField(_("已自动恢复"), default=False)
    forged_manifest = models.BooleanField(_("发布清单签名不符"), default=False)
    resolved_at = models.DateTimeField(_("处理时间"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        "core.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("处理说明"), blank=True)

    class Meta:
        verbose_name = _("网页篡改事件")
        verbose_name_plural = _("网页篡改事件")
        ordering = ["-found_at", "-id"]

    def __str__(self) -> str:
        return f"网页篡改事件（{self.found_at:%Y-%m-%d %H:%M}）"

    @property
    def count(self) -> int:
        return len(self.altered) + len(self.added) + len(self.missing)
