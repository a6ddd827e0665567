"""Government information items (政府信息) and what surrounds their publication.

- ``Topic``: the 22 State Council topics with sub-topics (data, editable; RULES §9).
- ``CatalogueNode``: the 法定主动公开内容 column tree and standard-catalogue areas.
- ``InformationItem``: metadata, attribute at source (RULES §3), workflow state,
  publication deadline (RULES §2), index number (RULES §9).
- ``Attachment``, ``Review`` (一事一审, RULES §4), ``PrivacyFinding`` (what the scanner
  found and how the reviewer resolved it), ``PublicationLedger`` (信息发布台账),
  ``IndexSequence`` (one counter row per unit and year, locked on publication).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import MomentDeadlineFields


class Topic(models.Model):
    """主题分类: the State Council topics; local renames are edits of this data."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("上级主题"),
    )
    name = models.CharField(_("名称"), max_length=60)
    code = models.CharField(_("代码"), max_length=20, blank=True)
    sort_order = models.PositiveIntegerField(_("排序"), default=100)

    class Meta:
        verbose_name = _("主题分类")
        verbose_name_plural = _("主题分类")
        ordering = ["sort_order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="publishing_topic_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class CatalogueNode(models.Model):
    """目录节点: 法定主动公开内容 and its sub-columns, standard-catalogue areas."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("上级节点"),
    )
    name = models.CharField(_("名称"), max_length=100)
    slug = models.SlugField(_("标识"), max_length=60, unique=True)
    description = models.TextField(_("说明"), blank=True)
    # Standard-catalogue elements (RULES §2: 基层政务公开标准目录)
    legal_basis = models.TextField(_("公开依据"), blank=True)
    time_limit = models.CharField(_("公开时限"), max_length=100, blank=True)
    audience = models.CharField(_("公开对象"), max_length=100, blank=True)
    sort_order = models.PositiveIntegerField(_("排序"), default=100)

    class Meta:
        verbose_name = _("目录节点")
        verbose_name_plural = _("目录节点")
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.name


WORKFLOW_STATES = [
    "draft", "submitted", "returned", "in_review", "approved",
    "published", "expired", "repealed", "withdrawn", "applied",
]  # fmt: skip
#: States of a revision still in progress: at most one per published item.
OPEN_REVISION_STATES = ["draft", "returned", "submitted", "in_review", "approved"]


class InformationItem(MomentDeadlineFields):
    """政府信息: one document or page of government information."""

    class Kind(models.TextChoices):
        RULE = "rule", _("规章")
        NORMATIVE = "normative", _("行政规范性文件")
        PLAN = "plan", _("规划计划")
        STATISTICS = "statistics", _("统计信息")
        LICENSING = "licensing", _("行政许可决定")
        PENALTY = "penalty", _("行政处罚决定")
        BLACKLIST = "blacklist", _("列入黑名单事项")
        ENFORCEMENT = "enforcement", _("行政强制")
        RECALL = "recall", _("召回令")
        INTERPRETATION = "interpretation", _("政策解读")
        SERVICE_GUIDE = "service_guide", _("办事指南")
        NEWS = "news", _("工作动态")
        NOTICE = "notice", _("通知公告")
        OTHER = "other", _("其他")

    class Validity(models.TextChoices):
        VALID = "valid", _("有效")
        EXPIRED = "expired", _("失效")
        REPEALED = "repealed", _("废止")

    class Attribute(models.TextChoices):
        PROACTIVE = "proactive", _("主动公开")
        ON_REQUEST = "on_request", _("依申请公开")
        WITHHELD = "withheld", _("不予公开")

    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        SUBMITTED = "submitted", _("已提交")
        RETURNED = "returned", _("退文")
        IN_REVIEW = "in_review", _("审核中")
        APPROVED = "approved", _("审核通过")
        PUBLISHED = "published", _("已发布")
        EXPIRED = "expired", _("已失效")
        REPEALED = "repealed", _("已废止")
        WITHDRAWN = "withdrawn", _("已撤回")
        APPLIED = "applied", _("修订已生效")

    unit = models.ForeignKey(
        "core.Unit",
        on_delete=models.PROTECT,
        related_name="information_items",
        verbose_name=_("发文机构"),
    )
    title = models.CharField(_("标题"), max_length=300)
    body = models.TextField(_("正文"), blank=True, help_text=_("经过清洗的 HTML"))
    summary = models.TextField(_("内容概述"), blank=True)
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
        verbose_name=_("主题分类"),
    )
    catalogue_node = models.ForeignKey(
        CatalogueNode,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
        verbose_name=_("目录"),
    )
    kind = models.CharField(_("信息类别"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    doc_number = models.CharField(_("文号"), max_length=100, blank=True)
    written_on = models.DateField(_("成文日期"), null=True, blank=True)
    formed_on = models.DateField(
        _("形成或变更日期"), null=True, blank=True, help_text=_("公开时限自此日起算")
    )
    published_at = models.DateTimeField(_("发布日期"), null=True, blank=True, db_index=True)
    validity = models.CharField(
        _("有效性"), max_length=10, choices=Validity.choices, default=Validity.VALID
    )
    validity_changed_on = models.DateField(_("有效性变更日期"), null=True, blank=True)
    attribute = models.CharField(
        _("公开属性"), max_length=12, choices=Attribute.choices, blank=True, default=""
    )
    withheld_reason = models.TextField(_("不予公开理由"), blank=True)
    withheld_basis = models.TextField(_("不予公开依据"), blank=True)
    index_number = models.CharField(_("索引号"), max_length=80, null=True, blank=True)
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    interprets = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interpretations",
        verbose_name=_("所解读的文件"),
    )
    interpretation_plan = models.TextField(
        _("解读方案"), blank=True, help_text=_("政策文件暂无解读材料时，说明解读安排")
    )
    # The deadline (RULES §2) comes from the core mixin: due, due_provisional, due_rule,
    # due_explanation — computed by ``publishing.deadlines.publish_deadline``.
    due = models.DateTimeField(_("应公开时限"), null=True, blank=True, db_index=True)
    revision_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="revisions",
        verbose_name=_("所修订的信息"),
        help_text=_("修订稿：审核通过并发布后替换所修订信息的公开内容"),
    )
    imported_from = models.CharField(_("导入来源"), max_length=500, blank=True, db_index=True)
    return_reasons = models.JSONField(_("退文理由"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("起草人"),
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("政府信息")
        verbose_name_plural = _("政府信息")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["index_number"],
                condition=Q(index_number__isnull=False),
                name="publishing_item_unique_index_number",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="publishing_item_published_has_date",
            ),
            models.CheckConstraint(
                # every state of publishing.workflow.TRANSITIONS (a test keeps them equal)
                condition=Q(status__in=WORKFLOW_STATES),
                name="publishing_item_status_in_workflow",
            ),
            models.UniqueConstraint(
                fields=["revision_of"],
                condition=Q(revision_of__isnull=False, status__in=OPEN_REVISION_STATES),
                name="publishing_item_one_open_revision",
            ),
        ]
        indexes = [
            # The public lists filter on attribute (equality) and status (a short IN list)
            # and sort by published_at. Status goes last, so each index yields rows in
            # published_at order (no sort of the whole table) and also covers COUNT(*).
            models.Index(
                fields=["attribute", "published_at", "status"], name="pub_item_public_recent"
            ),
            models.Index(
                fields=["unit", "attribute", "published_at", "status"], name="pub_item_unit_recent"
            ),
            models.Index(
                fields=["kind", "attribute", "published_at", "status"], name="pub_item_kind_recent"
            ),
            models.Index(
                fields=["kind", "validity", "attribute", "published_at", "status"],
                name="pub_item_kind_validity_recent",
            ),
            # A site's public list and a column's (issue 23): newest first over every public
            # item, with the unit and the column in the index, so that a hosted site's page
            # reads the index alone and its cost follows the page asked for, not the table.
            models.Index(
                fields=["-published_at", "-id"],
                include=["unit", "catalogue_node"],
                condition=Q(
                    attribute="proactive",
                    published_at__isnull=False,
                    status__in=["published", "expired", "repealed"],
                ),
                name="pub_item_public_order",
            ),
            # A site's column (and a site's list, counted up to a cap): the site's units and
            # the column's nodes are equalities, then the list's order, all in the key, so
            # that the ids of a page and the capped count read this index alone and only
            # the rows of one site's column, whatever the size of the table.
            models.Index(
                fields=["unit", "catalogue_node", "-published_at", "-id"],
                condition=Q(
                    attribute="proactive",
                    published_at__isnull=False,
                    status__in=["published", "expired", "repealed"],
                ),
                name="pub_item_site_column",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("publishing:document", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES and self.attribute == self.Attribute.PROACTIVE


#: Statuses in which a proactive item is shown to the public (an expired or repealed
#: normative document stays visible, marked with its validity; a withdrawn one does not).
PUBLIC_STATUSES = (
    InformationItem.Status.PUBLISHED,
    InformationItem.Status.EXPIRED,
    InformationItem.Status.REPEALED,
)


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"publishing/{instance.item_id or 'new'}/{filename}"


class Attachment(models.Model):
    item = models.ForeignKey(InformationItem, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("文件"), upload_to=attachment_path, max_length=300)
    name = models.CharField(_("名称"), max_length=200)
    size = models.PositiveBigIntegerField(_("大小"), default=0)
    extracted_text = models.TextField(_("提取文本"), blank=True)
    sort_order = models.PositiveIntegerField(default=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("附件")
        verbose_name_plural = _("附件")
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.name


class Review(models.Model):
    """审查记录 (一事一审): who reviewed, what was checked, the decision."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("同意公开")
        RETURNED = "returned", _("退回修改")

    item = models.ForeignKey(InformationItem, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("审核人"),
    )
    checked_secrecy = models.BooleanField(_("已审查保密"), default=False)
    checked_privacy = models.BooleanField(_("已审查个人信息"), default=False)
    checked_accuracy = models.BooleanField(_("已审查准确性"), default=False)
    checked_attribute = models.BooleanField(_("已审查公开属性"), default=False)
    decision = models.CharField(_("审查结论"), max_length=10, choices=Decision.choices)
    note = models.TextField(_("审查意见"), blank=True)
    created_at = models.DateTimeField(_("审查时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("审查记录")
        verbose_name_plural = _("审查记录")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.item_id} {self.get_decision_display()}"


class PrivacyFinding(models.Model):
    """One finding of the privacy scanner on an item, and how it was resolved."""

    class Resolution(models.TextChoices):
        OPEN = "open", _("待处理")
        MASKED = "masked", _("已脱敏")
        ACCEPTED = "accepted", _("经审核保留")

    item = models.ForeignKey(
        InformationItem, on_delete=models.CASCADE, related_name="privacy_findings"
    )
    source = models.CharField(_("位置"), max_length=200, help_text=_("body 或 附件名称"))
    type = models.CharField(_("类型"), max_length=30)
    category = models.CharField(_("类别"), max_length=20, default="personal")
    text = models.CharField(_("原文"), max_length=300)
    masked = models.CharField(_("脱敏后"), max_length=300, blank=True)
    start = models.PositiveIntegerField(default=0)
    end = models.PositiveIntegerField(default=0)
    blocking = models.BooleanField(_("阻止发布"), default=True)
    resolution = models.CharField(
        _("处理"), max_length=10, choices=Resolution.choices, default=Resolution.OPEN
    )
    accepted_reason = models.TextField(_("保留理由"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("个人信息检查结果")
        verbose_name_plural = _("个人信息检查结果")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.type}: {self.masked or self.text}"


class PublicationLedger(models.Model):
    """信息发布台账: who published what, when, after which review (RULES §4)."""

    class Action(models.TextChoices):
        PUBLISHED = "published", _("发布")
        IMPORTED = "imported", _("导入")
        WITHDRAWN = "withdrawn", _("撤回")
        EXPIRED = "expired", _("失效")
        REPEALED = "repealed", _("废止")
        REVISED = "revised", _("修订")

    item = models.ForeignKey(InformationItem, on_delete=models.PROTECT, related_name="ledger")
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    action = models.CharField(_("动作"), max_length=10, choices=Action.choices)
    index_number = models.CharField(_("索引号"), max_length=80, blank=True)
    title = models.CharField(_("标题"), max_length=300)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("操作人"),
    )
    actor_label = models.CharField(_("操作人"), max_length=150)
    review = models.ForeignKey(
        Review, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(_("说明"), blank=True)
    created_at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("信息发布台账")
        verbose_name_plural = _("信息发布台账")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.title}"


class IndexSequence(models.Model):
    """The last index-number sequence used for a unit and year (locked to assign)."""

    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("索引号序列")
        verbose_name_plural = _("索引号序列")
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="publishing_indexseq_unit_year")
        ]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.year}: {self.last}"


