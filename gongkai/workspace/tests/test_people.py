"""The office runs its own subtree: units, staff, roles, review grants — each change audited,
nothing reachable from another government's office (404) or from other roles (403)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from gongkai.core import office as svc
from gongkai.core.models import AuditEvent, Role, Unit, User
from gongkai.core.services import unit_create
from gongkai.portal.tests.walk import english_words, visible_text
from gongkai.testing import PASSWORD, make_staff

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def gov_b(db):
    return unit_create(name="邻县人民政府", kind=Unit.Kind.GOVERNMENT)


@pytest.fixture
def dept_of_b(gov_b):
    return unit_create(parent=gov_b, name="邻县民政局", kind=Unit.Kind.DEPARTMENT)


@pytest.fixture
def office_b(gov_b):
    return make_staff(gov_b, Role.OFFICE, "office_b")


def authenticate(*, username, password):
    """Sign in through the real login page; the signed-in user, or None."""
    c = Client()
    r = c.post("/accounts/login/", {"username": username, "password": password})
    if r.status_code != 302:
        return None
    return User.objects.get(pk=c.session["_auth_user_id"])


def _events(action):
    return list(AuditEvent.objects.filter(action=action).order_by("seq"))


def _no_english(response):
    words = english_words(visible_text(response.content.decode()))
    assert not words, words


# --- the permission matrix ----------------------------------------------------------------


def _pages(unit, person):
    return [
        "/workspace/units/",
        f"/workspace/units/{unit.pk}/",
        "/workspace/staff/",
        f"/workspace/staff/{person.pk}/",
    ]


def _posts(unit, person):
    return [
        (f"/workspace/units/{unit.pk}/", {"name": "改名", "kind": "department"}),
        (f"/workspace/units/{unit.pk}/move/", {"parent": unit.parent_id or unit.pk}),
        (f"/workspace/staff/{person.pk}/grants/", {}),
        (f"/workspace/staff/{person.pk}/deactivate/", {"reason": "调离"}),
        (f"/workspace/staff/{person.pk}/reactivate/", {}),
        (f"/workspace/staff/{person.pk}/password/", {}),
    ]


def test_office_of_another_government_gets_404_for_every_page_and_action(
    client, office_b, dept_a, editor_a
):
    client.force_login(office_b)
    for path in _pages(dept_a, editor_a)[1::2]:
        assert client.get(path).status_code == 404, path
    for path, data in _posts(dept_a, editor_a):
        assert client.post(path, data).status_code == 404, path
    # and its lists show nothing of the other government
    html = client.get("/workspace/staff/").content.decode()
    assert editor_a.username not in html
    assert "测试县民政局" not in client.get("/workspace/units/").content.decode()
    editor_a.refresh_from_db()
    dept_a.refresh_from_db()
    assert editor_a.is_active and dept_a.name == "测试县民政局"


def test_creating_inside_another_government_is_refused(client, office_b, dept_a):
    client.force_login(office_b)
    before = User.objects.count()
    r = client.post(
        "/workspace/staff/",
        {"username": "intruder", "name": "外人", "unit": dept_a.pk, "role": Role.EDITOR},
    )
    assert r.status_code == 200 and "one-time-password" not in r.content.decode()
    assert "选择一个有效的选项" in r.content.decode() or "error-summary" in r.content.decode()
    assert User.objects.count() == before
    r = client.post("/workspace/units/", {"parent": dept_a.pk, "name": "外设机构", "kind": "other"})
    assert r.status_code == 200
    assert not Unit.objects.filter(name="外设机构").exists()
    with pytest.raises(PermissionDenied):
        svc.office_unit_create(actor=office_b, parent=dept_a, name="外设机构", kind="other")


@pytest.mark.parametrize("who", ["editor_a", "reviewer_a", "leader"])
def test_other_roles_get_403(client, request, who, dept_a, editor_a, reviewer_a, leader):
    client.force_login(request.getfixturevalue(who))
    for path in _pages(dept_a, editor_a):
        assert client.get(path).status_code == 403, path
    for path, data in _posts(dept_a, editor_a):
        assert client.post(path, data).status_code == 403, path
    editor_a.refresh_from_db()
    assert editor_a.is_active


def test_anonymous_is_sent_to_login(client, dept_a, editor_a):
    for path in _pages(dept_a, editor_a):
        r = client.get(path)
        assert r.status_code == 302 and "/accounts/login/" in r["Location"]


def test_office_reads_every_page_in_chinese(client, office, dept_a, editor_a):
    client.force_login(office)
    for path in _pages(dept_a, editor_a):
        r = client.get(path)
        assert r.status_code == 200, path
        _no_english(r)
    # the office's own subtree, nothing else
    html = client.get("/workspace/units/").content.decode()
    assert "测试县民政局" in html and "测试县人民政府" in html


# --- units -------------------------------------------------------------------------------


def test_office_creates_renames_and_moves_units(client, office, gov, dept_a, dept_b):
    client.force_login(office)
    r = client.post(
        "/workspace/units/",
        {"parent": gov.pk, "name": "测试县数据局", "kind": "department", "code": "015281799"},
    )
    new = Unit.objects.get(name="测试县数据局")
    assert r.status_code == 302 and new.parent == gov and new.path.startswith(gov.path)
    r = client.post(f"/workspace/units/{new.pk}/", {"name": "测试县大数据局", "kind": "department"})
    assert r.status_code == 302
    client.post(f"/workspace/units/{new.pk}/move/", {"parent": dept_a.pk})
    new.refresh_from_db()
    assert new.name == "测试县大数据局" and new.parent == dept_a
    assert new.path == f"{dept_a.path}{new.pk}/"
    assert [e.object_id for e in _events("unit.create")][-1] == str(new.pk)
    assert _events("unit.update")[-1].changes["name"] == ["测试县数据局", "测试县大数据局"]
    assert _events("unit.move")[-1].actor == office


def test_unit_moves_that_break_the_tree_are_refused(office, gov, dept_a):
    child = svc.office_unit_create(actor=office, parent=dept_a, name="民政局下设科室", kind="other")
    with pytest.raises(ValidationError, match="下级"):
        svc.office_unit_move(actor=office, unit=dept_a, parent=child)
    with pytest.raises(ValidationError, match="本级"):
        svc.office_unit_move(actor=office, unit=gov, parent=dept_a)
    with pytest.raises(ValidationError, match="已有"):
        svc.office_unit_create(actor=office, parent=gov, name="测试县民政局", kind="department")


# --- staff -------------------------------------------------------------------------------


def test_office_creates_an_account_and_the_password_is_shown_once(client, office, dept_a):
    client.force_login(office)
    r = client.post(
        "/workspace/staff/",
        {"username": "wang_xy", "name": "王小雨", "unit": dept_a.pk, "role": Role.EDITOR},
    )
    assert r.status_code == 200 and r["Cache-Control"] == "no-store"
    html = r.content.decode()
    password = html.split('id="one-time-password">')[1].split("<")[0]
    user = User.objects.get(username="wang_xy")
    assert (user.unit, user.role, str(user)) == (dept_a, Role.EDITOR, "王小雨")
    assert authenticate(username="wang_xy", password=password) == user
    assert password not in str(list(AuditEvent.objects.values_list("summary", "changes")))
    # the person's page does not show it again
    assert password not in client.get(f"/workspace/staff/{user.pk}/").content.decode()
    assert _events("staff.create")[-1].actor == office


def test_edit_role_and_unit_is_audited_field_by_field(client, office, editor_a, dept_b):
    client.force_login(office)
    r = client.post(
        f"/workspace/staff/{editor_a.pk}/",
        {"name": "测试人", "unit": dept_b.pk, "role": Role.REVIEWER, "email": "", "phone": ""},
    )
    assert r.status_code == 302
    editor_a.refresh_from_db()
    assert editor_a.unit == dept_b and editor_a.role == Role.REVIEWER
    event = _events("staff.update")[-1]
    assert event.changes == {
        "unit": ["测试县民政局", "测试县教育局"],
        "role": [Role.EDITOR, Role.REVIEWER],
    }
    assert "所属机构" in event.summary and "角色" in event.summary


def test_office_cannot_change_its_own_role(office):
    with pytest.raises(ValidationError, match="自己"):
        svc.office_staff_update(actor=office, user=office, role=Role.EDITOR)


def test_deactivation_keeps_the_person_and_their_history(client, office, editor_a):
    from gongkai.testing import draft_item

    item = draft_item(editor_a)
    client.force_login(office)
    r = client.post(f"/workspace/staff/{editor_a.pk}/deactivate/", {"reason": ""})
    editor_a.refresh_from_db()
    assert r.status_code == 302 and editor_a.is_active  # a reason is required
    client.post(f"/workspace/staff/{editor_a.pk}/deactivate/", {"reason": "调离"})
    editor_a.refresh_from_db()
    assert not editor_a.is_active
    assert authenticate(username=editor_a.username, password=PASSWORD) is None
    item.refresh_from_db()
    assert item.created_by == editor_a  # history kept, nothing deleted
    assert "调离" in _events("staff.deactivate")[-1].summary
    assert "已停用" in client.get("/workspace/staff/").content.decode()
    client.post(f"/workspace/staff/{editor_a.pk}/reactivate/")
    editor_a.refresh_from_db()
    assert editor_a.is_active and _events("staff.reactivate")


def test_password_reset_sets_a_new_one_time_password(client, office, editor_a):
    client.force_login(office)
    r = client.post(f"/workspace/staff/{editor_a.pk}/password/")
    password = r.content.decode().split('id="one-time-password">')[1].split("<")[0]
    assert authenticate(username=editor_a.username, password=PASSWORD) is None
    assert authenticate(username=editor_a.username, password=password) is not None
    assert _events("staff.password_reset")[-1].object_id == str(editor_a.pk)
    assert client.get(f"/workspace/staff/{editor_a.pk}/password/").status_code == 405


def test_review_grants_are_explicit_per_unit_and_audited(client, office, dept_a, dept_b):
    client.force_login(office)
    assert not office.review_units.exists()
    client.post(f"/workspace/staff/{office.pk}/grants/", {"units": [dept_a.pk]})
    assert list(office.review_units.all()) == [dept_a]
    event = _events("staff.review_grant")[-1]
    assert event.changes == {"added": ["测试县民政局"], "removed": []}
    client.post(f"/workspace/staff/{office.pk}/grants/", {"units": [dept_b.pk]})
    assert list(office.review_units.all()) == [dept_b]
    assert _events("staff.review_grant")[-1].changes["removed"] == ["测试县民政局"]


def test_grants_outside_the_subtree_are_refused(office, office_b, dept_of_b, dept_a):
    with pytest.raises(PermissionDenied):
        svc.office_review_grants_set(actor=office, user=office, units=[dept_of_b])
    with pytest.raises(PermissionDenied):
        svc.office_review_grants_set(actor=office_b, user=office, units=[dept_a])


def test_new_audit_actions_have_chinese_names():
    from gongkai.core.labels import ACTIONS

    for action in (
        "staff.update",
        "staff.deactivate",
        "staff.reactivate",
        "staff.password_reset",
        "staff.review_grant",
        "staff.admin_create",
        "staff.admin_update",
        "staff.admin_delete",
        "calendar.year_mark",
        "calendar.year_unmark",
    ):
        assert ACTIONS[action] and not english_words(ACTIONS[action])


def test_one_time_password_must_be_replaced_before_anything_else(client, office, dept_a):
    person, password = svc.office_staff_create(
        actor=office, username="li_xx", name="李信息", unit=dept_a, role=Role.EDITOR
    )
    assert person.must_change_password
    assert authenticate(username="li_xx", password=password) == person
    client.force_login(person)
    r = client.get("/workspace/publishing/new/")
    assert r.status_code == 302 and r["Location"] == "/workspace/password/"
    page = client.get("/workspace/password/")
    assert page.status_code == 200 and "一次性密码" in page.content.decode()
    _no_english(page)
    r = client.post(
        "/workspace/password/",
        {"old_password": "wrong", "new_password1": "x", "new_password2": "y"},
    )
    assert r.status_code == 200 and "当前密码不正确" in r.content.decode()
    r = client.post(
        "/workspace/password/",
        {
            "old_password": password,
            "new_password1": "Qingshui-River-2026",
            "new_password2": "Qingshui-River-2026",
        },
    )
    assert r.status_code == 302
    person.refresh_from_db()
    assert not person.must_change_password
    assert client.get("/workspace/publishing/new/").status_code == 200  # still signed in
    assert authenticate(username="li_xx", password="Qingshui-River-2026") == person
    event = _events("staff.password_change")[-1]
    assert event.actor == person and "Qingshui" not in str(event.changes) + event.summary
    # a reset by the office makes it one-time again
    svc.office_password_reset(actor=office, user=person)
    person.refresh_from_db()
    assert person.must_change_password


def test_leaving_the_office_role_drops_review_grants_on_the_record(office, gov, dept_a):
    colleague = make_staff(gov, Role.OFFICE, "office_2")
    svc.office_review_grants_set(actor=office, user=colleague, units=[dept_a])
    svc.office_staff_update(actor=office, user=colleague, role=Role.LEADER)
    assert not colleague.review_units.exists()
    event = _events("staff.update")[-1]
    assert event.changes["review_units"] == [["测试县民政局"], []]
