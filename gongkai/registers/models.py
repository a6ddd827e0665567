"""Public registers (公开清单) on one pattern: ``RegisterEntry``, an abstract versioned
entry owned by a unit, with a status (草稿 → 待审核 → 已公开 → 已撤回) and a version number
that grows by one each time it is published; every published version is kept as an
``EntryVersion`` snapshot, so a register can show what changed.

Concrete registers:

- 双随机一公开: ``InspectionMatter`` (抽查事项), ``InspectionTarget`` (检查对象名录),
  ``Inspector`` (执法检查人员名录), ``InspectionDraw`` (随机抽查, its seed fixed when the
  plan is published) and ``InspectionResult`` (检查结果 and 处罚, with a deadline);
- 行政规范性文件: ``NormativeDocument`` (统一登记、统一编号) and ``CleanupCampaign`` (清理)
  with one ``CleanupLine`` per document in scope.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields


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


# --- 政府公报 ----------------------------------------------------------------------------


class GazetteIssue(RegisterEntry):
    """One issue (期) of the 政府公报: numbered per unit and year, compiling the normative
    documents registered in the period and the other documents staff list; published as
    HTML and as a PDF with a table of contents."""

    REGISTER = "gazette"

    year = models.PositiveIntegerField(_("年度"))
    number = models.PositiveIntegerField(_("期号"))
    period_from = models.DateField(_("收录起始日期"))
    period_to = models.DateField(_("收录截止日期"))
    others = models.TextField(
        _("其他收录文件"),
        blank=True,
        help_text=_("每行一件：标题｜文号｜发文单位｜链接（文号、单位、链接可省略）"),
    )
    contents = models.JSONField(_("目录"), default=list, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("政府公报")
        verbose_name_plural = _("政府公报")
        constraints = [
            _status_check("gazette"),
            models.UniqueConstraint(
                fields=["unit", "year", "number"], name="registers_gazette_number"
            ),
        ]


# --- 开放数据 ----------------------------------------------------------------------------


class Dataset(RegisterEntry):
    """An open dataset with its metadata and files; past its update frequency it is a
    to-do item."""

    REGISTER = "datasets"

    class Frequency(models.TextChoices):
        DAILY = "daily", _("每日")
        WEEKLY = "weekly", _("每周")
        MONTHLY = "monthly", _("每月")
        QUARTERLY = "quarterly", _("每季度")
        YEARLY = "yearly", _("每年")

    topic = models.CharField(_("主题"), max_length=100)
    description = models.TextField(_("数据摘要"))
    frequency = models.CharField(_("更新频率"), max_length=10, choices=Frequency.choices)
    fields_desc = models.TextField(_("数据项说明"), help_text=_("每行一项：字段名｜含义"))
    licence = models.CharField(_("开放许可"), max_length=200, default="无条件开放，使用时注明来源")
    last_updated_on = models.DateField(_("最近更新日期"), null=True, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("开放数据集")
        verbose_name_plural = _("开放数据集")
        constraints = [_status_check("dataset")]


class DatasetFile(models.Model):
    class Format(models.TextChoices):
        CSV = "csv", _("逗号分隔文本")
        XLSX = "xlsx", _("电子表格")
        JSON = "json", _("结构化数据文本")

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(_("文件名"), max_length=200)
    fmt = models.CharField(_("格式"), max_length=5, choices=Format.choices)
    file = models.FileField(_("文件"), upload_to="registers/datasets/")
    size = models.PositiveBigIntegerField(_("大小"), default=0)
    preview = models.JSONField(_("预览"), default=dict, blank=True)
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("数据文件")
        verbose_name_plural = _("数据文件")
        ordering = ["dataset", "-uploaded_at", "-id"]

    def __str__(self) -> str:
        return self.name


# --- 基层政务公开标准目录 ----------------------------------------------------------------


class StandardEntry(RegisterEntry):
    """One row of a 基层政务公开标准目录 on a catalogue node, with the standard fields;
    ``title`` is the 公开事项 (二级事项 where the layout has one)."""

    REGISTER = "standard"

    class Audience(models.TextChoices):
        ALL = "all", _("全社会")
        SPECIFIC = "specific", _("特定群体")
        BOTH = "both", _("全社会、特定群体")

    class Mode(models.TextChoices):
        PROACTIVE = "proactive", _("主动公开")
        REQUEST = "request", _("依申请公开")
        BOTH = "both", _("主动公开、依申请公开")

    class Level(models.TextChoices):
        COUNTY = "county", _("县级")
        TOWNSHIP = "township", _("乡级")
        BOTH = "both", _("县级、乡级")

    node = models.ForeignKey(
        "publishing.CatalogueNode", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("目录节点"),
    )  # fmt: skip
    area = models.CharField(_("领域"), max_length=100, blank=True)
    parent_matter = models.CharField(_("一级事项"), max_length=200, blank=True)
    content = models.TextField(_("公开内容"))
    basis = models.TextField(_("公开依据"))
    time_limit = models.CharField(_("公开时限"), max_length=200)
    subject = models.CharField(_("公开主体"), max_length=200)
    channels = models.TextField(_("公开渠道和载体"))
    audience = models.CharField(_("公开对象"), max_length=10, choices=Audience.choices)
    mode = models.CharField(_("公开方式"), max_length=10, choices=Mode.choices)
    level = models.CharField(_("公开层级"), max_length=10, choices=Level.choices)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("标准目录事项")
        verbose_name_plural = _("标准目录事项")
        constraints = [_status_check("standard")]