class UnitProfile(models.Model):
    """机构信息 and the editable parts of a unit's 政府信息公开指南.

    The guide is generated from the unit and these fields; an empty field falls back to
    the unit's own contact data (see ``publishing.guide``)."""

    unit = models.OneToOneField(
        "core.Unit", on_delete=models.CASCADE, related_name="profile", verbose_name=_("机构")
    )
    functions = models.TextField(_("主要职责"), blank=True)
    internal_bodies = models.TextField(_("内设机构"), blank=True, help_text=_("每行一个"))
    office_name = models.CharField(_("受理机构"), max_length=100, blank=True)
    office_address = models.CharField(_("受理地址"), max_length=200, blank=True)
    office_phone = models.CharField(_("咨询电话"), max_length=60, blank=True)
    office_fax = models.CharField(_("传真"), max_length=60, blank=True)
    office_email = models.EmailField(_("电子邮箱"), blank=True)
    office_hours = models.CharField(_("受理时间"), max_length=200, blank=True)
    guide_note = models.TextField(_("指南补充说明"), blank=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("机构信息与公开指南")
        verbose_name_plural = _("机构信息与公开指南")

    def __str__(self) -> str:
        return str(self.unit)


class Leader(models.Model):
    """领导信息 shown under 机构信息."""

    unit = models.ForeignKey(
        "core.Unit", on_delete=models.CASCADE, related_name="leaders", verbose_name=_("机构")
    )
    name = models.CharField(_("姓名"), max_length=30)
    position = models.CharField(_("职务"), max_length=100)
    duties = models.TextField(_("分工"), blank=True)
    sort_order = models.PositiveIntegerField(_("排序"), default=100)

    class Meta:
        verbose_name = _("领导信息")
        verbose_name_plural = _("领导信息")
        ordering = ["unit", "sort_order", "id"]

    def __str__(self) -> str:
        return f"{self.name} {self.position}"
