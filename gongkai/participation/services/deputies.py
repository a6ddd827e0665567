"""Replies to deputies' suggestions and CPPCC proposals (建议提案办理复文)."""

from __future__ import annotations

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import has_role, require_review
from gongkai.participation.models import (
    DeputyReply,
)
from gongkai.participation.rules import deputy_clean_text, split_contacts
from gongkai.participation.services.common import (
    _require_staff_of,
    _required,
)


@transaction.atomic
def deputy_reply_publish(
    *,
    actor: User,
    unit: Unit,
    kind: str,
    title: str,
    body: str,
    deputy_name: str,
    deputy_contact: str = "",
    distribution: str = "",
    number: str = "",
    mode: str = DeputyReply.Mode.FULL,
    summary: str = "",
) -> DeputyReply:
    _require_staff_of(actor, unit)
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        raise PermissionDenied("复文公开须由审核员或公开办操作（先审查后公开）")
    require_review(actor, unit)
    if kind not in DeputyReply.Kind.values:
        raise ValidationError({"kind": "类别应为人大代表建议或政协委员提案"})
    if mode not in DeputyReply.Mode.values:
        raise ValidationError({"mode": "公开方式应为全文或摘要"})
    title = _required(title, "标题", 200)
    body = _required(body, "复文原文", 50000)
    deputy_name = _required(deputy_name, "代表（委员）姓名", 100)
    if mode == DeputyReply.Mode.SUMMARY:
        summary = _required(summary, "摘要", 5000)
    names = [n for n in re.split(r"[\s,，、;；]+", deputy_name) if n]
    contacts = split_contacts(deputy_contact)
    source = body if mode == DeputyReply.Mode.FULL else summary
    dist_names = [n for n in re.split(r"[\s,，、;；]+", distribution) if len(n) >= 2]
    published = deputy_clean_text(source, names=names + dist_names, contacts=contacts)
    published_title = deputy_clean_text(title, names=names, contacts=contacts)
    reply = DeputyReply.objects.create(
        unit=unit,
        kind=kind,
        number=number.strip()[:50],
        title=published_title[:200],
        body=body,
        summary=summary,
        mode=mode,
        deputy_name=deputy_name,
        deputy_contact=deputy_contact,
        distribution=distribution,
        published_text=published,
        published_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="participation.deputy_reply_publish",
        obj=reply,
        summary=f"公开建议提案复文《{reply.title}》（{reply.get_mode_display()}）",
    )
    return reply
