"""Per-unit review rights and separation of duties in 政民互动: publishing the feedback on
a consultation, approving a mailbox answer, withdrawing a consultation, publishing a
reply to a suggestion all need review rights in the unit (a 审核员 there, a 公开办 member
only where granted); whoever drafted the answer or the feedback may not approve it."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from gongkai.participation import services as svc
from gongkai.participation.models import Message
from gongkai.participation.tests.conftest import at

NO_RIGHTS = "没有审核权限"
OWN = "不能审核自己起草的"


def _message(unit):
    message, _code = svc.message_submit(
        kind="inquiry", unit=unit, subject="低保怎么申请", text="需要什么材料？",
        contact="13800001111", may_publish=True,
    )  # fmt: skip
    return message


def _answered(message, actor):
    svc.message_answer(actor=actor, message=message, answer="请携带户口簿办理。", publish=True)
    message.refresh_from_db()
    return message


def test_mailbox_answer_review_matrix(dept_a, dept_b, editor_a, editor_b, reviewer_b, office):
    m = _answered(_message(dept_a), editor_a)
    # department staff without review rights, and another department's people
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.message_review(actor=editor_a, message=m, approve=True)
    for outsider in (editor_b, reviewer_b):
        with pytest.raises(PermissionDenied, match="只能处理本单位"):
            svc.message_review(actor=outsider, message=m, approve=True)
    # the office: granted B only — refused for A, both to approve and to return
    office.review_units.add(dept_b)
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.message_review(actor=office, message=m, approve=True)
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.message_review(actor=office, message=m, approve=False, note="请补充")
    m.refresh_from_db()
    assert m.status == Message.Status.IN_REVIEW
    office.review_units.add(dept_a)
    svc.message_review(actor=office, message=m, approve=True)
    m.refresh_from_db()
    assert m.status == Message.Status.ANSWERED and m.reviewed_by == office


def test_mailbox_drafter_refused_unless_switched_off(settings, dept_a, reviewer_a):
    m = _answered(_message(dept_a), reviewer_a)
    with pytest.raises(PermissionDenied, match=OWN):
        svc.message_review(actor=reviewer_a, message=m, approve=True)
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    svc.message_review(actor=reviewer_a, message=m, approve=True)
    m.refresh_from_db()
    assert m.status == Message.Status.ANSWERED


def test_mailbox_review_page_offers_review_only_to_those_who_may(
    client, dept_a, editor_a, reviewer_a, office
):
    m = _answered(_message(dept_a), editor_a)
    url = f"/workspace/participation/messages/{m.pk}/"
    client.force_login(office)  # sees the subtree, not granted dept_a
    page = client.get(url)
    assert page.status_code == 200
    refused = client.post(url, {"form": "review", "decision": "approve", "note": ""})
    assert NO_RIGHTS in refused.content.decode()
    m.refresh_from_db()
    assert m.status == Message.Status.IN_REVIEW
    client.force_login(reviewer_a)
    client.post(url, {"form": "review", "decision": "approve", "note": ""})
    m.refresh_from_db()
    assert m.status == Message.Status.ANSWERED


@pytest.fixture
def with_feedback(make_consultation, editor_a):
    """A consultation closed on 2026-09-01 whose one comment got feedback by editor_a."""
    start = at(2026, 8, 1, 9, 0)
    with time_machine.travel(start, tick=False):
        c = make_consultation(starts_at=start, ends_at=start + dt.timedelta(days=31))
        comment = svc.comment_submit(consultation=c, text="建议增加公示环节")
        svc.comment_moderate(actor=editor_a, comment=comment, approve=True)
    with time_machine.travel(at(2026, 9, 10, 10), tick=False):
        svc.feedback_record(
            actor=editor_a, consultation=c, opinion="", outcome="adopted", comments=[comment]
        )
    return c


def test_feedback_publication_matrix(with_feedback, dept_a, dept_b, editor_a, reviewer_b, office):
    c = with_feedback
    with time_machine.travel(at(2026, 9, 12, 10), tick=False):
        with pytest.raises(PermissionDenied, match=NO_RIGHTS):
            svc.consultation_summary_publish(actor=editor_a, consultation=c)
        with pytest.raises(PermissionDenied, match="只能处理本单位"):
            svc.consultation_summary_publish(actor=reviewer_b, consultation=c)
        office.review_units.add(dept_b)
        with pytest.raises(PermissionDenied, match=NO_RIGHTS):
            svc.consultation_summary_publish(actor=office, consultation=c)
        office.review_units.add(dept_a)
        svc.consultation_summary_publish(actor=office, consultation=c)
    c.refresh_from_db()
    assert c.summary_published_at is not None


def test_who_wrote_the_feedback_cannot_publish_it(settings, make_consultation, reviewer_a):
    start = at(2026, 8, 1, 9, 0)
    with time_machine.travel(start, tick=False):
        c = make_consultation(
            starts_at=start, ends_at=start + dt.timedelta(days=31), actor=reviewer_a
        )
        comment = svc.comment_submit(consultation=c, text="建议增加公示环节")
        svc.comment_moderate(actor=reviewer_a, comment=comment, approve=True)
    with time_machine.travel(at(2026, 9, 10, 10), tick=False):
        svc.feedback_record(
            actor=reviewer_a, consultation=c, opinion="", outcome="adopted", comments=[comment]
        )
        with pytest.raises(PermissionDenied, match=OWN + "意见反馈"):
            svc.consultation_summary_publish(actor=reviewer_a, consultation=c)
        settings.GONGKAI_SEPARATION_OF_DUTIES = False
        svc.consultation_summary_publish(actor=reviewer_a, consultation=c)
    c.refresh_from_db()
    assert c.summary_published_at is not None


def test_withdrawing_a_consultation_needs_review_rights(consultation, dept_a, editor_a, office):
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.consultation_withdraw(actor=office, consultation=consultation, reason="发布有误")
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.consultation_withdraw(actor=editor_a, consultation=consultation, reason="发布有误")
    office.review_units.add(dept_a)
    svc.consultation_withdraw(actor=office, consultation=consultation, reason="发布有误")
    consultation.refresh_from_db()
    assert consultation.status == "withdrawn"


def test_deputy_reply_publication_needs_review_rights_in_the_unit(gov, dept_a, office):
    fields = {
        "kind": "npc", "title": "关于养老服务的建议的答复", "body": "已办理。",
        "deputy_name": "孙建国",
    }  # fmt: skip
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.deputy_reply_publish(actor=office, unit=dept_a, **fields)
    office.review_units.add(dept_a)
    reply = svc.deputy_reply_publish(actor=office, unit=dept_a, **fields)
    assert reply.unit == dept_a
