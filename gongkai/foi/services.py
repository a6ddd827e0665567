"""Every write of the foi app: submission, receipt, the clock, fees, letters, reply.

Each transition locks the application row, checks the state, writes the change, one
``ApplicationEvent`` and one audit row, then recomputes and stores the due date with its
explanation (``gongkai.foi.clock``). Rules: RULES §5 (Art. 29–42 of the Regulation).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import time
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from gongkai.core import tracking
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import has_role, require_unit
from gongkai.core.workdays import WorkCalendar
from gongkai.foi import clock, fees, letters
from gongkai.foi.codes import ApplicantType, CaseKind, CaseResult, Outcome
from gongkai.foi.ids import id_card_error, uscc_error
from gongkai.foi.models import (
    Application,
    ApplicationEvent,
    Channel,
    DeliveryRoute,
    DisclosedFile,
    FeeMethod,
    FeeRecord,
    FormWanted,
    Letter,
    LetterTemplate,
    ReviewCase,
)

Status = Application.Status
Ev = ApplicationEvent.Kind

ID_SCAN_MAX_BYTES = 5 * 1024 * 1024
ID_SCAN_TYPES = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}


def _setting(name: str, default):
    return getattr(settings, name, default)


def _today() -> dt.date:
    return timezone.localdate()


# --- access codes ---------------------------------------------------------------------


access_code_hash = tracking.code_digest


def access_code_ok(app: Application, code: str) -> bool:
    return tracking.code_matches(app.access_code_hash, app.tracking_number, code)


_random = tracking.random_code


def _new_tracking_number(day: dt.date) -> str:
    return f"YSQ{day:%Y%m%d}{_random(6)}"


# --- receipt date (Art. 31) -----------------------------------------------------------


def receipt_date(
    *,
    channel: str,
    submitted_on: dt.date | None = None,
    signed_for_on: dt.date | None = None,
    confirmed_on: dt.date | None = None,
) -> tuple[dt.date | None, str]:
    """The receipt date by channel (Art. 31, RULES §5) and the rule applied.

    in person: the day it is handed in; registered post: the day it is signed for;
    ordinary post: the day the office confirms it with the applicant; online, fax,
    e-mail or other: the day both sides confirm it. ``None`` while not yet known.
    """
    if channel == Channel.IN_PERSON:
        return submitted_on, "第三十一条第（一）项：当面提交，以提交之日为收到申请之日"
    if channel == Channel.REGISTERED_POST:
        return signed_for_on, "第三十一条第（二）项：邮寄（需签收），以签收之日为收到申请之日"
    if channel == Channel.ORDINARY_POST:
        return (
            confirmed_on,
            "第三十一条第（二）项：平常信函等无需签收的邮件，以与申请人确认之日为收到申请之日",
        )
    if channel in (Channel.ONLINE, Channel.FAX, Channel.OTHER):
        return (
            confirmed_on,
            "第三十一条第（三）项：互联网渠道或传真等方式提交，以双方确认之日为收到申请之日",
        )
    raise ValidationError({"channel": "提交渠道不正确"})


# --- validation of the applicant's input (Art. 29) -------------------------------------


def normalise_info_key(*, doc_number: str, title: str, description: str) -> str:
    """Key under which requests for the same information are counted."""
    for text in (doc_number, title, description):
        key = re.sub(r"[\s\W_]+", "", text or "").lower()
        if key:
            return key[:200]
    return ""


def check_id_scan(uploaded) -> str | None:
    """None when the upload is an acceptable JPG/PNG/PDF (checked by content)."""
    import filetype

    if uploaded.size > ID_SCAN_MAX_BYTES:
        return f"文件不能超过 {ID_SCAN_MAX_BYTES // 1024 // 1024} MB"
    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ID_SCAN_TYPES:
        return "仅接受 JPG、PNG 或 PDF 格式的扫描件（按文件内容识别）"
    return None


def validate_application(data: dict, *, id_scan=None, staff: bool = False) -> dict:
    """Clean the applicant's input; raise ValidationError keyed by field, in Chinese."""
    errors: dict[str, list[str]] = {}

    def err(field: str, msg: str) -> None:
        errors.setdefault(field, []).append(msg)

    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in data.items()}
    if clean.get("applicant_type") not in ApplicantType.values:
        err("applicant_type", "请选择申请人类型")
    if not clean.get("applicant_name"):
        err("applicant_name", "请填写姓名或名称")
    elif len(clean["applicant_name"]) > 100:
        err("applicant_name", "姓名或名称最多 100 个字")
    id_number = (clean.get("id_number") or "").upper()
    clean["id_number"] = id_number
    if id_number:
        if clean.get("applicant_type") == ApplicantType.NATURAL_PERSON:
            message = id_card_error(id_number)
        else:
            message = uscc_error(id_number) if len(id_number) == 18 else None
            if len(id_number) != 18:
                message = "统一社会信用代码应为18位"
        if message:
            err("id_number", message)
    if id_scan is not None:
        message = check_id_scan(id_scan)
        if message:
            err("id_scan", message)
    if not id_number and id_scan is None and not staff:
        err("id_number", "请填写身份证件号码，或上传身份证明扫描件")
    phone = clean.get("phone") or ""
    if phone and not re.fullmatch(r"[\d\-+() ]{5,30}", phone):
        err("phone", "联系电话格式不正确")
    email = clean.get("email") or ""
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        err("email", "电子邮箱格式不正确")
    if not (phone or email or clean.get("address")):
        err("phone", "请至少填写一种联系方式（电话、电子邮箱或通信地址）")
    postcode = clean.get("postcode") or ""
    if postcode and not re.fullmatch(r"\d{6}", postcode):
        err("postcode", "邮政编码应为6位数字")
    if not clean.get("description"):
        err("description", "请描述所需政府信息（名称、文号或其他特征）")
    elif len(clean["description"]) > 5000:
        err("description", "内容描述最多 5000 个字")
    for field, limit in (("doc_number", 100), ("title", 200), ("address", 200)):
        if len(clean.get(field) or "") > limit:
            err(field, f"最多 {limit} 个字")
    if clean.get("form_wanted") not in FormWanted.values:
        err("form_wanted", "请选择获取信息的方式")
    if clean.get("delivery_route") not in DeliveryRoute.values:
        err("delivery_route", "请选择送达途径")
    if clean.get("delivery_route") == DeliveryRoute.EMAIL and not email:
        err("email", "选择电子邮件送达时请填写电子邮箱")
    if clean.get("delivery_route") == DeliveryRoute.POST and not clean.get("address"):
        err("address", "选择邮寄送达时请填写通信地址")
    unit = clean.get("unit")
    if isinstance(unit, int | str) and str(unit).isdigit():
        unit = Unit.objects.filter(pk=int(unit)).first()
    if not isinstance(unit, Unit):
        err("unit", "请选择申请公开的机关")
    clean["unit"] = unit
    if errors:
        raise ValidationError(errors)
    return clean


