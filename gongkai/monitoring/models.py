"""Website checks against the national indicators (国办秘函〔2019〕19号, RULES §7).

A Site belongs to a unit; a CrawlRun checks it once. The crawl queue is a table
(``CrawlItem``): one row per distinct URL of a run, so memory stays bounded on a large
site and an interrupted run resumes where it stopped. ``LinkRef`` rows remember where
each URL was found until the run ends; the refs of broken URLs become ``BrokenLink``.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Site(models.Model):
    """被监测网站."""

    unit = models.ForeignKey(
        "core.Unit",
        on_delete=models.PROTECT,
        related_name="monitored_sites",
        verbose_name=_("所属机构"),
    )
    name = models.CharField(_("网站名称"), max_length=100)
    url = models.URLField(_("首页地址"), max_length=500, unique=True)
    is_platform = models.BooleanField(_("本平台门户"), default=False)
    active = models.BooleanField(_("定期检测"), default=True)
    # None: the whole site (within the page budget); a number limits the link depth.
    depth = models.PositiveSmallIntegerField(_("抓取深度"), null=True, blank=True, default=None)
    # Requests per second to one host; None: the platform setting; 0: unlimited.
    rate = models.FloatField(_("每秒请求数"), null=True, blank=True, default=None)
    created_at = models.DateTimeField(_("添加时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("被监测网站")
        verbose_name_plural = _("被监测网站")
        ordering = ["-is_platform", "name", "id"]

    def __str__(self) -> str:
        return self.name


class Column(models.Model):
    """栏目: a list page whose latest date decides whether it is kept up to date."""

    class Kind(models.TextChoices):
        NEWS = "news", _("动态要闻类（2周）")
        NOTICE = "notice", _("通知公告类（6个月）")
        POLICY = "policy", _("政策文件类（6个月）")
        OTHER = "other", _("其他（不限更新时间）")

    class Origin(models.TextChoices):
        AUTO = "auto", _("自动发现")
        OFFICE = "office", _("人工添加或修改")
        FILE = "file", _("栏目文件导入")

    LIMITS = {
        Kind.NEWS: dt.timedelta(days=14),
        Kind.NOTICE: dt.timedelta(days=183),
        Kind.POLICY: dt.timedelta(days=183),
        Kind.OTHER: None,
    }

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="columns")
    name = models.CharField(_("栏目名称"), max_length=100)
    url = models.URLField(_("栏目地址"), max_length=500)
    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices, default=Kind.OTHER)
    # Days without an update before the column is stale; None: the kind's limit.
    limit_days = models.PositiveIntegerField(_("更新时限（天）"), null=True, blank=True)
    origin = models.CharField(
        _("来源"), max_length=10, choices=Origin.choices, default=Origin.OFFICE
    )
    # A found column the office removed: kept so that the next run does not find it again.
    ignored = models.BooleanField(_("不作为栏目"), default=False)

    class Meta:
        verbose_name = _("栏目")
        verbose_name_plural = _("栏目")
        ordering = ["site", "name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["site", "url"], name="monitoring_column_unique_url")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def limit(self) -> dt.timedelta | None:
        if self.limit_days:
            return dt.timedelta(days=self.limit_days)
        return self.LIMITS[self.kind]


class CrawlRun(models.Model):
    """一次检测."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("检测中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("失败")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="runs")
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    depth = models.PositiveSmallIntegerField(_("抓取深度"), null=True, blank=True, default=None)
    max_pages = models.PositiveIntegerField(_("页面上限"), default=100_000)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(_("发起时间"), auto_now_add=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    heartbeat = models.DateTimeField(_("最近进展"), null=True, blank=True)
    pages = models.PositiveIntegerField(_("抓取页面数"), default=0)
    links = models.PositiveIntegerField(_("检查链接数"), default=0)
    broken = models.PositiveIntegerField(_("失效链接数"), default=0)
    broken_new = models.PositiveIntegerField(_("新增失效"), default=0)
    broken_still = models.PositiveIntegerField(_("仍然失效"), default=0)
    broken_fixed = models.PositiveIntegerField(_("已修复"), default=0)
    passed = models.BooleanField(_("单项否决检查通过"), null=True)
    verdict = models.JSONField(_("单项否决结果"), default=list, blank=True)
    fixed_urls = models.JSONField(_("已修复的链接"), default=list, blank=True)
    # Column candidates from the navigation ({url: name}) and the homepage footer marks.
    discovery = models.JSONField(_("栏目发现"), default=dict, blank=True)
    score = models.JSONField(_("扣分指标得分"), default=dict, blank=True)
    error = models.TextField(_("错误"), blank=True)

    class Meta:
        verbose_name = _("检测记录")
        verbose_name_plural = _("检测记录")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.site} #{self.pk}"

    @property
    def unit(self):
        return self.site.unit


