"""Carrying out the delivery the applicant chose (Art. 40), with a record of each attempt.

- 电子邮件: the letter (PDF and DOCX) and the disclosed files are sent through Django's
  mail backend; when they exceed ``GONGKAI_FOI_EMAIL_MAX_BYTES`` the e-mail carries
  signed download links valid for ``GONGKAI_FOI_EMAIL_LINK_DAYS`` instead. A sent e-mail
  is a ``Delivery`` (sent) and a 送达 event; a failure is a ``Delivery`` (failed) that
  shows on the workspace to-do list until staff retry or record another delivery.
- 网上查看: the letter and files are on the tracking page from the moment of the reply
  (recorded as delivered that day).
- 邮寄 / 自行领取 / 传真: a pending ``Delivery``; staff print the 送达回证 from the
  application page and record the date and how it was delivered (``application_deliver``).

Correction, extension and fee notices are announced the same way (``notify``): by
e-mail when the applicant chose e-mail, always on the tracking page.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.foi import access, selectors
from gongkai.foi.models import Application, Delivery, DeliveryRoute, Letter
from gongkai.foi.services._base import Ev, _check, _event, _lock, _require, _today

logger = logging.getLogger(__name__)
Route = DeliveryRoute


def _base_url() -> str:
    return str((conf.get("GONGKAI_SITE") or {}).get("base_url") or "").rstrip("/")


def download_url(token: str) -> str:
    return _base_url() + reverse("foi:download", args=[token])


def _attachments(app: Application, letter: Letter) -> list[tuple[str, bytes, str]]:
    out = []
    for field, fmt, mime in (
        (letter.pdf, "pdf", "application/pdf"),
        (
            letter.docx,
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ):
        if field:
            with field.open("rb") as fh:
                out.append((f"{letter.title}-{letter.reference_number}.{fmt}", fh.read(), mime))
    if letter.kind == "reply":
        for item in selectors.applicant_files(app):
            copy = item.masked or item.file
            with copy.open("rb") as fh:
                out.append((item.name, fh.read(), "application/octet-stream"))
    return out


def _email_body(app: Application, letter: Letter, links: dict | None) -> str:
    lines = [
        f"{app.applicant_name}：",
        f"{app.unit.name}就你提交的政府信息公开申请（申请编号 {app.tracking_number}）"
        f"出具了《{letter.title}》（{letter.reference_number}）。",
    ]
    if links is None:
        lines.append("文书及相关文件见本邮件附件。")
    else:
        days = int(conf.get("GONGKAI_FOI_EMAIL_LINK_DAYS"))
        lines.append(f"文件较大，请在 {days} 日内通过以下链接下载：")
        lines += [f"{d['name']}：{d['url']}" for d in links["letters"] + links["files"]]
    lines.append("你也可以凭申请编号和查询码在本网站的办理进度查询页面查看。")
    lines.append(letter.body)
    return "\n\n".join(lines)


def send_email(*, actor, app: Application, letter: Letter, on: dt.date) -> Delivery:
    """E-mail ``letter`` (and, for a reply, the files); record the result either way."""
    attachments = _attachments(app, letter)
    size = sum(len(data) for _n, data, _m in attachments)
    links = None
    if size > int(conf.get("GONGKAI_FOI_EMAIL_MAX_BYTES")):
        links = selectors.applicant_downloads(app, download_url, max_age=access.email_link_age())
        if letter.kind != "reply":
            links["files"] = []
    message = EmailMessage(
        subject=f"{letter.title}（{letter.reference_number}）",
        body=_email_body(app, letter, links),
        to=[app.email],
    )
    if links is None:
        for name, data, mime in attachments:
            message.attach(name, data, mime)
    try:
        if not app.email:
            raise ValueError("申请人未留电子邮箱")
        message.send(fail_silently=False)
    except Exception as exc:  # the SMTP server, the address: recorded, never lost
        logger.warning("foi e-mail to %s failed: %s", app.tracking_number, exc)
        return Delivery.objects.create(
            application=app,
            letter=letter,
            route=Route.EMAIL,
            status=Delivery.Status.FAILED,
            on=on,
            recipient=app.email,
            note=f"邮件发送失败：{str(exc)[:300]}",
            actor=actor if getattr(actor, "pk", None) else None,
        )
    note = "以附件发送" if links is None else "文件较大，发送下载链接"
    return Delivery.objects.create(
        application=app,
        letter=letter,
        route=Route.EMAIL,
        status=Delivery.Status.SENT,
        on=on,
        recipient=app.email,
        note=note,
        actor=actor if getattr(actor, "pk", None) else None,
    )


def deliver_reply(*, actor, app: Application, letter: Letter, on: dt.date) -> Delivery:
    """The delivery step of ``application_reply``, by the route the applicant chose."""
    who = actor if getattr(actor, "pk", None) else None
    if app.delivery_route == Route.EMAIL:
        record = send_email(actor=actor, app=app, letter=letter, on=on)
    elif app.delivery_route == Route.ONLINE:
        record = Delivery.objects.create(
            application=app,
            letter=letter,
            route=Route.ONLINE,
            status=Delivery.Status.SENT,
            on=on,
            note="答复书及文件已在办理进度查询页面提供",
            actor=who,
        )
    else:
        record = Delivery.objects.create(
            application=app,
            letter=letter,
            route=app.delivery_route,
            status=Delivery.Status.PENDING,
            on=on,
            recipient=app.address[:254],
            note="待送达，请打印送达回证",
            actor=who,
        )
    if record.status == Delivery.Status.SENT:
        app.delivered_on = on
        app.delivery_note = f"{record.get_route_display()}：{record.note}"[:200]
        app.save(update_fields=["delivered_on", "delivery_note"])
        _event(app, Ev.DELIVERY, on, actor, app.delivery_note, route=record.route)
    else:
        _event(
            app,
            Ev.NOTE,
            on,
            actor,
            f"答复书{record.get_status_display()}：{record.note}",
            public=False,
        )
    audit_record(
        actor=actor,
        action="foi.delivery",
        obj=app,
        summary=f"申请 {app.tracking_number} 答复书{record.get_route_display()}"
        f"{record.get_status_display()}",
        changes={"route": record.route, "status": record.status, "note": record.note},
    )
    return record


def notify(*, actor, app: Application, letter: Letter, on: dt.date) -> Delivery | None:
    """Announce a correction, extension or fee notice by e-mail when that was chosen
    (it is on the tracking page in any case)."""
    if app.delivery_route != Route.EMAIL or not app.email:
        return None
    record = send_email(actor=actor, app=app, letter=letter, on=on)
    audit_record(
        actor=actor,
        action="foi.notice_sent",
        obj=app,
        summary=f"申请 {app.tracking_number} {letter.title}邮件{record.get_status_display()}",
    )
    return record


def failed_deliveries(apps) -> list[Delivery]:
    """The latest attempt of each application in ``apps`` when it failed (to-do list)."""
    latest = {}
    rows = Delivery.objects.filter(application__in=apps).select_related("application__unit")
    for d in rows.order_by("created_at", "id"):
        latest[d.application_id] = d
    return [d for d in latest.values() if d.status == Delivery.Status.FAILED]


@transaction.atomic
def delivery_retry(*, actor, application: Application) -> Delivery:
    """Send the reply e-mail again after a failure (the to-do item's action)."""
    app = _lock(application)
    _check(actor, app)
    _require(app, "deliver")
    letter = app.letters.filter(kind="reply").last()
    if letter is None or app.delivery_route != Route.EMAIL:
        raise ValidationError("该申请没有需要以电子邮件发送的答复书")
    return deliver_reply(actor=actor, app=app, letter=letter, on=_today())
