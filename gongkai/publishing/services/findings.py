"""Privacy findings (RULES §4): scan on every change, mask or keep with a reason."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.core.permissions import require_review, require_unit
from gongkai.publishing.html import body_text, sanitize_html
from gongkai.publishing.models import (
    InformationItem,
    PrivacyFinding,
)
from gongkai.publishing.services.common import (
    S,
    _lock,
)
from gongkai.publishing.workflow import EDITABLE_STATES


def _scan_sources(item: InformationItem) -> Iterable[tuple[str, str]]:
    yield "正文", body_text(item)
    for att in item.attachments.all():
        yield att.name, att.extracted_text


def _rescan(item: InformationItem) -> list[PrivacyFinding]:
    """Re-run the scanner; keep resolutions of findings that are still present."""
    from gongkai.privacy import scan_text

    previous = {(f.source, f.type, f.text): f for f in item.privacy_findings.all()}
    keep: set[int] = set()
    created = []
    for source, text in _scan_sources(item):
        if not text:
            continue
        for f in scan_text(text):
            key = (source[:200], f.type[:30], f.text[:300])
            if key in previous:
                keep.add(previous[key].pk)
                continue
            row = PrivacyFinding.objects.create(
                item=item,
                source=key[0],
                type=key[1],
                category=f.category[:20],
                text=key[2],
                masked=(f.masked or "")[:300],
                start=f.start,
                end=f.end,
                blocking=f.blocking,
            )
            previous[key] = row
            keep.add(row.pk)
            created.append(row)
    item.privacy_findings.exclude(pk__in=keep).delete()
    return created


def open_blocking_findings(item: InformationItem):
    return item.privacy_findings.filter(blocking=True, resolution=PrivacyFinding.Resolution.OPEN)


@transaction.atomic
def finding_mask(*, actor: User, finding: PrivacyFinding) -> PrivacyFinding:
    """Replace the finding's text in the body by its masked form (去标识化)."""
    from gongkai.privacy import TYPE_LABELS, mask_text, scan_text

    item = _lock(finding.item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    if item.status not in (S.SUBMITTED, S.IN_REVIEW, *EDITABLE_STATES):
        raise ValidationError("该信息当前状态不能脱敏")
    if finding.category == "secrecy":
        # Masking would hide the marking and publish the document: a classified or
        # 不予公开 document is published only on the reviewer's recorded reason.
        raise ValidationError(
            "涉密标识和“不予公开”标注不能脱敏：请核定后说明理由保留（如：已解密、"
            "标注有误经核定属主动公开），或退回信息员"
        )
    if finding.source != "正文":
        raise ValidationError("附件中的个人信息请退回信息员替换附件，或说明理由后保留")
    masked = (
        finding.masked
        or mask_text(finding.text, scan_text(finding.text))
        or "*" * len(finding.text)
    )
    if masked == finding.text:
        masked = "*" * len(finding.text)
    item.body = sanitize_html(item.body.replace(finding.text, masked))
    item.save(update_fields=["body", "updated_at"])
    # Every open finding of the same text in the body is gone with it.
    PrivacyFinding.objects.filter(
        item=item,
        source=finding.source,
        text=finding.text,
        resolution=PrivacyFinding.Resolution.OPEN,
    ).update(
        resolution=PrivacyFinding.Resolution.MASKED,
        masked=masked[:300],
        resolved_by=actor,
        resolved_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="publishing.finding_mask",
        obj=item,
        summary=f"对《{item.title}》中的{TYPE_LABELS.get(finding.type, '个人信息')}进行脱敏",
        changes={"finding": finding.pk, "masked": masked},
    )
    finding.refresh_from_db()
    return finding


@transaction.atomic
def finding_accept(*, actor: User, finding: PrivacyFinding, reason: str) -> PrivacyFinding:
    """Keep the text as it is, with a reason (e.g. a penalty notice must name the party)."""
    from gongkai.privacy import TYPE_LABELS

    item = _lock(finding.item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": "保留个人信息须说明理由（如：行政处罚决定依法公开当事人姓名）"}
        )
    PrivacyFinding.objects.filter(pk=finding.pk).update(
        resolution=PrivacyFinding.Resolution.ACCEPTED,
        accepted_reason=reason,
        resolved_by=actor,
        resolved_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="publishing.finding_accept",
        obj=item,
        summary=f"审核保留《{item.title}》中的{TYPE_LABELS.get(finding.type, '个人信息')}：{reason}",
        changes={"finding": finding.pk, "reason": reason},
    )
    finding.refresh_from_db()
    return finding