APPLICANT_FIELDS = (
    "applicant_type",
    "applicant_name",
    "contact_person",
    "id_number",
    "phone",
    "email",
    "address",
    "postcode",
    "description",
    "doc_number",
    "title",
    "form_wanted",
    "delivery_route",
)


def _create(
    *,
    clean: dict,
    channel: str,
    submitted_at: dt.datetime,
    received_on: dt.date | None,
    receipt_rule: str,
    actor: User | None,
    id_scan=None,
) -> tuple[Application, str]:
    code = _random(10)
    fields = {k: clean.get(k) or "" for k in APPLICANT_FIELDS}
    for attempt in range(8):
        tracking = _new_tracking_number(timezone.localdate(submitted_at))
        app = Application(
            unit=clean["unit"],
            tracking_number=tracking,
            access_code_hash=access_code_hash(tracking, code),
            channel=channel,
            submitted_at=submitted_at,
            received_on=received_on,
            receipt_rule=receipt_rule,
            status=Status.PROCESSING if received_on else Status.SUBMITTED,
            clock_start_on=received_on,
            info_key=normalise_info_key(
                doc_number=fields["doc_number"],
                title=fields["title"],
                description=fields["description"],
            ),
            created_by=actor,
            **fields,
        )
        if id_scan is not None:
            ext = ID_SCAN_TYPES.get(_guess_mime(id_scan), "bin")
            # unguessable name: identity documents must not be reachable by URL guessing
            app.id_scan.save(f"{tracking}-{secrets.token_hex(12)}.{ext}", id_scan, save=False)
        try:
            with transaction.atomic():
                app.save()
            break
        except IntegrityError:
            if attempt == 7:
                raise
    _event(
        app,
        Ev.SUBMITTED,
        timezone.localdate(submitted_at),
        actor,
        f"渠道：{app.get_channel_display()}",
    )
    if received_on:
        _event(app, Ev.RECEIVED, received_on, actor, receipt_rule)
        _after_receipt(app)
        app.save()
    audit_record(
        actor=actor,
        action="foi.application_submit",
        obj=app,
        summary=f"{app.get_channel_display()}申请 {app.tracking_number}（{app.applicant_name}）",
        changes={"channel": channel, "received_on": received_on},
    )
    return app, code


def _guess_mime(uploaded) -> str:
    import filetype

    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else ""


def application_submit(*, data: dict, id_scan=None) -> tuple[Application, str]:
    """A citizen's online application (public form or API). Returns (app, access code).

    Its receipt date is set when staff confirm it (Art. 31 (3)); with
    ``GONGKAI_FOI_AUTO_CONFIRM`` the submission itself counts as the confirmation.
    A citizen's submission must not be lost to a momentary SQLite write lock (a burst
    of submissions; shared-cache databases report it at once instead of waiting), so
    the whole transaction is retried a few times before an error is reported.
    """
    clean = validate_application(data, id_scan=id_scan)
    attempt = 0
    while True:
        try:
            return _submit(clean=clean, id_scan=id_scan)
        except OperationalError as exc:
            attempt += 1
            if "locked" not in str(exc) or attempt >= 60 or connection.in_atomic_block:
                raise
            time.sleep(min(0.5, 0.01 * attempt) + secrets.randbelow(50) / 1000)


@transaction.atomic
def _submit(*, clean: dict, id_scan=None) -> tuple[Application, str]:
    now = timezone.now()
    received_on, rule = None, ""
    if _setting("GONGKAI_FOI_AUTO_CONFIRM", False):
        received_on, rule = receipt_date(
            channel=Channel.ONLINE, confirmed_on=timezone.localdate(now)
        )
        rule += "（系统自动确认）"
    return _create(
        clean=clean,
        channel=Channel.ONLINE,
        submitted_at=now,
        received_on=received_on,
        receipt_rule=rule,
        actor=None,
        id_scan=id_scan,
    )


