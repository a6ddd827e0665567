"""Files to disclose with the reply (Art. 36–37), scanned for personal data on upload."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import User
from gongkai.foi.models import Application, DisclosedFile
from gongkai.foi.services._base import _check, _lock


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
