"""Separation of duties: whoever drafted an item or an answer cannot approve it; the
office reviews only in units it was granted."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from gongkai.core.duties import ensure_not_author, is_author
from gongkai.core.models import Role
from gongkai.core.permissions import may_review, review_unit_ids
from gongkai.participation import services as part
from gongkai.participation.models import Message
from gongkai.publishing import services as pub
from gongkai.publishing.models import InformationItem
from gongkai.testing import ALL_CHECKS, draft_item, make_staff

pytestmark = [pytest.mark.django_db]

REFUSAL = "不能审核自己起草的"


def test_the_rule_alone(settings, editor_a, reviewer_a):
    assert is_author(editor_a, editor_a) and is_author(editor_a, editor_a.pk)
    assert not is_author(editor_a, reviewer_a) and not is_author(editor_a, None)
    with pytest.raises(PermissionDenied, match=REFUSAL):
        ensure_not_author(editor_a, editor_a.pk, "信息")
    ensure_not_author(reviewer_a, editor_a, "信息")
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    ensure_not_author(editor_a, editor_a, "信息")


def test_reviewer_who_drafted_an_item_cannot_approve_it(reviewer_a, dept_a):
    item = pub.item_submit(actor=reviewer_a, item=draft_item(reviewer_a))
    with pytest.raises(PermissionDenied, match=REFUSAL + "信息"):
        pub.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    item.refresh_from_db()
    assert item.status == InformationItem.Status.SUBMITTED and not item.reviews.exists()
    other = make_staff(dept_a, Role.REVIEWER, "reviewer_a2")
    pub.item_approve(actor=other, item=item, checks=ALL_CHECKS)
    item.refresh_from_db()
    assert item.status == InformationItem.Status.APPROVED


def test_office_that_drafted_cannot_approve_even_with_a_grant(office, gov):
    office.review_units.add(gov)
    item = pub.item_submit(actor=office, item=draft_item(office))
    with pytest.raises(PermissionDenied, match=REFUSAL):
        pub.item_approve(actor=office, item=item, checks=ALL_CHECKS)


def test_the_switch_turns_the_rule_off(settings, reviewer_a):
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    item = pub.item_submit(actor=reviewer_a, item=draft_item(reviewer_a))
    pub.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    item.refresh_from_db()
    assert item.status == InformationItem.Status.APPROVED


def test_the_refusal_reads_in_chinese_on_the_page(client, reviewer_a):
    item = pub.item_submit(actor=reviewer_a, item=draft_item(reviewer_a))
    client.force_login(reviewer_a)
    r = client.post(
        f"/workspace/publishing/{item.pk}/approve/", {"checks": list(ALL_CHECKS)}, follow=True
    )
    assert r.status_code in (200, 403)
    assert REFUSAL in r.content.decode()
    item.refresh_from_db()
    assert item.status == InformationItem.Status.SUBMITTED


def _message(unit):
    message, _code = part.message_submit(
        kind="inquiry",
        unit=unit,
        subject="低保怎么申请",
        text="请问低保申请需要什么材料？",
        contact="13800001111",
        name="赵先生",
        may_publish=True,
    )
    return message


def test_who_answered_a_message_cannot_approve_the_answer(reviewer_a, dept_a):
    message = _message(dept_a)
    part.message_answer(actor=reviewer_a, message=message, answer="请携带户口簿。", publish=True)
    with pytest.raises(PermissionDenied, match=REFUSAL + "答复"):
        part.message_review(actor=reviewer_a, message=message, approve=True)
    message.refresh_from_db()
    assert message.status == Message.Status.IN_REVIEW and not message.published
    other = make_staff(dept_a, Role.REVIEWER, "reviewer_a2")
    part.message_review(actor=other, message=message, approve=True)
    message.refresh_from_db()
    assert message.published


def test_office_review_rights_are_per_unit_and_explicit(office, gov, dept_a, dept_b, editor_a):
    assert not may_review(office, dept_a) and review_unit_ids(office) == set()
    office.review_units.add(dept_a)
    assert may_review(office, dept_a) and not may_review(office, dept_b)
    assert not may_review(office, gov)
    item = pub.item_submit(actor=editor_a, item=draft_item(editor_a))
    pub.item_start_review(actor=office, item=item)
    pub.item_approve(actor=office, item=item, checks=ALL_CHECKS)
    assert pub.item_publish(actor=office, item=item).status == InformationItem.Status.PUBLISHED


def test_office_sees_items_to_review_only_where_granted(office, editor_a, editor_b, dept_a):
    from gongkai.publishing.plugs import todo

    a = pub.item_submit(actor=editor_a, item=draft_item(editor_a, title="民政局待审信息"))
    b = pub.item_submit(actor=editor_b, item=draft_item(editor_b, title="教育局待审信息"))
    titles = {t.title for t in todo(office)}
    assert not any(a.title in t or b.title in t for t in titles)
    office.review_units.add(dept_a)
    titles = {t.title for t in todo(office)}
    assert any(a.title in t for t in titles) and not any(b.title in t for t in titles)


def test_demo_office_is_granted_review_where_the_demo_needs_it():
    from gongkai.core import demo
    from gongkai.core.models import User

    demo.load_units()
    demo.load_units()  # idempotent
    office = User.objects.get(username="gongkaiban")
    granted = set(office.review_units.values_list("name", flat=True))
    assert granted == {demo.GOVERNMENT, "示范县人民政府办公室"}
    assert not may_review(office, office.unit.children.get(name="示范县民政局"))
    assert may_review(
        User.objects.get(username="minzheng_sh"), User.objects.get(username="minzheng").unit
    )
