"""政府公报, 开放数据 and the 基层政务公开标准目录."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.registers.models.base import RegisterEntry, _status_check

# --- 政府公报 ----------------------------------------------------------------------------


class GazetteIssue(RegisterEntry):
    """One issue (期) of the 政府公报: numbered per unit and year, compiling from the data
    the normative documents registered in the period and the government's gazette
    material published in it (``gazette_rule``); before publication the office removes
    compiled entries (``removed``: key → reason) or adds published items (``added``);
    published as HTML and as a PDF with a table of contents."""

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
    removed = models.JSONField(_("移出的条目"), default=dict, blank=True)
    added = models.JSONField(_("补充收录的信息"), default=list, blank=True)
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