@transaction.atomic
def application_register(
    *,
    actor: User,
    data: dict,
    channel: str,
    submitted_on: dt.date,
    signed_for_on: dt.date | None = None,
    confirmed_on: dt.date | None = None,
    id_scan=None,
) -> tuple[Application, str]:
    """Staff register an application that arrived on paper, by post, fax or in person."""
    clean = validate_application(data, id_scan=id_scan, staff=True)
    require_unit(actor, clean["unit"])
    if channel not in Channel.values:
        raise ValidationError({"channel": "请选择提交渠道"})
    if channel == Channel.REGISTERED_POST and not signed_for_on:
        raise ValidationError({"signed_for_on": "挂号信/快递请填写签收日期"})
    today = _today()
    for name, value in (
        ("submitted_on", submitted_on),
        ("signed_for_on", signed_for_on),
        ("confirmed_on", confirmed_on),
    ):
        if value and value > today:
            raise ValidationError({name: "日期不能晚于今天"})
    received_on, rule = receipt_date(
        channel=channel,
        submitted_on=submitted_on,
        signed_for_on=signed_for_on,
        confirmed_on=confirmed_on,
    )
    submitted_at = timezone.make_aware(dt.datetime.combine(submitted_on, dt.time(9, 0)))
    return _create(
        clean=clean,
        channel=channel,
        submitted_at=submitted_at,
        received_on=received_on,
        receipt_rule=rule,
        actor=actor,
        id_scan=id_scan,
    )


def _lock(app: Application) -> Application:
    return Application.objects.select_for_update().select_related("unit").get(pk=app.pk)


def _event(app, kind, on, actor, note="", public=True, **data) -> ApplicationEvent:
    return ApplicationEvent.objects.create(
        application=app,
        kind=kind,
        on=on,
        actor=actor if getattr(actor, "pk", None) else None,
        note=note,
        public=public,
        data={k: str(v) if isinstance(v, dt.date | Decimal) else v for k, v in data.items()},
    )


def _check(actor, app: Application) -> None:
    if actor is not None:
        require_unit(actor, app.unit)


def _require_status(app: Application, *allowed: str) -> None:
    if app.status not in allowed:
        names = "、".join(str(Status(s).label) for s in allowed)
        raise ValidationError(
            f"申请当前状态为“{app.get_status_display()}”，此操作仅适用于：{names}"
        )


def _after_receipt(app: Application, cal: WorkCalendar | None = None) -> None:
    cal = cal or clock.current_calendar()
    notice = cal.add(app.received_on, clock.CORRECTION_NOTICE_DAYS)
    app.correction_notice_due_on = notice.value
    recompute(app, cal=cal)


