"""The shared pattern: an entry's statuses, transitions and versions."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    REVIEW = "review", _("待审核")
    PUBLISHED = "published", _("已公开")
    WITHDRAWN = "withdrawn", _("已撤回")


#: the shared workflow (gongkai.core.workflow.transition)
TRANSITIONS = {
    "submit": (frozenset({"draft"}), "review"),
    "return": (frozenset({"review"}), "draft"),
    "publish": (frozenset({"review"}), "published"),
    "withdraw": (frozenset({"published"}), "withdrawn"),
    "revise": (frozenset({"published", "withdrawn"}), "draft"),
}

ACTION_LABELS = {
    "submit": "提交审核",
    "return": "退回修改",
    "publish": "审核并公开",
    "withdraw": "撤回",
    "revise": "修订（转为草稿）",
}


class RegisterEntry(models.Model):
    """One entry of a public register (abstract): its unit, status, version and dates."""

    REGISTER: ClassVar[str] = ""

    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("所属单位")
    )
    title = models.CharField(_("名称"), max_length=300)
    status = models.CharField(
        _("状态"), max_length=12, choices=EntryStatus.choices, default=EntryStatus.DRAFT,
        db_index=True,
    )  # fmt: skip
    version = models.PositiveIntegerField(_("版本号"), default=0)
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("登记时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        abstract = True
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from gongkai.registers.registry import spec_for

        return spec_for(self).public_url(self)

    @property
    def is_public(self) -> bool:
        return self.status == EntryStatus.PUBLISHED


def _status_check(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(status__in=list(EntryStatus.values)), name=f"registers_{name}_status"
    )


class EntryVersion(models.Model):
    """The snapshot of one published version of any register entry."""

    register = models.CharField(_("清单"), max_length=40)
    entry_id = models.PositiveBigIntegerField(_("条目"))
    version = models.PositiveIntegerField(_("版本号"))
    data = models.JSONField(_("内容"), default=dict)
    published_at = models.DateTimeField(_("公开时间"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("清单版本")
        verbose_name_plural = _("清单版本")
        ordering = ["register", "entry_id", "version"]
        constraints = [
            models.UniqueConstraint(
                fields=["register", "entry_id", "version"], name="registers_version_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.register} {self.entry_id} 第{self.version}版"
