"""The office's own entries of the wording-error lists (错敏词词表).

The shipped default lists live in ``expressions/default.json``; a row here adds an
entry, replaces a default one with the same kind and term, or (``enabled=False``)
switches a default one off. ``expressions.lists`` merges both.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExpressionEntry(models.Model):
    class Kind(models.TextChoices):
        LEADER = "leader", _("领导人姓名与职务")
        TITLE = "title", _("职务名称")
        FORMULATION = "formulation", _("规范表述")
        OUTDATED = "outdated", _("过时表述")
        SENSITIVE = "sensitive", _("敏感词")

    kind = models.CharField(_("类别"), max_length=20, choices=Kind.choices)
    term = models.CharField(_("词语"), max_length=100)
    correction = models.CharField(_("建议表述"), max_length=200, blank=True)
    titles = models.CharField(
        _("现任职务"), max_length=300, blank=True, help_text=_("领导人的职务，用顿号分隔")
    )
    rank = models.PositiveIntegerField(_("排序"), default=0, help_text=_("领导人排名，1 为第一位"))
    variants = models.CharField(
        _("常见错写"), max_length=300, blank=True, help_text=_("规范表述的常见错写，用顿号分隔")
    )
    allowed = models.CharField(
        _("允许的写法"),
        max_length=300,
        blank=True,
        help_text=_("与规范表述只差一个字但本身正确的写法，用顿号分隔"),
    )
    note = models.CharField(_("说明"), max_length=300, blank=True)
    source = models.CharField(_("来源"), max_length=300)
    source_date = models.DateField(_("来源日期"))
    enabled = models.BooleanField(_("启用"), default=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("错敏词词条")
        verbose_name_plural = _("错敏词词条")
        ordering = ["kind", "rank", "term"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "term"], name="privacy_expression_kind_term")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.term}"
