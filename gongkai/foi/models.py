"""Applications for disclosure (依申请公开) and their statutory clock (RULES §5).

An ``Application`` carries its receipt date (Art. 31), the stored reply deadline (the
core ``DeadlineFields``: ``due`` with its rule and a readable explanation), and — once replied — one outcome code from the annual report
(``gongkai.foi.codes.Outcome``, RULES §8). Every clock event is an ``ApplicationEvent``;
every document sent to the applicant is a ``Letter``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.deadlines import DeadlineFields
from gongkai.core.workflow import check_constraint_for
from gongkai.foi.codes import ApplicantType, CaseKind, CaseResult, Outcome


class Channel(models.TextChoices):
    ONLINE = "online", _("网上申请")
    IN_PERSON = "in_person", _("当面提交")
    REGISTERED_POST = "registered_post", _("挂号信/快递（需签收）")
    ORDINARY_POST = "ordinary_post", _("平常信函")
    FAX = "fax", _("传真")
    OTHER = "other", _("电子邮件或其他")


class FormWanted(models.TextChoices):
    PAPER = "paper", _("纸质")
    ELECTRONIC = "electronic", _("电子文件")
    EMAIL = "email", _("电子邮件")
    COLLECT = "collect", _("当场阅读、抄录或自行领取")


class DeliveryRoute(models.TextChoices):
    POST = "post", _("邮寄")
    EMAIL = "email", _("电子邮件")
    ONLINE = "online", _("网上查看")
    COLLECT = "collect", _("自行领取")
    FAX = "fax", _("传真")


class FeeMethod(models.TextChoices):
    NONE = "none", _("不收费")
    PER_APPLICATION = "per_application", _("按件计收")
    PER_VOLUME = "per_volume", _("按量计收")


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("待确认收到")
    PROCESSING = "processing", _("办理中")
    CORRECTION = "correction", _("待申请人补正")
    CONSULTING = "consulting", _("征求第三方意见中")
    FEE = "fee", _("待缴纳信息处理费")
    REPLIED = "replied", _("已答复")
    CLOSED = "closed", _("已终止（视为撤回）")


_S = ApplicationStatus

#: The workflow of an application: action -> (states it may start from, state it leads to).
#: Each transition service checks it with ``gongkai.core.workflow.transition``.
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "confirm": (frozenset({_S.SUBMITTED}), _S.PROCESSING),  # Art. 31
    "correction_request": (frozenset({_S.PROCESSING}), _S.CORRECTION),  # Art. 30
    "correction_receive": (frozenset({_S.CORRECTION}), _S.PROCESSING),
    "consultation_start": (frozenset({_S.PROCESSING}), _S.CONSULTING),  # Art. 32
    "consultation_end": (frozenset({_S.CONSULTING}), _S.PROCESSING),
    "fee_notice": (frozenset({_S.PROCESSING}), _S.FEE),  # RULES §5
    "fee_paid": (frozenset({_S.FEE}), _S.PROCESSING),
    "fee_waive": (frozenset({_S.PROCESSING, _S.FEE}), _S.PROCESSING),
    "reply": (
        frozenset({_S.PROCESSING, _S.CORRECTION, _S.CONSULTING, _S.FEE}),
        _S.REPLIED,
    ),  # Art. 36
    "lapse": (frozenset({_S.CORRECTION, _S.FEE}), _S.CLOSED),  # treated as withdrawn
}

#: Actions that need one of these states and leave the state as it is.
IN_PLACE: dict[str, frozenset[str]] = {
    "extend": frozenset({_S.PROCESSING, _S.CONSULTING, _S.FEE}),  # Art. 33
    "fee_assess": frozenset({_S.PROCESSING}),
    "deliver": frozenset({_S.REPLIED}),
}


class Application(DeadlineFields):
    """依申请公开申请."""

    Status = ApplicationStatus
    TRANSITIONS = TRANSITIONS
    IN_PLACE = IN_PLACE

    OPEN_STATUSES = (
        Status.SUBMITTED,
        Status.PROCESSING,
        Status.CORRECTION,
        Status.CONSULTING,
        Status.FEE,
    )

    unit = models.ForeignKey(
        "core.Unit",
        on_delete=models.PROTECT,
        related_name="foi_applications",
        verbose_name=_("承办机构"),
    )
    tracking_number = models.CharField(_("申请编号"), max_length=32, unique=True)
    access_code_hash = models.CharField(max_length=64, editable=False)

    # --- applicant (Art. 29) ---
    applicant_type = models.CharField(_("申请人类型"), max_length=20, choices=ApplicantType.choices)
    applicant_name = models.CharField(_("姓名或名称"), max_length=100)
    contact_person = models.CharField(_("联系人"), max_length=50, blank=True)
    id_number = models.CharField(_("身份证件号码或统一社会信用代码"), max_length=18, blank=True)
    id_scan = models.FileField(_("身份证明扫描件"), upload_to="foi/id/%Y/%m/", blank=True)
    phone = models.CharField(_("联系电话"), max_length=30, blank=True)
    email = models.EmailField(_("电子邮箱"), blank=True)
    address = models.CharField(_("通信地址"), max_length=200, blank=True)
    postcode = models.CharField(_("邮政编码"), max_length=6, blank=True)

    # --- the information wanted ---
    description = models.TextField(_("所需信息的内容描述"))
    doc_number = models.CharField(_("文件文号"), max_length=100, blank=True)
    title = models.CharField(_("文件名称"), max_length=200, blank=True)
    info_key = models.CharField(
        _("信息归并键"), max_length=200, blank=True, db_index=True, editable=False
    )
    form_wanted = models.CharField(_("获取信息的方式"), max_length=20, choices=FormWanted.choices)
    delivery_route = models.CharField(
        _("信息的载体或送达途径"), max_length=20, choices=DeliveryRoute.choices
    )

    # --- receipt (Art. 31) ---
    channel = models.CharField(_("提交渠道"), max_length=20, choices=Channel.choices)
    submitted_at = models.DateTimeField(_("提交时间"))
    received_on = models.DateField(_("收到申请日期"), null=True, blank=True)
    receipt_rule = models.CharField(_("收到日期认定规则"), max_length=200, blank=True)
    status = models.CharField(
        _("状态"), max_length=20, choices=Status.choices, default=Status.SUBMITTED, db_index=True
    )

    # --- the clock ---
    clock_start_on = models.DateField(_("答复期限起算日"), null=True, blank=True)
    # the reply deadline (core DeadlineFields: due, due_provisional, due_rule,
    # due_explanation), computed by gongkai.foi.clock; the API calls it ``due_on``
    due = models.DateField(_("答复期限"), null=True, blank=True, db_index=True)
    extension_days = models.PositiveSmallIntegerField(_("延长工作日数"), default=0)
    correction_notice_due_on = models.DateField(_("补正告知期限"), null=True, blank=True)
    correction_due_on = models.DateField(_("申请人补正期限"), null=True, blank=True)
    consultation_due_on = models.DateField(_("征求意见期限"), null=True, blank=True)

    # --- fees (RULES §5) ---
    fee_method = models.CharField(
        _("收费方式"), max_length=20, choices=FeeMethod.choices, default=FeeMethod.NONE
    )
    fee_quantity = models.PositiveIntegerField(_("计费数量（件序或页数）"), default=0)
    fee_amount = models.DecimalField(
        _("应缴金额（元）"), max_digits=10, decimal_places=2, default=0
    )
    fee_waived = models.BooleanField(_("已减免"), default=False)
    fee_waiver_reason = models.CharField(_("减免理由"), max_length=200, blank=True)
    fee_notice_received_on = models.DateField(_("收费通知送达日"), null=True, blank=True)
    fee_due_on = models.DateField(_("缴费期限"), null=True, blank=True)
    fee_paid_on = models.DateField(_("缴费日期"), null=True, blank=True)
    fee_clock_rule = models.CharField(_("收费期间答复期限规则"), max_length=200, blank=True)

    # --- reply (Art. 36) ---
    outcome = models.CharField(
        _("处理结果"), max_length=40, choices=Outcome.choices, null=True, blank=True, db_index=True
    )
    replied_on = models.DateField(_("答复日期"), null=True, blank=True, db_index=True)
    reasons = models.TextField(_("理由"), blank=True)
    legal_basis = models.TextField(_("法律依据"), blank=True)
    delivered_on = models.DateField(_("送达日期"), null=True, blank=True)
    delivery_note = models.CharField(_("送达方式说明"), max_length=200, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("登记人"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("依申请公开申请")
        verbose_name_plural = _("依申请公开申请")
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="replied") | models.Q(outcome__isnull=False),
                name="foi_replied_has_outcome",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=sorted(check_constraint_for(TRANSITIONS))),
                name="foi_application_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.tracking_number} {self.applicant_name}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class ApplicationEvent(models.Model):
    """One dated event on the clock, shown to the applicant and to staff."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("提交申请")
        RECEIVED = "received", _("收到申请")
        CORRECTION_REQUESTED = "correction_requested", _("告知补正")
        CORRECTION_RECEIVED = "correction_received", _("收到补正材料")
        CONSULTATION_STARTED = "consultation_started", _("征求第三方意见")
        CONSULTATION_ENDED = "consultation_ended", _("征求意见结束")
        EXTENSION = "extension", _("延长答复期限")
        FEE_NOTICE = "fee_notice", _("发出收费通知")
        FEE_PAID = "fee_paid", _("缴纳费用")
        FEE_WAIVED = "fee_waived", _("减免费用")
        TRANSFER = "transfer", _("转办")
        REPLY = "reply", _("作出答复")
        DELIVERY = "delivery", _("送达")
        LAPSE = "lapse", _("视为撤回")
        NOTE = "note", _("备注")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="events", verbose_name=_("申请")
    )
    kind = models.CharField(_("事项"), max_length=30, choices=Kind.choices)
    on = models.DateField(_("日期"))
    created_at = models.DateTimeField(_("记录时间"), auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("操作人"),
    )
    note = models.TextField(_("说明"), blank=True)
    public = models.BooleanField(_("申请人可见"), default=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("办理记录")
        verbose_name_plural = _("办理记录")
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"{self.on} {self.get_kind_display()}"


class Letter(models.Model):
    """A document sent to the applicant: reply, correction, extension or fee notice."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("政府信息公开申请答复书")
        CORRECTION = "correction", _("补正申请告知书")
        EXTENSION = "extension", _("延长答复期限告知书")
        FEE = "fee", _("收取信息处理费通知书")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="letters", verbose_name=_("申请")
    )
    kind = models.CharField(_("类型"), max_length=20, choices=Kind.choices)
    reference_number = models.CharField(_("文书编号"), max_length=60, unique=True)
    title = models.CharField(_("标题"), max_length=100)
    body = models.TextField(_("正文"))
    issued_on = models.DateField(_("日期"))
    docx = models.FileField(_("DOCX 文件"), upload_to="foi/letters/%Y/", blank=True)
    pdf = models.FileField(_("PDF 文件"), upload_to="foi/letters/%Y/", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("文书")
        verbose_name_plural = _("文书")
        ordering = ["issued_on", "id"]

    def __str__(self) -> str:
        return f"{self.reference_number} {self.title}"


class LetterTemplate(models.Model):
    """Staff-editable text of a letter; ``key`` is a letter kind or ``reply:<outcome>``."""

    key = models.CharField(_("模板键"), max_length=60, unique=True)
    name = models.CharField(_("名称"), max_length=100)
    body = models.TextField(
        _("正文模板"),
        help_text=_(
            "可用占位符：{applicant} {tracking_number} {received_on} {description} "
            "{reasons} {legal_basis} {due_on} {days} {amount} {deadline} {unit}"
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("文书模板")
        verbose_name_plural = _("文书模板")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name


class FeeRecord(models.Model):
    """A fee assessed on an application (RULES §5): computed, waived or paid."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="fees", verbose_name=_("申请")
    )
    method = models.CharField(_("收费方式"), max_length=20, choices=FeeMethod.choices)
    quantity = models.PositiveIntegerField(_("件序或页数"))
    amount = models.DecimalField(_("金额（元）"), max_digits=10, decimal_places=2)
    basis = models.TextField(_("计费依据与计算过程"))
    waived = models.BooleanField(_("减免"), default=False)
    waiver_reason = models.CharField(_("减免理由"), max_length=200, blank=True)
    notice_received_on = models.DateField(_("通知送达日"), null=True, blank=True)
    due_on = models.DateField(_("缴费期限"), null=True, blank=True)
    paid_on = models.DateField(_("缴费日期"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("信息处理费")
        verbose_name_plural = _("信息处理费")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.application_id} {self.amount}"


class DisclosedFile(models.Model):
    """A file provided with the reply; scanned for personal data before sending."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="files", verbose_name=_("申请")
    )
    file = models.FileField(_("文件"), upload_to="foi/disclosed/%Y/")
    name = models.CharField(_("文件名"), max_length=200)
    findings = models.JSONField(_("隐私扫描结果"), default=list, blank=True)
    scanned_at = models.DateTimeField(_("扫描时间"), null=True, blank=True)
    # set at reply time (gongkai.foi.services.disclosure): the copy the applicant gets for a
    # 部分公开 reply, what the scanner still finds in it, and the findings the reviewer kept
    masked = models.FileField(_("区分处理后的文件"), upload_to="foi/disclosed/%Y/", blank=True)
    remaining = models.JSONField(_("处理后仍存在的发现"), default=list, blank=True)
    kept = models.JSONField(_("保留的发现及理由"), default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("公开文件")
        verbose_name_plural = _("公开文件")

    def __str__(self) -> str:
        return self.name


class ReviewCase(models.Model):
    """Administrative review or litigation about one application (annual report §四)."""

    application = models.ForeignKey(
        Application, on_delete=models.PROTECT, related_name="cases", verbose_name=_("申请")
    )
    kind = models.CharField(_("类型"), max_length=30, choices=CaseKind.choices)
    result = models.CharField(
        _("结果"), max_length=20, choices=CaseResult.choices, default=CaseResult.PENDING
    )
    body = models.CharField(_("复议机关或法院"), max_length=100, blank=True)
    case_number = models.CharField(_("案号"), max_length=60, blank=True)
    filed_on = models.DateField(_("受理日期"))
    decided_on = models.DateField(_("审结日期"), null=True, blank=True)
    note = models.TextField(_("说明"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("复议诉讼案件")
        verbose_name_plural = _("复议诉讼案件")
        ordering = ["filed_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.case_number}"

    @property
    def unit(self):
        return self.application.unit


class LetterSequence(models.Model):
    """The last number given to a kind of letter by one unit in one year (文书编号)."""

    unit = models.ForeignKey("core.Unit", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "kind"], name="foi_letter_seq_unique")
        ]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.year} {self.kind} {self.last}"


class Delivery(models.Model):
    """How a letter (and the files with it) reached the applicant: one row per attempt."""

    class Status(models.TextChoices):
        SENT = "sent", _("已发送")
        FAILED = "failed", _("发送失败")
        PENDING = "pending", _("待送达")
        DONE = "done", _("已送达")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("申请")
    )
    letter = models.ForeignKey(
        Letter, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    route = models.CharField(_("送达途径"), max_length=20, choices=DeliveryRoute.choices)
    status = models.CharField(_("状态"), max_length=20, choices=Status.choices)
    on = models.DateField(_("日期"))
    recipient = models.CharField(_("收件人或地址"), max_length=254, blank=True)
    note = models.CharField(_("说明"), max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("送达记录")
        verbose_name_plural = _("送达记录")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_route_display()} {self.get_status_display()}"


class ReplyDraft(models.Model):
    """A reply drafted for approval (``GONGKAI_FOI_REPLY_REVIEW``): the drafter submits it,
    someone with review rights over the application's unit approves it — then it is sent
    as any reply, dated the day it is sent — or returns it with a reason. The application
    keeps its state (and its clock) while the draft waits."""

    class Status(models.TextChoices):
        PENDING = "pending", _("待审核")
        RETURNED = "returned", _("已退回")
        APPROVED = "approved", _("已通过并发出")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="reply_drafts", verbose_name=_("申请")
    )
    status = models.CharField(
        _("状态"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    outcome = models.CharField(_("处理结果"), max_length=40, choices=Outcome.choices)
    reasons = models.TextField(_("理由"), blank=True)
    legal_basis = models.TextField(_("法律依据"), blank=True)
    holder = models.CharField(_("信息的制作或保存机关"), max_length=200, blank=True)
    keep = models.JSONField(_("保留的发现及理由"), default=dict, blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("起草人"),
    )
    drafted_at = models.DateTimeField(_("提交审核时间"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("审核人"),
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    return_reason = models.TextField(_("退回理由"), blank=True)
    letter = models.ForeignKey(
        Letter, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("答复审核稿")
        verbose_name_plural = _("答复审核稿")
        ordering = ["drafted_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=models.Q(status="pending"),
                name="foi_one_pending_reply_draft",
            )
        ]

    def __str__(self) -> str:
        return f"{self.application.tracking_number} {self.get_status_display()}"