@transaction.atomic
def application_confirm(
    *, actor: User, application: Application, confirmed_on: dt.date | None = None
) -> Application:
    """Staff confirm an online/fax/ordinary-post application with the applicant (Art. 31)."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.SUBMITTED)
    confirmed_on = confirmed_on or _today()
    if confirmed_on > _today():
        raise ValidationError({"confirmed_on": "确认日期不能晚于今天"})
    if confirmed_on < timezone.localdate(app.submitted_at):
        raise ValidationError({"confirmed_on": "确认日期不能早于提交日期"})
    received_on, rule = receipt_date(channel=app.channel, confirmed_on=confirmed_on)
    app.received_on = received_on
    app.clock_start_on = received_on
    app.receipt_rule = rule
    app.status = Status.PROCESSING
    _after_receipt(app)
    app.save()
    _event(app, Ev.RECEIVED, received_on, actor, rule)
    audit_record(
        actor=actor,
        action="foi.application_confirm",
        obj=app,
        summary=f"确认收到申请 {app.tracking_number}，收到日期 {received_on}",
    )
    return app


@transaction.atomic
def application_transfer(
    *, actor: User, application: Application, to_unit: Unit, reason: str
) -> Application:
    """Route an application to the responsible unit; the history stays with it."""
    app = _lock(application)
    _check(actor, app)
    if not app.is_open:
        raise ValidationError("已办结的申请不能转办")
    if to_unit.pk == app.unit_id:
        raise ValidationError({"to_unit": "请选择另一个承办机构"})
    if not reason.strip():
        raise ValidationError({"reason": "请说明转办理由"})
    old = app.unit
    app.unit = to_unit
    app.save(update_fields=["unit", "updated_at"])
    _event(
        app,
        Ev.TRANSFER,
        _today(),
        actor,
        f"由{old.name}转至{to_unit.name}：{reason}",
        from_unit=old.pk,
        to_unit=to_unit.pk,
    )
    audit_record(
        actor=actor,
        action="foi.application_transfer",
        obj=app,
        unit=old,
        summary=f"申请 {app.tracking_number} 由{old.name}转至{to_unit.name}",
        changes={"unit": [old.pk, to_unit.pk], "reason": reason},
    )
    return app


# --- the clock ------------------------------------------------------------------------


def _pauses(app: Application, cal: WorkCalendar) -> tuple[list[clock.Pause], str]:
    pauses: list[clock.Pause] = []
    consult_start = None
    fee_start = None
    for ev in sorted(app.events.all(), key=lambda e: (e.on, e.pk)):
        if ev.kind == Ev.CONSULTATION_STARTED:
            consult_start = ev.on
        elif ev.kind == Ev.CONSULTATION_ENDED and consult_start:
            # Only the consultation's own 15 working days stop the clock (Art. 32–33);
            # waiting beyond them for a late answer counts.
            limit = cal.add(consult_start, clock.CONSULTATION_DAYS).value
            if ev.on > limit:
                pauses.append(
                    clock.Pause(consult_start, limit, "征求第三方意见（超过15个工作日的部分计入）")
                )
            else:
                pauses.append(clock.Pause(consult_start, ev.on, "征求第三方意见"))
            consult_start = None
        elif ev.kind == Ev.FEE_NOTICE:
            fee_start = ev.on
        elif ev.kind in (Ev.FEE_PAID, Ev.FEE_WAIVED) and fee_start:
            pauses.append(clock.Pause(fee_start, ev.on, "等待缴纳信息处理费"))
            fee_start = None
    if consult_start:
        end = app.consultation_due_on or cal.add(consult_start, clock.CONSULTATION_DAYS).value
        pauses.append(clock.Pause(consult_start, end, "征求第三方意见", open=True))
    fee_rule = ""
    if app.fee_notice_received_on or app.fee_method != FeeMethod.NONE:
        if clock.fee_pauses_clock():
            fee_rule = "收费期间答复期限暂停计算（GONGKAI_FOI_FEE_PAUSES_CLOCK=True）"
        else:
            fee_rule = "收费期间答复期限照常计算（GONGKAI_FOI_FEE_PAUSES_CLOCK=False）"
            pauses = [p for p in pauses if p.label != "等待缴纳信息处理费"]
    if fee_start and clock.fee_pauses_clock():
        end = app.fee_due_on or cal.add(fee_start, clock.FEE_PAYMENT_DAYS).value
        pauses.append(clock.Pause(fee_start, end, "等待缴纳信息处理费", open=True))
    return pauses, fee_rule


def recompute(app: Application, *, cal: WorkCalendar | None = None) -> bool:
    """Recompute and set (not save) the due date; True when anything changed."""
    cal = cal or clock.current_calendar()
    before = (app.due_on, app.due_provisional, app.due_explanation, app.correction_notice_due_on)
    if app.received_on and app.correction_notice_due_on:
        app.correction_notice_due_on = cal.add(app.received_on, clock.CORRECTION_NOTICE_DAYS).value
    if not app.clock_start_on or app.status == Status.CORRECTION:
        app.due_on = None
        app.due_provisional = False
        app.due_rule = "Art.30 awaiting correction" if app.status == Status.CORRECTION else ""
        app.due_explanation = (
            "等待申请人补正；答复期限自收到补正后的申请之日起重新计算（第三十条）"
            if app.status == Status.CORRECTION
            else "尚未确认收到申请，答复期限未开始计算（第三十一条）"
        )
    elif app.status in (Status.REPLIED, Status.CLOSED):
        return False
    else:
        pauses, fee_rule = _pauses(app, cal)
        result = clock.reply_deadline(
            start=app.clock_start_on,
            extension_days=app.extension_days,
            pauses=pauses,
            cal=cal,
            restarted=app.clock_start_on != app.received_on,
            fee_rule=fee_rule,
        )
        app.due_on = result.due
        app.due_provisional = result.provisional
        app.due_rule = result.rule
        app.due_explanation = result.explanation
        if fee_rule:
            app.fee_clock_rule = fee_rule
    after = (app.due_on, app.due_provisional, app.due_explanation, app.correction_notice_due_on)
    return before != after


def recompute_open(years: set[int]) -> int:
    """Registered calendar recomputer: refresh every open application's deadlines."""
    cal = clock.current_calendar()
    changed = 0
    qs = (
        Application.objects.filter(status__in=Application.OPEN_STATUSES)
        .exclude(received_on__isnull=True)
        .prefetch_related("events")
    )
    for app in qs.iterator(chunk_size=500):
        touched = {app.received_on.year, app.received_on.year + 1}
        if app.due_on:
            touched.add(app.due_on.year)
        if years and not (touched & set(years)):
            continue
        # Compute on the unlocked copy first: most calendar changes move nothing, and
        # only the applications that do change need a lock, a write and an audit row.
        if not recompute(app, cal=cal):
            continue
        with transaction.atomic():
            locked = _lock(app)
            old = locked.due_on
            # The applicant's correction and fee deadlines were notified in writing
            # and are not moved; the office's own reply deadline is.
            if recompute(locked, cal=cal):
                locked.save()
                audit_record(
                    actor=None,
                    action="foi.deadline_recompute",
                    obj=locked,
                    summary=f"工作日历变化，申请 {locked.tracking_number} 的答复期限重新计算",
                    changes={"due_on": [old, locked.due_on]},
                )
                changed += 1
    return changed


# --- correction (Art. 30) -------------------------------------------------------------


