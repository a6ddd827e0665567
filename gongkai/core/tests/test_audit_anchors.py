"""The audit chain is keyed outside the database and anchored: truncation and rewrites show."""

import hashlib
import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gongkai.core.audit import _fields, audit_record, audit_verify
from gongkai.core.auditkey import audit_check, forget_key
from gongkai.core.models import AuditEvent, AuditHead
from gongkai.core.registry import periodic_jobs
from gongkai.workspace.registry import todo_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def anchors(settings, tmp_path):
    settings.GONGKAI_AUDIT_ANCHOR_FILE = str(tmp_path / "anchors.log")
    return tmp_path / "anchors.log"


def _events(n):
    for i in range(n):
        audit_record(
            actor=None, action="test.do", object_type="x", object_id=str(i), summary=f"事件 {i}"
        )


def _plain_sha(fields):
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _rechain_from(seq, digest):
    """What an intruder with database access does: recompute every later link and the head."""
    prev = AuditEvent.objects.get(seq=seq - 1).hash if seq > 1 else "0" * 64
    for ev in AuditEvent.objects.filter(seq__gte=seq).order_by("seq"):
        ev.prev_hash = prev
        ev.hash = digest(_fields(ev))
        ev.save()
        prev = ev.hash
    last = AuditEvent.objects.order_by("-seq").first()
    AuditHead.objects.filter(id=1).update(last_seq=last.seq, last_hash=last.hash)


def test_rewrite_with_plain_sha256_fails_without_the_key(anchors):
    _events(120)
    AuditEvent.objects.filter(seq=100).update(summary="被改写")
    _rechain_from(100, _plain_sha)
    result = audit_verify()
    assert not result.ok and result.first_bad_seq == 100


def test_full_rewrite_with_the_key_is_caught_by_an_anchor(anchors):
    from gongkai.core.audit import _digest

    _events(30)
    assert audit_check()["ok"]
    AuditEvent.objects.filter(seq=10).update(summary="事后改写")
    _rechain_from(10, _digest)
    result = audit_verify()
    assert not result.ok
    assert "锚点" in result.reason and result.first_bad_seq == 30


def test_truncation_with_head_reset_is_caught(anchors):
    _events(100)
    assert audit_check()["ok"]
    AuditEvent.objects.filter(seq__gt=50).delete()
    last = AuditEvent.objects.get(seq=50)
    AuditHead.objects.filter(id=1).update(last_seq=50, last_hash=last.hash)
    result = audit_verify()
    assert not result.ok and "截短" in result.reason and result.first_bad_seq == 51
    with pytest.raises(CommandError, match="截短"):
        call_command("audit_verify")


def test_anchor_file_is_appended_and_a_forged_line_is_refused(anchors):
    _events(5)
    audit_check()
    _events(3)
    call_command("audit_verify", "--anchor")
    lines = anchors.read_text().splitlines()
    assert [json.loads(x)["seq"] for x in lines] == [5, 8]
    assert audit_verify().ok
    forged = json.loads(lines[-1]) | {"seq": 8000}
    with open(anchors, "a") as fh:
        fh.write(json.dumps(forged) + "\n")
    result = audit_verify()
    assert not result.ok and "锚点文件" in result.reason


def test_a_different_key_breaks_the_chain(anchors, settings):
    _events(3)
    assert audit_verify().ok
    settings.GONGKAI_AUDIT_KEY = "another-key"
    try:
        assert not audit_verify().ok
    finally:
        forget_key()


def test_scheduled_check_is_registered_and_alerts_the_office(anchors, office, editor_a):
    assert "core.audit_check" in {j.name for j in periodic_jobs()}
    _events(4)
    assert audit_check()["ok"]
    assert not [t for t in todo_for(office) if t.kind == "审计日志"]
    AuditEvent.objects.filter(seq=2).update(summary="改")
    status = audit_check()
    assert not status["ok"]
    alerts = [t for t in todo_for(office) if t.kind == "审计日志"]
    assert alerts and alerts[0].severity == "danger" and "第 " in alerts[0].note
    assert not [t for t in todo_for(editor_a) if t.kind == "审计日志"]
    # an intact chain is not anchored while it is broken: no anchor for the bad state
    assert len(anchors.read_text().splitlines()) == 1


def test_admin_changes_are_audited(admin_client, anchors):
    resp = admin_client.post(
        "/admin/core/calendaroverride/add/",
        {"date": "2031-10-01", "kind": "holiday", "name": "国庆节", "source": "国办发明电"},
    )
    assert resp.status_code == 302
    event = AuditEvent.objects.get(action="admin.add")
    assert "国庆节" in event.summary or "2031" in event.summary
    assert event.actor.username == "admin"
    assert audit_verify().ok


def test_production_key_file_is_not_beside_the_database(tmp_path):
    env = {
        **os.environ,
        "GONGKAI_ENV": "production",
        "SECRET_KEY": "x" * 50,
        "GONGKAI_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "gongkai.settings",
    }
    env.pop("GONGKAI_AUDIT_KEY_FILE", None)
    code = (
        "from django.conf import settings as s;"
        "print(s.GONGKAI_AUDIT_KEY_FILE);print(s.GONGKAI_AUDIT_ANCHOR_FILE)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert all(not p.startswith(str(tmp_path)) for p in out), out


def test_deploy_check_reports_a_missing_production_key(settings, tmp_path):
    from django.core.checks import run_checks

    settings.PRODUCTION = True
    settings.GONGKAI_AUDIT_KEY = ""
    settings.GONGKAI_AUDIT_KEY_FILE = tmp_path / "missing" / "audit_key"
    forget_key()
    try:
        errors = [e for e in run_checks(include_deployment_checks=True) if e.id == "gongkai.E002"]
        assert errors and "audit-key-create" in errors[0].msg
        assert not (tmp_path / "missing").exists()  # production never invents a key
    finally:
        forget_key()
