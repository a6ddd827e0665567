"""政务服务事项, 办事指南, "一件事" bundles and the yearly 权责清单."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields
from gongkai.registers.models.base import RegisterEntry, _status_check

# --- 政务服务事项、办事指南、"一件事" ------------------------------------------------------


class ServiceItem(DeadlineFields, RegisterEntry):
    """政务服务事项 with its 办事指南: a guide missing any required element cannot be
    published; a change approved on ``changed_on`` is public within 1 working day."""

    REGISTER = "services"

    class Kind(models.TextChoices):
        LICENSING = "licensing", _("行政许可")
        PUBLIC = "public", _("公共服务")
        CONFIRMATION = "confirmation", _("行政确认")
        PAYMENT = "payment", _("行政给付")
        OTHER = "other", _("其他行政权力")

    code = models.CharField(_("事项编码"), max_length=60)
    kind = models.CharField(_("事项类型"), max_length=14, choices=Kind.choices, default="public")
    basis = models.TextField(_("设定依据"), blank=True)
    conditions = models.TextField(_("受理条件"), blank=True)
    materials = models.TextField(_("申请材料"), blank=True)
    process = models.TextField(_("办理流程"), blank=True)
    legal_limit = models.CharField(_("法定办结时限"), max_length=100, blank=True)
    promised_limit = models.CharField(_("承诺办结时限"), max_length=100, blank=True)
    fees = models.TextField(_("收费标准"), blank=True)
    place_time = models.TextField(_("办理地点与时间"), blank=True)
    phones = models.CharField(_("咨询与监督电话"), max_length=200, blank=True)
    changed_on = models.DateField(_("变更批准日期"), null=True, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("政务服务事项")
        verbose_name_plural = _("政务服务事项")
        constraints = [_status_check("service")]


class ServiceBundle(RegisterEntry):
    """ "一件事": several service items handled together."""

    REGISTER = "bundles"

    description = models.TextField(_("办理说明"))
    items = models.ManyToManyField(ServiceItem, related_name="bundles", verbose_name=_("包含事项"))

    class Meta(RegisterEntry.Meta):
        verbose_name = _("一件事")
        verbose_name_plural = _("一件事")
        constraints = [_status_check("bundle")]


# --- 权责清单 ----------------------------------------------------------------------------


class Power(RegisterEntry):
    """One power of a unit (权责清单), by type, with basis, responsibilities and
    accountability; the unit's list is published as a yearly edition (``PowerEdition``)."""

    REGISTER = "powers"

    class Type(models.TextChoices):
        LICENSING = "licensing", _("行政许可")
        PENALTY = "penalty", _("行政处罚")
        COERCION = "coercion", _("行政强制")
        LEVY = "levy", _("行政征收")
        PAYMENT = "payment", _("行政给付")
        INSPECTION = "inspection", _("行政检查")
        CONFIRMATION = "confirmation", _("行政确认")
        REWARD = "reward", _("行政奖励")
        RULING = "ruling", _("行政裁决")
        OTHER = "other", _("其他行政权力")

    code = models.CharField(_("权力编码"), max_length=60)
    power_type = models.CharField(_("权力类型"), max_length=14, choices=Type.choices)
    basis = models.TextField(_("设定依据"))
    responsibilities = models.TextField(_("责任事项"))
    accountability = models.TextField(_("追责情形"))

    class Meta(RegisterEntry.Meta):
        verbose_name = _("权责事项")
        verbose_name_plural = _("权责事项")
        constraints = [_status_check("power")]


class PowerEdition(models.Model):
    """A unit's 权责清单 as published for a year: the rows as they were, and what changed
    from the previous edition."""

    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveIntegerField(_("年度"))
    rows = models.JSONField(_("清单"), default=list)
    diff = models.JSONField(_("与上一版相比"), default=dict)
    published_at = models.DateTimeField(_("公开时间"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("权责清单年度版本")
        verbose_name_plural = _("权责清单年度版本")
        ordering = ["unit", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="registers_power_edition_once")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}年权责清单"