@transaction.atomic
def correction_request(
    *,
    actor: User,
    application: Application,
    items: str,
    days: int | None = None,
    on: dt.date | None = None,
) -> Letter:
    """One single correction notice within 7 working days of receipt (Art. 30)."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.PROCESSING)
    on = on or _today()
    if app.events.filter(kind=Ev.CORRECTION_REQUESTED).exists():
        raise ValidationError("补正告知只能发出一次（第三十条：一次性告知）")
    if on < app.received_on:
        raise ValidationError({"on": "告知日期不能早于收到申请日期"})
    if app.correction_notice_due_on and on > app.correction_notice_due_on:
        raise ValidationError(
            f"补正告知应在收到申请之日起7个工作日内（{app.correction_notice_due_on}前）发出，已超过期限"
        )
    if not items.strip():
        raise ValidationError({"items": "请列明需要补正的事项"})
    days = days or _setting("GONGKAI_FOI_CORRECTION_DAYS", 15)
    if not 1 <= days <= 60:
        raise ValidationError({"days": "补正期限应为1至60个工作日"})
    cal = clock.current_calendar()
    deadline = cal.add(on, days).value
    app.correction_due_on = deadline
    app.status = Status.CORRECTION
    recompute(app, cal=cal)
    app.save()
    _event(
        app,
        Ev.CORRECTION_REQUESTED,
        on,
        actor,
        f"补正事项：{items}；补正期限：{deadline}",
        deadline=deadline,
    )
    letter = _letter(
        app,
        "correction",
        actor,
        on,
        {"items": items, "deadline": letters._cn_date(deadline)},
    )
    audit_record(
        actor=actor,
        action="foi.correction_request",
        obj=app,
        summary=f"申请 {app.tracking_number} 告知补正，期限 {deadline}",
        changes={"items": items, "deadline": deadline},
    )
    return letter


@transaction.atomic
def correction_receive(
    *, actor: User, application: Application, on: dt.date | None = None, note: str = ""
) -> Application:
    """The corrected application arrived: the reply period restarts from ``on`` (Art. 30)."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.CORRECTION)
    on = on or _today()
    if on > _today():
        raise ValidationError({"on": "日期不能晚于今天"})
    app.clock_start_on = on
    app.status = Status.PROCESSING
    recompute(app)
    app.save()
    _event(app, Ev.CORRECTION_RECEIVED, on, actor, note or "收到补正材料，答复期限重新计算")
    audit_record(
        actor=actor,
        action="foi.correction_receive",
        obj=app,
        summary=f"申请 {app.tracking_number} 收到补正，期限重新计算至 {app.due_on}",
    )
    return app


# --- consultation (Art. 32–34) --------------------------------------------------------


@transaction.atomic
def consultation_start(
    *, actor: User, application: Application, party: str, on: dt.date | None = None
) -> Application:
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.PROCESSING)
    if not party.strip():
        raise ValidationError({"party": "请填写征求意见的第三方或机关"})
    on = on or _today()
    cal = clock.current_calendar()
    app.consultation_due_on = cal.add(on, clock.CONSULTATION_DAYS).value
    app.status = Status.CONSULTING
    _event(
        app,
        Ev.CONSULTATION_STARTED,
        on,
        actor,
        f"征求{party}意见，期限 {app.consultation_due_on}",
        party=party,
    )
    recompute(app, cal=cal)
    app.save()
    audit_record(
        actor=actor,
        action="foi.consultation_start",
        obj=app,
        summary=f"申请 {app.tracking_number} 征求{party}意见",
    )
    return app


@transaction.atomic
def consultation_end(
    *, actor: User, application: Application, on: dt.date | None = None, note: str = ""
) -> Application:
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.CONSULTING)
    on = on or _today()
    started = app.events.filter(kind=Ev.CONSULTATION_STARTED).order_by("-on", "-id").first()
    if started and on < started.on:
        raise ValidationError({"on": "结束日期不能早于开始日期"})
    _event(app, Ev.CONSULTATION_ENDED, on, actor, note or "征求意见结束")
    app.status = Status.PROCESSING
    app.consultation_due_on = None
    recompute(app)
    app.save()
    audit_record(
        actor=actor,
        action="foi.consultation_end",
        obj=app,
        summary=f"申请 {app.tracking_number} 征求意见结束，答复期限 {app.due_on}",
    )
    return app


# --- extension (Art. 33) --------------------------------------------------------------


@transaction.atomic
def extension_approve(
    *, actor: User, application: Application, days: int, reason: str, on: dt.date | None = None
) -> Letter:
    """One extension of at most 20 working days, approved by the disclosure office."""
    app = _lock(application)
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("延长答复期限须经政府信息公开工作机构负责人（公开办）批准")
    _check(actor, app)
    _require_status(app, Status.PROCESSING, Status.CONSULTING, Status.FEE)
    if app.extension_days or app.events.filter(kind=Ev.EXTENSION).exists():
        raise ValidationError("答复期限只能延长一次（第三十三条）")
    if not 1 <= days <= clock.MAX_EXTENSION_DAYS:
        raise ValidationError({"days": "延长期限最长不超过20个工作日（第三十三条）"})
    if not reason.strip():
        raise ValidationError({"reason": "请说明延长理由"})
    on = on or _today()
    app.extension_days = days
    recompute(app)
    app.save()
    _event(
        app,
        Ev.EXTENSION,
        on,
        actor,
        f"延长 {days} 个工作日：{reason}；新期限 {app.due_on}",
        days=days,
    )
    letter = _letter(app, "extension", actor, on, {"days": days, "reasons": reason})
    audit_record(
        actor=actor,
        action="foi.extension_approve",
        obj=app,
        summary=f"批准申请 {app.tracking_number} 延长 {days} 个工作日",
        changes={"days": days, "reason": reason, "due_on": app.due_on},
    )
    return letter


# --- fees (RULES §5) ------------------------------------------------------------------


def applicant_key(app: Application) -> dict:
    if app.id_number:
        return {"id_number": app.id_number}
    return {"applicant_name": app.applicant_name, "phone": app.phone}


