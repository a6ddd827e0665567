"""The office reviews a department's reply to a representative's suggestion only where
it was granted review rights over that department, and never a reply it wrote itself
(起草与审核分离, GONGKAI_SEPARATION_OF_DUTIES)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from gongkai.core.models import Role
from gongkai.supervision.models import Suggestion
from gongkai.supervision.suggestions import (
    suggestion_assign,
    suggestion_publish,
    suggestion_reply,
    suggestion_review,
)
from gongkai.testing import make_staff

NO_RIGHTS = "没有审核权限"


@pytest.fixture
def bare_office(gov):
    """An office member granted nothing yet (the conftest's office is granted A and B)."""
    return make_staff(gov, Role.OFFICE, "office_bare")


def _replied(office, unit, drafter, number="15"):
    s = suggestion_assign(
        actor=office, kind="deputy", year=2026, number=number, title="关于养老服务的建议",
        proposer="孙建国", content="建议建设互助养老点。", lead_unit=unit,
    )  # fmt: skip
    return suggestion_reply(actor=drafter, suggestion=s, reply="已办理。", satisfaction="satisfied")


def test_review_matrix(bare_office, dept_a, dept_b, editor_a, reviewer_a):
    s = _replied(bare_office, dept_a, editor_a)
    assert s.replied_by == editor_a
    for staff in (editor_a, reviewer_a):  # the department itself does not approve
        with pytest.raises(PermissionDenied):
            suggestion_review(actor=staff, suggestion=s, approve=True)
    bare_office.review_units.add(dept_b)  # granted B, not A
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        suggestion_review(actor=bare_office, suggestion=s, approve=True)
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        suggestion_review(actor=bare_office, suggestion=s, approve=False, note="请补充")
    assert Suggestion.objects.get(pk=s.pk).status == "replied"
    bare_office.review_units.add(dept_a)
    suggestion_review(actor=bare_office, suggestion=s, approve=True)
    bare_office.review_units.remove(dept_a)  # publishing is a review step too
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        suggestion_publish(actor=bare_office, suggestion=s)
    bare_office.review_units.add(dept_a)
    assert suggestion_publish(actor=bare_office, suggestion=s).status == "published"


def test_office_cannot_approve_a_reply_it_wrote_unless_switched_off(settings, office, dept_a):
    s = _replied(office, dept_a, office)
    with pytest.raises(PermissionDenied, match="不能审核自己起草的答复"):
        suggestion_review(actor=office, suggestion=s, approve=True)
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    assert suggestion_review(actor=office, suggestion=s, approve=True).status == "approved"


def test_refusal_shown_on_the_page(client, bare_office, dept_a, editor_a):
    s = _replied(bare_office, dept_a, editor_a)
    client.force_login(bare_office)
    page = client.post(
        reverse("supervision:suggestion_action", args=[s.pk, "approve"]), follow=True
    ).content.decode()
    assert NO_RIGHTS in page
    assert Suggestion.objects.get(pk=s.pk).status == "replied"
