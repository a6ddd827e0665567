"""Staff see and act only inside their unit; the disclosure office sees its subtree.

Each app adds its own objects to the matrix in its tests, using ``scope`` and
``get_for_user`` from ``gongkai.core.permissions``; here the helper itself is proven.
"""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from gongkai.core.models import AuditEvent, Role, Unit
from gongkai.core.permissions import (
    can_access_unit,
    get_for_user,
    require_role,
    scope,
    visible_units,
)
from gongkai.core.services import unit_create, unit_move

pytestmark = pytest.mark.django_db


def test_member_sees_only_own_unit(gov, dept_a, dept_b, editor_a):
    assert list(visible_units(editor_a)) == [dept_a]
    assert can_access_unit(editor_a, dept_a)
    assert not can_access_unit(editor_a, dept_b)
    assert not can_access_unit(editor_a, gov)


def test_office_sees_its_whole_subtree(gov, dept_a, dept_b, office):
    town = unit_create(parent=dept_a, name="下级单位", kind=Unit.Kind.OTHER)
    other_gov = unit_create(name="邻县人民政府", kind=Unit.Kind.GOVERNMENT)
    visible = set(visible_units(office))
    assert visible == {gov, dept_a, dept_b, town}
    assert not can_access_unit(office, other_gov)


def test_scope_and_get_for_user_return_404_across_units(dept_a, dept_b, editor_a, editor_b):
    a_event = AuditEvent.objects.filter(unit=dept_a).first()
    b_event = AuditEvent.objects.filter(unit=dept_b).first()
    assert a_event and b_event
    assert set(scope(AuditEvent.objects.all(), editor_a).values_list("unit", flat=True)) == {
        dept_a.pk
    }
    assert get_for_user(AuditEvent.objects.all(), editor_a, pk=a_event.pk) == a_event
    with pytest.raises(Http404):
        get_for_user(AuditEvent.objects.all(), editor_a, pk=b_event.pk)


def test_public_and_anonymous_see_nothing(dept_a):
    from django.contrib.auth.models import AnonymousUser

    assert scope(AuditEvent.objects.all(), AnonymousUser()).count() == 0


def test_require_role(editor_a, office):
    require_role(office, Role.OFFICE)
    with pytest.raises(PermissionDenied, match="公开办"):
        require_role(editor_a, Role.OFFICE)


def test_moving_a_unit_moves_its_subtree(gov, dept_a, dept_b):
    child = unit_create(parent=dept_a, name="下级", kind=Unit.Kind.OTHER)
    unit_move(actor=None, unit=dept_a, parent=dept_b)
    child.refresh_from_db()
    assert child.path.startswith(dept_b.path)


def test_audit_page_scoped_to_unit(client, gov, dept_a, dept_b, office, editor_a):
    client.force_login(editor_a)
    assert client.get("/workspace/audit/").status_code == 403  # editors do not read the audit log
    client.force_login(office)
    r = client.get("/workspace/audit/")
    assert r.status_code == 200
    assert "测试县教育局" in r.content.decode()