def monthly_ordinal(app: Application) -> int:
    """This application's place among the applicant's applications that calendar month."""
    day = app.received_on or timezone.localdate(app.submitted_at)
    same = Application.objects.filter(
        **applicant_key(app),
        received_on__year=day.year,
        received_on__month=day.month,
    )
    earlier = same.filter(received_on__lt=day).count()
    same_day = same.filter(received_on=day, pk__lte=app.pk).count()
    return earlier + max(same_day, 1)


@transaction.atomic
def fee_assess(
    *,
    actor: User,
    application: Application,
    method: str,
    pages: int | None = None,
    waive_reason: str = "",
) -> FeeRecord:
    """Compute the fee by one method (never both); a waiver sets it to nothing."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.PROCESSING)
    if app.fees.exists():
        raise ValidationError("该申请已核定过信息处理费，每件申请只能采用一种计费方式")
    if method == FeeMethod.PER_APPLICATION:
        quantity = monthly_ordinal(app)
        quote = fees.per_application_fee(quantity)
    elif method == FeeMethod.PER_VOLUME:
        if pages is None or pages < 1:
            raise ValidationError({"pages": "按量计收请填写页数"})
        quantity = pages
        quote = fees.per_volume_fee(pages)
    else:
        raise ValidationError({"method": "请选择按件或按量计收"})
    record = FeeRecord.objects.create(
        application=app,
        method=method,
        quantity=quantity,
        amount=quote.amount,
        basis=quote.basis,
        waived=bool(waive_reason.strip()),
        waiver_reason=waive_reason.strip(),
    )
    app.fee_method = method
    app.fee_quantity = quantity
    app.fee_amount = Decimal(0) if record.waived else quote.amount
    app.fee_waived = record.waived
    app.fee_waiver_reason = record.waiver_reason
    app.save()
    if record.waived:
        _event(
            app,
            Ev.FEE_WAIVED,
            _today(),
            actor,
            f"减免信息处理费：{record.waiver_reason}",
            public=False,
        )
    audit_record(
        actor=actor,
        action="foi.fee_assess",
        obj=app,
        summary=f"申请 {app.tracking_number} 核定信息处理费 {quote.amount} 元"
        + ("（已减免）" if record.waived else ""),
        changes={"method": method, "quantity": quantity, "amount": quote.amount},
    )
    return record


@transaction.atomic
def fee_notice(
    *,
    actor: User,
    application: Application,
    notice_received_on: dt.date | None = None,
    on: dt.date | None = None,
    payment: str = "",
) -> Letter:
    """Send the fee notice; the applicant pays within 20 working days from the day after
    receiving it (RULES §5), else the application lapses (outcome other_fee_unpaid)."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.PROCESSING)
    record = app.fees.order_by("-id").first()
    if record is None:
        raise ValidationError("请先核定信息处理费")
    if record.waived or record.amount <= 0:
        raise ValidationError("该申请无需缴费，不能发出收费通知")
    on = on or _today()
    notice_received_on = notice_received_on or on
    if notice_received_on < on:
        raise ValidationError({"notice_received_on": "送达日期不能早于发出日期"})
    cal = clock.current_calendar()
    due = cal.add(notice_received_on, clock.FEE_PAYMENT_DAYS).value
    record.notice_received_on = notice_received_on
    record.due_on = due
    record.save()
    app.fee_notice_received_on = notice_received_on
    app.fee_due_on = due
    app.status = Status.FEE
    _event(
        app,
        Ev.FEE_NOTICE,
        on,
        actor,
        f"应缴 {record.amount} 元，缴费期限 {due}",
        amount=record.amount,
        due=due,
    )
    recompute(app, cal=cal)
    app.save()
    payment = payment or _setting("GONGKAI_FOI_FEE_PAYMENT", "持缴费通知到本机关指定账户或窗口缴纳")
    letter = _letter(
        app,
        "fee",
        actor,
        on,
        {
            "basis": record.basis,
            "amount": record.amount,
            "deadline": letters._cn_date(due),
            "payment": payment,
        },
    )
    audit_record(
        actor=actor,
        action="foi.fee_notice",
        obj=app,
        summary=f"申请 {app.tracking_number} 发出收费通知 {record.amount} 元，期限 {due}",
        changes={"fee_clock_rule": app.fee_clock_rule},
    )
    return letter


@transaction.atomic
def fee_paid(*, actor: User, application: Application, on: dt.date | None = None) -> Application:
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.FEE)
    on = on or _today()
    record = app.fees.order_by("-id").first()
    record.paid_on = on
    record.save()
    app.fee_paid_on = on
    app.status = Status.PROCESSING
    _event(app, Ev.FEE_PAID, on, actor, f"已缴纳 {record.amount} 元")
    recompute(app)
    app.save()
    audit_record(
        actor=actor, action="foi.fee_paid", obj=app, summary=f"申请 {app.tracking_number} 已缴费"
    )
    return app


