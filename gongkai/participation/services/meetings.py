"""Open meetings (会议公开)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.participation.models import (
    Meeting,
)
from gongkai.participation.services.common import (
    _require_staff_of,
    _required,
)


@transaction.atomic
def meeting_save(*, actor: User, meeting: Meeting | None = None, unit: Unit, **fields) -> Meeting:
    _require_staff_of(actor, unit)
    if meeting is not None:
        _require_staff_of(actor, meeting.unit)
    _required(fields.get("title", ""), "会议名称", 200)
    _required(fields.get("topics", ""), "议题", 5000)
    attendees = int(fields.get("public_attendees") or 0)
    if attendees < 0:
        raise ValidationError({"public_attendees": "人数不能为负数"})
    if attendees and not fields.get("public_invited"):
        raise ValidationError({"public_attendees": "未邀请公众列席时，列席人数应为 0"})
    meeting = meeting or Meeting(unit=unit)
    meeting.unit = unit
    for key, value in fields.items():
        setattr(meeting, key, value)
    meeting.full_clean()
    meeting.save()
    audit_record(
        actor=actor,
        action="participation.meeting_save",
        obj=meeting,
        summary=f"登记会议《{meeting.title}》",
        changes={"public_attendees": attendees},
    )
    return meeting
