"""双随机一公开: matters, targets, inspectors, draws and results."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields
from gongkai.registers.models.base import RegisterEntry, _status_check

# --- 双随机一公开 ------------------------------------------------------------------------


class InspectionMatter(RegisterEntry):
    """抽查事项清单: what a unit inspects by random draw, with its basis."""

    REGISTER = "matters"

    code = models.CharField(_("事项编码"), max_length=60, blank=True)
    basis = models.TextField(_("抽查依据"))
    target_kind = models.CharField(_("检查对象类别"), max_length=200)
    method = models.CharField(_("抽查方式"), max_length=200, default="现场检查")
    ratio = models.CharField(_("抽查比例和频次"), max_length=200, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("抽查事项")
        verbose_name_plural = _("抽查事项")
        constraints = [_status_check("matter")]


class InspectionTarget(RegisterEntry):
    """检查对象名录库: one target of a matter; ``related_unit`` is the unit the target
    belongs to (its 主管单位), whose inspectors may not inspect it."""

    REGISTER = "targets"

    matter = models.ForeignKey(
        InspectionMatter, on_delete=models.PROTECT, related_name="targets",
        verbose_name=_("抽查事项"),
    )  # fmt: skip
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18, blank=True)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    related_unit = models.ForeignKey(
        "core.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("主管单位"),
    )  # fmt: skip

    class Meta(RegisterEntry.Meta):
        verbose_name = _("检查对象")
        verbose_name_plural = _("检查对象")
        constraints = [_status_check("target")]


class Inspector(RegisterEntry):
    """执法检查人员名录库: an inspector of ``unit`` for some matters, with the targets they
    declared related (回避)."""

    REGISTER = "inspectors"

    badge_no = models.CharField(_("执法证号"), max_length=40)
    matters = models.ManyToManyField(
        InspectionMatter, related_name="inspectors", verbose_name=_("可承担的抽查事项")
    )
    related_targets = models.ManyToManyField(
        InspectionTarget, blank=True, related_name="related_inspectors",
        verbose_name=_("需回避的检查对象"),
    )  # fmt: skip

    class Meta(RegisterEntry.Meta):
        verbose_name = _("执法检查人员")
        verbose_name_plural = _("执法检查人员")
        constraints = [_status_check("inspector")]


class InspectionDraw(RegisterEntry):
    """随机抽查: the plan (matter, k targets, m inspectors) is published first, which fixes
    the seed; the draw then follows the published rule (``gongkai.registers.draw``)."""

    REGISTER = "draws"

    class Stage(models.TextChoices):
        PLANNED = "planned", _("计划拟定")
        ANNOUNCED = "announced", _("已公布抽查计划")
        DRAWN = "drawn", _("已抽取")

    matter = models.ForeignKey(
        InspectionMatter, on_delete=models.PROTECT, related_name="draws",
        verbose_name=_("抽查事项"),
    )  # fmt: skip
    k_targets = models.PositiveIntegerField(_("抽取检查对象数"))
    m_inspectors = models.PositiveIntegerField(_("抽取执法检查人员数"))
    inspect_from = models.DateField(_("检查开始日期"), null=True, blank=True)
    inspect_to = models.DateField(_("检查结束日期"), null=True, blank=True)
    stage = models.CharField(
        _("抽查进度"), max_length=12, choices=Stage.choices, default=Stage.PLANNED
    )
    params = models.JSONField(_("公布的抽查参数"), default=dict, blank=True)
    pool = models.JSONField(_("名录快照"), default=dict, blank=True)
    registers_hash = models.CharField(_("名录内容摘要"), max_length=64, blank=True)
    seed = models.CharField(_("随机种子"), max_length=64, blank=True)
    result = models.JSONField(_("抽取结果"), default=dict, blank=True)
    drawn_at = models.DateTimeField(_("抽取时间"), null=True, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("随机抽查")
        verbose_name_plural = _("随机抽查")
        constraints = [
            _status_check("draw"),
            models.CheckConstraint(
                condition=models.Q(k_targets__gte=1) & models.Q(m_inspectors__gte=1),
                name="registers_draw_k_m_positive",
            ),
        ]


class InspectionResult(DeadlineFields):
    """A result (检查结果, 20 working days) or a penalty (行政处罚, 7 working days) of one
    drawn target, to be published by its deadline."""

    class Kind(models.TextChoices):
        RESULT = "result", _("检查结果")
        PENALTY = "penalty", _("行政处罚")

    class Outcome(models.TextChoices):
        OK = "ok", _("未发现问题")
        RECTIFY = "rectify", _("发现问题，已责令整改")
        CASE = "case", _("发现问题，已立案查处")
        ABSENT = "absent", _("未发现检查对象")
        PENALTY = "penalty", _("已作出行政处罚决定")

    draw = models.ForeignKey(InspectionDraw, on_delete=models.CASCADE, related_name="results")
    target = models.ForeignKey(InspectionTarget, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("类别"), max_length=10, choices=Kind.choices)
    formed_on = models.DateField(_("检查完成或处罚决定日期"))
    outcome = models.CharField(_("结果"), max_length=10, choices=Outcome.choices)
    text = models.TextField(_("情况说明"), blank=True)
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("抽查结果")
        verbose_name_plural = _("抽查结果")
        ordering = ["draw", "target", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["draw", "target", "kind"], name="registers_result_once_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.target}"

    @property
    def unit(self):
        return self.draw.unit