class CrawlItem(models.Model):
    """One distinct URL of a run: the persisted crawl queue and the link's result."""

    class State(models.IntegerChoices):
        PENDING = 0, _("待检查")
        ACTIVE = 1, _("检查中")
        DONE = 2, _("已检查")
        SKIPPED = 3, _("robots.txt 禁止")

    run = models.ForeignKey(CrawlRun, on_delete=models.CASCADE, related_name="items")
    url = models.CharField(max_length=2000)
    url_hash = models.CharField(max_length=40)
    depth = models.PositiveSmallIntegerField(default=0)
    # Crawl (fetch and parse) or only check that it opens.
    crawl = models.BooleanField(default=False)
    internal = models.BooleanField(default=False)
    state = models.PositiveSmallIntegerField(choices=State.choices, default=State.PENDING)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=20, blank=True)
    detail = models.CharField(max_length=300, blank=True)
    broken = models.BooleanField(default=False)
    # A page read for its freshness (home, columns, candidates): latest date, entries.
    latest = models.DateField(null=True, blank=True)
    entries = models.PositiveIntegerField(null=True, blank=True)  # None: not read
    marks = models.PositiveSmallIntegerField(default=0)  # EMPTY | PAGED | REREAD | CONTENT

    EMPTY, PAGED, REREAD, CONTENT = 1, 2, 4, 8

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "url_hash"], name="monitoring_item_unique_url")
        ]
        indexes = [models.Index(fields=["run", "state"], name="monitoring_item_queue")]

    def __str__(self) -> str:
        return self.url


class LinkRef(models.Model):
    """The links of one crawled page, one line each ("hash<TAB>tag<TAB>text").

    One row per page (not per link) keeps the crawl's writes few; the rows are read once
    when the run ends, to say where each broken URL was found, and then deleted.
    """

    run = models.ForeignKey(CrawlRun, on_delete=models.CASCADE, related_name="refs")
    page = models.CharField(max_length=2000)
    links = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.page

    def entries(self):
        for line in self.links.split("\n"):
            if line:
                url_hash, tag, text = line.split("\t", 2)
                yield url_hash, tag, text


class BrokenLink(models.Model):
    """失效链接: one occurrence of a broken URL on a page."""

    class Error(models.TextChoices):
        HTTP = "http", _("HTTP 错误")
        TIMEOUT = "timeout", _("超时")
        DNS = "dns", _("域名解析失败")
        REFUSED = "refused", _("连接被拒绝")
        TLS = "tls", _("证书或加密错误")
        REDIRECT_LOOP = "redirect_loop", _("重定向循环")
        TOO_MANY_REDIRECTS = "redirects", _("重定向次数过多")
        CONNECTION = "connection", _("连接失败")

    run = models.ForeignKey(CrawlRun, on_delete=models.CASCADE, related_name="broken_links")
    page = models.CharField(_("所在页面"), max_length=2000)
    text = models.CharField(_("链接文字"), max_length=200, blank=True)
    tag = models.CharField(_("元素"), max_length=10)
    url = models.CharField(_("链接地址"), max_length=2000)
    status = models.PositiveSmallIntegerField(_("状态码"), null=True, blank=True)
    error = models.CharField(_("错误"), max_length=20, choices=Error.choices)
    detail = models.CharField(_("说明"), max_length=300, blank=True)
    internal = models.BooleanField(_("站内"), default=True)
    is_new = models.BooleanField(_("新增"), default=True)

    class Meta:
        verbose_name = _("失效链接")
        verbose_name_plural = _("失效链接")
        ordering = ["url", "page", "id"]

    def __str__(self) -> str:
        return f"{self.url}（{self.problem}）"

    @property
    def problem(self) -> str:
        if self.error == self.Error.HTTP:
            return f"HTTP {self.status}"
        return str(self.get_error_display())


class ColumnCheck(models.Model):
    """栏目更新检查 of one run."""

    run = models.ForeignKey(CrawlRun, on_delete=models.CASCADE, related_name="column_checks")
    column = models.ForeignKey(
        Column, null=True, blank=True, on_delete=models.SET_NULL, related_name="checks"
    )
    # The homepage is checked like a column (RULES §7: not updated for 2 weeks).
    is_homepage = models.BooleanField(default=False)
    name = models.CharField(_("栏目"), max_length=100)
    url = models.CharField(_("地址"), max_length=2000)
    kind = models.CharField(_("类型"), max_length=10, choices=Column.Kind.choices)
    latest_date = models.DateField(_("最新日期"), null=True, blank=True)
    entries = models.PositiveIntegerField(_("条目数"), default=0)
    reachable = models.BooleanField(_("可访问"), default=True)
    stale = models.BooleanField(_("未按时更新"), default=False)
    empty = models.BooleanField(_("空白栏目"), default=False)
    undated = models.BooleanField(_("没有日期"), default=False)
    note = models.CharField(_("说明"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("栏目检查")
        verbose_name_plural = _("栏目检查")
        ordering = ["-is_homepage", "name", "id"]

    def __str__(self) -> str:
        return self.name


class AvailabilityProbe(models.Model):
    """可用性探测: one attempt to open the homepage within 15 seconds."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="probes")
    at = models.DateTimeField(_("时间"), db_index=True)
    ok = models.BooleanField(_("成功"))
    elapsed = models.FloatField(_("耗时（秒）"))
    status = models.PositiveSmallIntegerField(_("状态码"), null=True, blank=True)
    error = models.CharField(_("错误"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("可用性探测")
        verbose_name_plural = _("可用性探测")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.site} {self.at:%Y-%m-%d %H:%M} {'正常' if self.ok else '失败'}"