@transaction.atomic
def fee_waive(
    *, actor: User, application: Application, reason: str, on: dt.date | None = None
) -> Application:
    """Waive an assessed or notified fee, with a reason (RULES §5: configurable waivers)."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.PROCESSING, Status.FEE)
    if not reason.strip():
        raise ValidationError({"reason": "请填写减免理由"})
    record = app.fees.order_by("-id").first()
    if record is None:
        raise ValidationError("该申请尚未核定信息处理费")
    on = on or _today()
    record.waived = True
    record.waiver_reason = reason
    record.save()
    app.fee_waived = True
    app.fee_waiver_reason = reason
    app.fee_amount = Decimal(0)
    app.status = Status.PROCESSING
    _event(app, Ev.FEE_WAIVED, on, actor, f"减免信息处理费：{reason}")
    recompute(app)
    app.save()
    audit_record(
        actor=actor,
        action="foi.fee_waive",
        obj=app,
        summary=f"申请 {app.tracking_number} 减免信息处理费：{reason}",
    )
    return app


# --- lapse (treated as withdrawn) -----------------------------------------------------


@transaction.atomic
def _lapse(app: Application, outcome: str, note: str, today: dt.date) -> None:
    app = _lock(app)
    if app.status not in (Status.CORRECTION, Status.FEE):
        return
    app.status = Status.CLOSED
    app.outcome = outcome
    app.replied_on = today
    app.reasons = note
    app.due_on = None
    app.save()
    _event(app, Ev.LAPSE, today, None, note)
    correction = app.events.filter(kind=Ev.CORRECTION_REQUESTED).first()
    context = {
        "reasons": note,
        "correction_on": letters._cn_date(correction.on) if correction else "",
    }
    _letter(app, "reply", None, today, {}, body=letters.reply_body(app, outcome, context))
    audit_record(
        actor=None,
        action="foi.application_lapse",
        obj=app,
        summary=f"申请 {app.tracking_number} 视为撤回：{note}",
        changes={"outcome": outcome},
    )


def lapse_overdue(*, today: dt.date | None = None) -> int:
    """Close applications whose correction or fee deadline passed (Art. 30, RULES §5)."""
    today = today or _today()
    count = 0
    for app in Application.objects.filter(status=Status.CORRECTION, correction_due_on__lt=today):
        _lapse(
            app,
            Outcome.OTHER_NO_CORRECTION,
            f"申请人未在补正期限（{app.correction_due_on}）内补正，视为放弃申请",
            today,
        )
        count += 1
    for app in Application.objects.filter(status=Status.FEE, fee_due_on__lt=today):
        _lapse(
            app,
            Outcome.OTHER_FEE_UNPAID,
            f"申请人未在缴费期限（{app.fee_due_on}）内缴纳信息处理费，视为放弃申请",
            today,
        )
        count += 1
    return count


# --- disclosed files and the reply (Art. 36–37) ---------------------------------------


@transaction.atomic
def file_attach(*, actor: User, application: Application, uploaded) -> DisclosedFile:
    """Attach a file to disclose; it is scanned for personal data before anything is sent."""
    from gongkai.core.textextract import extract_text
    from gongkai.privacy import scan_text

    app = _lock(application)
    _check(actor, app)
    if not app.is_open:
        raise ValidationError("已办结的申请不能再添加文件")
    data = uploaded.read()
    uploaded.seek(0)
    text = extract_text(data, uploaded.name)
    findings = [f.as_dict() for f in scan_text(text or "")]
    item = DisclosedFile(
        application=app, name=uploaded.name[:200], findings=findings, scanned_at=timezone.now()
    )
    suffix = "".join(c for c in uploaded.name.rsplit(".", 1)[-1][:10] if c.isalnum())
    item.file.save(
        f"{app.tracking_number}-{secrets.token_hex(12)}.{suffix or 'bin'}", uploaded, save=False
    )
    item.save()
    audit_record(
        actor=actor,
        action="foi.file_attach",
        obj=app,
        summary=f"申请 {app.tracking_number} 添加公开文件 {item.name}，隐私扫描发现 {len(findings)} 处",
    )
    return item


def blocking_findings(app: Application) -> list[dict]:
    out = []
    for f in app.files.all():
        for finding in f.findings:
            if finding.get("category", "personal") in ("personal", "secrecy"):
                out.append({"file": f.name, **finding})
    return out


@transaction.atomic
def application_reply(
    *,
    actor: User,
    application: Application,
    outcome: str,
    reasons: str = "",
    legal_basis: str = "",
    on: dt.date | None = None,
    holder: str = "",
    acknowledge_findings: bool = False,
) -> Letter:
    """Reply with one of the 21 annual-report outcomes and generate the reply letter."""
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.PROCESSING, Status.CORRECTION, Status.CONSULTING, Status.FEE)
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": "请从年度报告的处理结果中选择一项"})
    disclosing = outcome in (Outcome.DISCLOSED, Outcome.PARTLY)
    if not disclosing and outcome != Outcome.OTHER and not reasons.strip():
        raise ValidationError({"reasons": "不予公开、无法提供或不予处理的，应当说明理由"})
    if disclosing and blocking_findings(app) and not acknowledge_findings:
        raise ValidationError(
            {"files": "待公开文件中发现个人信息或涉密标识，请处理后再答复，或确认已作区分处理"}
        )
    on = on or _today()
    if app.received_on and on < app.received_on:
        raise ValidationError({"on": "答复日期不能早于收到申请日期"})
    app.outcome = outcome
    app.reasons = reasons
    app.legal_basis = legal_basis
    app.replied_on = on
    app.status = Status.REPLIED
    app.save()
    _event(app, Ev.REPLY, on, actor, f"处理结果：{Outcome(outcome).label}", outcome=outcome)
    correction = app.events.filter(kind=Ev.CORRECTION_REQUESTED).first()
    delivery = {
        FormWanted.PAPER: "纸质材料随本答复书一并提供",
        FormWanted.ELECTRONIC: "电子文件随本答复书一并提供",
        FormWanted.EMAIL: "相关信息已通过电子邮件发送",
        FormWanted.COLLECT: "请携带本答复书到本机关查阅、领取",
    }.get(app.form_wanted, "")
    context = {
        "reasons": reasons,
        "legal_basis": legal_basis,
        "delivery": delivery,
        "holder": f"经了解，该信息的制作或保存机关为{holder}，请向其申请。" if holder else "",
        "correction_on": letters._cn_date(correction.on) if correction else "",
    }
    body = letters.reply_body(app, outcome, context)
    letter = _letter(app, "reply", actor, on, {}, body=body)
    audit_record(
        actor=actor,
        action="foi.application_reply",
        obj=app,
        summary=f"答复申请 {app.tracking_number}：{Outcome(outcome).label}",
        changes={"outcome": outcome, "replied_on": on, "due_on": app.due_on},
    )
    return letter


@transaction.atomic
def application_deliver(
    *, actor: User, application: Application, on: dt.date | None = None, note: str = ""
) -> Application:
    app = _lock(application)
    _check(actor, app)
    _require_status(app, Status.REPLIED)
    on = on or _today()
    if app.replied_on and on < app.replied_on:
        raise ValidationError({"on": "送达日期不能早于答复日期"})
    app.delivered_on = on
    app.delivery_note = note[:200]
    app.save()
    _event(app, Ev.DELIVERY, on, actor, note or "答复书已送达")
    audit_record(
        actor=actor,
        action="foi.application_deliver",
        obj=app,
        summary=f"申请 {app.tracking_number} 答复书送达 {on}",
    )
    return app


# --- letters --------------------------------------------------------------------------


def _letter(
    app: Application, kind: str, actor, on: dt.date, context: dict, body: str | None = None
) -> Letter:
    if body is None:
        ctx = letters.base_context(app) | {k: str(v) for k, v in context.items()}
        ctx["due_on"] = letters._cn_date(app.due_on) if app.due_on else ""
        body = letters.fill(letters.template_body(kind), ctx)
    unit = app.unit
    prefix = unit.short_name or unit.name
    n = app.letters.filter(kind=kind).count() + 1
    suffix = f"-{n}" if n > 1 else ""
    reference = (
        f"{prefix}依申{letters.KIND_CODES[kind]}〔{on.year}〕{app.tracking_number[3:]}{suffix}号"
    )
    title = letters.TITLES[kind]
    rendered = letters.render(
        title=title, reference=reference, body=body, unit_name=unit.name, issued_on=on
    )
    letter = Letter(
        application=app,
        kind=kind,
        reference_number=reference,
        title=title,
        body=body,
        issued_on=on,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    stem = f"{app.tracking_number}-{kind}{suffix}-{secrets.token_hex(12)}"
    letter.docx.save(f"{stem}.docx", ContentFile(rendered.docx), save=False)
    letter.pdf.save(f"{stem}.pdf", ContentFile(rendered.pdf), save=False)
    letter.save()
    return letter


@transaction.atomic
def template_save(*, actor: User, key: str, body: str) -> LetterTemplate:
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("文书模板由公开办维护")
    if key not in letters.DEFAULT_TEMPLATES:
        raise ValidationError({"key": "没有这个模板"})
    if not body.strip():
        raise ValidationError({"body": "模板正文不能为空"})
    row, _ = LetterTemplate.objects.update_or_create(
        key=key, defaults={"name": letters.DEFAULT_TEMPLATES[key][0], "body": body}
    )
    audit_record(
        actor=actor, action="foi.template_save", obj=row, summary=f"修改文书模板 {row.name}"
    )
    return row


# --- review and litigation (annual report §四) ------------------------------------------


@transaction.atomic
def case_record(
    *,
    actor: User,
    application: Application,
    kind: str,
    filed_on: dt.date,
    body: str = "",
    case_number: str = "",
    note: str = "",
) -> ReviewCase:
    app = _lock(application)
    _check(actor, app)
    if kind not in CaseKind.values:
        raise ValidationError({"kind": "请选择行政复议或行政诉讼类型"})
    if filed_on > _today():
        raise ValidationError({"filed_on": "受理日期不能晚于今天"})
    case = ReviewCase.objects.create(
        application=app, kind=kind, filed_on=filed_on, body=body, case_number=case_number, note=note
    )
    audit_record(
        actor=actor,
        action="foi.case_record",
        obj=case,
        unit=app.unit,
        summary=f"申请 {app.tracking_number} 登记{case.get_kind_display()}",
    )
    return case


@transaction.atomic
def case_decide(
    *, actor: User, case: ReviewCase, result: str, decided_on: dt.date | None = None, note: str = ""
) -> ReviewCase:
    case = (
        ReviewCase.objects.select_for_update().select_related("application__unit").get(pk=case.pk)
    )
    _check(actor, case.application)
    if result not in CaseResult.values:
        raise ValidationError({"result": "请选择案件结果"})
    if result != CaseResult.PENDING and not decided_on:
        decided_on = _today()
    old = case.result
    case.result = result
    case.decided_on = decided_on if result != CaseResult.PENDING else None
    if note:
        case.note = note
    case.save()
    audit_record(
        actor=actor,
        action="foi.case_decide",
        obj=case,
        unit=case.application.unit,
        summary=f"{case.get_kind_display()}结果：{case.get_result_display()}",
        changes={"result": [old, result]},
    )
    return case
