"""Edits made in the Django admin are audited field by field, and marking a calendar year
loaded there recomputes open deadlines exactly as ``gongkai calendar-load`` does."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from gongkai.core.models import AuditEvent, CalendarYear, Role, User
from gongkai.core.services import calendar_override_set

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def admin_client(client, db):
    root = User.objects.create_superuser("root", "root@example.gov.cn", "x-Secret-2026")
    client.force_login(root)
    client.root = root
    return client


def _user_form(user, **changes):
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "unit": user.unit_id,
        "role": user.role,
        "phone": user.phone,
        "date_joined_0": timezone.localtime(user.date_joined).strftime("%Y-%m-%d"),
        "date_joined_1": "08:00:00",
        "last_login_0": "",
        "last_login_1": "",
        "_save": "保存",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_admin_change_of_role_and_unit_is_audited(admin_client, editor_a, dept_b):
    r = admin_client.post(
        f"/admin/core/user/{editor_a.pk}/change/",
        _user_form(editor_a, role=Role.REVIEWER, unit=dept_b.pk, review_units=[]),
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    editor_a.refresh_from_db()
    assert editor_a.role == Role.REVIEWER and editor_a.unit == dept_b
    event = AuditEvent.objects.filter(action="staff.admin_update").latest("seq")
    assert event.actor == admin_client.root and event.object_id == str(editor_a.pk)
    assert event.changes["role"] == [Role.EDITOR, Role.REVIEWER]
    assert event.changes["unit"] == ["测试县民政局", "测试县教育局"]
    assert "password" not in event.changes


def test_admin_grant_of_review_units_is_audited(admin_client, office, dept_a):
    admin_client.post(
        f"/admin/core/user/{office.pk}/change/", _user_form(office, review_units=[dept_a.pk])
    )
    assert list(office.review_units.all()) == [dept_a]
    event = AuditEvent.objects.filter(action="staff.admin_update").latest("seq")
    assert event.changes == {"review_units": [[], ["测试县民政局"]]}


def test_admin_deactivation_and_deletion_are_audited(admin_client, editor_a, dept_a):
    admin_client.post(
        f"/admin/core/user/{editor_a.pk}/change/", _user_form(editor_a, is_active=None)
    )
    event = AuditEvent.objects.filter(action="staff.admin_update").latest("seq")
    assert event.changes["is_active"] == [True, False]
    spare = User.objects.create_user("spare", password="x-Secret-2026", unit=dept_a)
    r = admin_client.post(f"/admin/core/user/{spare.pk}/delete/", {"post": "yes"})
    assert r.status_code == 302 and not User.objects.filter(pk=spare.pk).exists()
    event = AuditEvent.objects.filter(action="staff.admin_delete").latest("seq")
    assert event.object_id == str(spare.pk) and "spare" in event.summary


def test_admin_add_user_is_audited(admin_client, dept_a):
    r = admin_client.post(
        "/admin/core/user/add/",
        {
            "username": "newcomer",
            "password1": "Long-enough-2026",
            "password2": "Long-enough-2026",
            "usable_password": "true",
            "_save": "保存",
        },
    )
    assert r.status_code == 302, r.content.decode()[:3000]
    user = User.objects.get(username="newcomer")
    event = AuditEvent.objects.filter(action="staff.admin_create").latest("seq")
    assert event.object_id == str(user.pk)
    assert event.changes["password"] == ["（已隐藏）", "（已更改）"]


def test_marking_a_year_loaded_in_the_admin_recomputes_like_calendar_load(
    admin_client, editor_a, django_capture_on_commit_callbacks
):
    from gongkai.testing import draft_item

    item = draft_item(editor_a, formed_on=dt.date(2027, 3, 1))
    assert item.due_provisional
    calendar_override_set(actor=None, date=dt.date(2027, 3, 2), kind="holiday", name="测试")
    with django_capture_on_commit_callbacks(execute=True):
        r = admin_client.post(
            "/admin/core/calendaryear/add/",
            {"year": "2027", "source": "国务院办公厅通知", "_save": "保存"},
        )
    assert r.status_code == 302
    assert CalendarYear.objects.filter(year=2027).exists()
    item.refresh_from_db()
    assert not item.due_provisional
    assert timezone.localtime(item.due).date() == dt.date(2027, 3, 30)
    event = AuditEvent.objects.filter(action="calendar.year_mark").latest("seq")
    assert event.actor == admin_client.root and "2027" in event.summary
    # un-marking it makes the deadline provisional again, and is audited too
    cal = CalendarYear.objects.get(year=2027)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/core/calendaryear/{cal.pk}/delete/", {"post": "yes"})
    item.refresh_from_db()
    assert item.due_provisional
    assert AuditEvent.objects.filter(action="calendar.year_unmark").exists()
