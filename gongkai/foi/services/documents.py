"""Letter templates: staff-edited texts of the letters sent to applicants."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, User
from gongkai.core.permissions import has_role
from gongkai.foi import letters
from gongkai.foi.models import LetterTemplate


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
        actor=actor,
        action="foi.template_save",
        obj=row,
        summary=f"修改文书模板 {row.name}",
        changes={"key": key, "body": body},
    )
    return row
