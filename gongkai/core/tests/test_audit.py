"""The audit trail is append-only and tamper-evident."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gongkai.core.audit import audit_record, audit_verify
from gongkai.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def _events(n, actor=None):
    for i in range(n):
        audit_record(
            actor=actor,
            action="test.do",
            object_type="x",
            object_id=str(i),
            summary=f"事件 {i}",
            changes={"n": i, "中文": "值"},
        )


def test_services_write_a_chained_event(gov, office):
    # creating the unit and the person each wrote an audit row, in order, chained
    events = list(AuditEvent.objects.order_by("seq"))
    assert [e.action for e in events] == ["unit.create", "staff.create"]
    assert events[1].prev_hash == events[0].hash
    assert events[0].unit == gov
    assert audit_verify().ok


def test_verify_passes_on_an_untouched_chain():
    _events(25)
    result = audit_verify(batch=7)
    assert result.ok and result.checked == 25
    call_command("audit_verify")


def test_altered_event_is_caught():
    _events(10)
    AuditEvent.objects.filter(seq=4).update(summary="被篡改")
    result = audit_verify()
    assert not result.ok
    assert result.first_bad_seq == 4
    with pytest.raises(CommandError, match="第 4 条"):
        call_command("audit_verify")


def test_removed_event_is_caught():
    _events(10)
    AuditEvent.objects.filter(seq=6).delete()
    result = audit_verify()
    assert not result.ok and result.first_bad_seq == 6


def test_removed_last_event_is_caught():
    _events(5)
    AuditEvent.objects.filter(seq=5).delete()
    result = audit_verify()
    assert not result.ok and result.first_bad_seq == 5


def test_rehashed_forgery_is_caught_by_the_next_link():
    _events(5)
    ev = AuditEvent.objects.get(seq=2)
    ev.summary = "伪造"
    from gongkai.core.audit import _digest, _fields

    ev.hash = _digest(_fields(ev))
    ev.save()
    result = audit_verify()
    assert not result.ok and result.first_bad_seq == 3


def test_audit_row_rolls_back_with_the_change():
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        audit_record(actor=None, action="test.fail", summary="将回滚")
        raise RuntimeError("boom")
    assert not AuditEvent.objects.filter(action="test.fail").exists()
    assert audit_verify().ok
