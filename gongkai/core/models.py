"""Units, people, the working-day calendar, the audit trail and API tokens."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.Model):
    """机构: a government, a department or a township, in one tree."""

    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("人民政府")
        DEPARTMENT = "department", _("政府部门")
        TOWNSHIP = "township", _("乡镇（街道）")
        OTHER = "other", _("其他单位")

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("上级机构"),
    )
    # Materialised path "/1/4/9/" so that a subtree is one indexed prefix query.
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    kind = models.CharField(_("类型"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("名称"), max_length=100, unique=True)
    short_name = models.CharField(_("简称"), max_length=40, blank=True)
    code = models.CharField(
        _("组织机构代码或统一社会信用代码"),
        max_length=18,
        blank=True,
        help_text=_("用于索引号：9位组织机构代码或18位统一社会信用代码"),
    )
    address = models.CharField(_("办公地址"), max_length=200, blank=True)
    postcode = models.CharField(_("邮政编码"), max_length=6, blank=True)
    phone = models.CharField(_("联系电话"), max_length=60, blank=True)
    fax = models.CharField(_("传真"), max_length=60, blank=True)
    email = models.EmailField(_("电子邮箱"), blank=True)
    office_hours = models.CharField(_("办公时间"), max_length=200, blank=True)
    website = models.URLField(_("网站"), blank=True)
    sort_order = models.PositiveIntegerField(_("排序"), default=100)

    class Meta:
        verbose_name = _("机构")
        verbose_name_plural = _("机构")
        ordering = ["path", "sort_order", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def depth(self) -> int:
        return self.path.count("/") - 2 if self.path else 0

    def is_government(self) -> bool:
        return self.kind == self.Kind.GOVERNMENT


class Role(models.TextChoices):
    EDITOR = "editor", _("信息员")
    REVIEWER = "reviewer", _("审核员")
    OFFICE = "office", _("公开办")
    LEADER = "leader", _("领导")


class User(AbstractUser):
    """A staff member. The public needs no account."""

    unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("所属机构"),
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices, blank=True)
    phone = models.CharField(_("联系电话"), max_length=30, blank=True)
    # 公开办 members review only in the units listed here (granted explicitly, per unit);
    # 审核员 review in their own unit without a grant.
    review_units = models.ManyToManyField(
        Unit,
        blank=True,
        related_name="office_reviewers",
        verbose_name=_("授予审核权的机构"),
        help_text=_("公开办人员仅在所列机构内可以审核信息"),
    )
    # Set when the office gives out a one-time password; cleared when the person sets their own.
    must_change_password = models.BooleanField(_("须修改密码"), default=False)

    class Meta:
        verbose_name = _("工作人员")
        verbose_name_plural = _("工作人员")

    def __str__(self) -> str:
        full = f"{self.last_name}{self.first_name}".strip()
        return full or self.username

    @property
    def display_name(self) -> str:
        return str(self)


class CalendarOverride(models.Model):
    """A dated exception to the weekday rule: a holiday or a make-up working day."""

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("法定节假日（休息）")
        WORKDAY = "workday", _("调休上班")

    date = models.DateField(_("日期"), unique=True)
    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("名称"), max_length=50, blank=True, help_text=_("如：春节、国庆节"))
    source = models.CharField(
        _("依据"), max_length=200, blank=True, help_text=_("国务院办公厅通知文号")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("工作日历调整")
        verbose_name_plural = _("工作日历调整")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()} {self.name}"


class CalendarYear(models.Model):
    """Marks a year whose official calendar an administrator has loaded in full."""

    year = models.PositiveIntegerField(_("年份"), unique=True)
    source = models.CharField(_("依据"), max_length=200, blank=True)
    loaded_at = models.DateTimeField(_("载入时间"), auto_now=True)

    class Meta:
        verbose_name = _("已载入年度日历")
        verbose_name_plural = _("已载入年度日历")
        ordering = ["year"]

    def __str__(self) -> str:
        return str(self.year)


class AuditHead(models.Model):
    """One row, locked by every audit write so that the chain has no forks or gaps."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_seq = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"audit head #{self.last_seq}"


class AuditEvent(models.Model):
    """审计日志: append-only, each event carries the hash of the one before it."""

    seq = models.PositiveBigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(_("时间"), editable=False)
    actor = models.ForeignKey(
        User,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("操作人"),
    )
    actor_label = models.CharField(_("操作人"), max_length=150, editable=False)
    unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("机构"),
    )
    action = models.CharField(_("动作"), max_length=80, db_index=True)
    object_type = models.CharField(_("对象类型"), max_length=80, db_index=True)
    object_id = models.CharField(_("对象"), max_length=64, blank=True, db_index=True)
    summary = models.TextField(_("摘要"), blank=True)
    changes = models.JSONField(_("变更"), default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, editable=False)

    class Meta:
        verbose_name = _("审计日志")
        verbose_name_plural = _("审计日志")
        ordering = ["-seq"]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_type}:{self.object_id}"


class ApiToken(models.Model):
    """A bearer token for staff scripts; only its SHA-256 is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("用途"), max_length=100, blank=True)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("接口令牌")
        verbose_name_plural = _("接口令牌")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"


class PeriodicRun(models.Model):
    """When each periodic job last ran, so the scheduler runs each once per interval."""

    name = models.CharField(max_length=100, unique=True)
    last_run_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class HostedSite(models.Model):
    """门户网站: one government website hosted on this installation (集约化平台), bound to
    a unit subtree (the government and its departments) and answering on its own host names.
    Distinct from the monitor's watched sites, which may be anywhere."""

    name = models.CharField(_("网站名称"), max_length=100)
    root = models.OneToOneField(
        Unit,
        on_delete=models.PROTECT,
        related_name="hosted_site",
        verbose_name=_("主办机构"),
        help_text=_("本网站显示这个机构及其下级机构的内容"),
    )
    hosts = models.TextField(
        _("域名"), help_text=_("每行一个，例如 www.example.gov.cn（不含协议和端口）")
    )
    base_url = models.CharField(_("网址"), max_length=200, blank=True)
    site_id_code = models.CharField(_("网站标识码"), max_length=20, blank=True)
    icp = models.CharField(_("ICP备案号"), max_length=60, blank=True)
    psb = models.CharField(_("公安机关备案号"), max_length=60, blank=True)
    logo = models.CharField(_("标志图片地址"), max_length=300, blank=True)
    colour = models.CharField(
        _("主色"), max_length=7, blank=True, help_text=_("如 #b31b1b，留空使用默认颜色")
    )
    is_default = models.BooleanField(
        _("默认网站"), default=False, help_text=_("域名未登记的访问按此网站显示")
    )
    active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("门户网站")
        verbose_name_plural = _("门户网站")
        ordering = ["root__path", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="core_one_default_hosted_site",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def host_list(self) -> list[str]:
        return [h.strip().lower() for h in self.hosts.replace(",", "\n").splitlines() if h.strip()]
