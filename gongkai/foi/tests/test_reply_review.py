"""答复审核: a reply to an application is drafted, then approved by someone with review
rights over the application's unit (or returned with a reason) before it is sent; the
drafter cannot approve it; the statutory clock is untouched — the reply date is the day
the approved reply is sent (GONGKAI_FOI_REPLY_REVIEW, on by default)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from gongkai.core.labels import action_label
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Application, Channel, Letter, ReplyDraft
from gongkai.foi.services import (
    application_register,
    application_reply,
    reply_approve,
    reply_draft_submit,
    reply_return,
    reply_submit,
)
from gongkai.foi.tests.conftest import payload, travel

D = dt.date.fromisoformat
REFUSED_REVIEW = "没有审核权限"


@pytest.fixture
def app_a(register):
    return register("2026-09-28")


def _draft(app, actor, **over) -> ReplyDraft:
    fields = {"outcome": Outcome.DISCLOSED, "legal_basis": "第二十七条"} | over
    with travel("2026-10-12"):
        return reply_draft_submit(actor=actor, application=app, **fields)


def test_review_is_on_by_default_and_a_reply_cannot_skip_it(app_a, editor_a, reviewer_a):
    with travel("2026-10-12"), pytest.raises(ValidationError) as exc:
        application_reply(actor=reviewer_a, application=app_a, outcome=Outcome.DISCLOSED)
    assert "答复须先经审核" in str(exc.value)
    with travel("2026-10-12"):
        result = reply_submit(actor=editor_a, application=app_a, outcome=Outcome.DISCLOSED)
    assert isinstance(result, ReplyDraft) and result.status == ReplyDraft.Status.PENDING
    assert not Letter.objects.filter(application=app_a, kind="reply").exists()


def test_with_review_off_the_reply_goes_out_directly(settings, app_a, editor_a):
    settings.GONGKAI_FOI_REPLY_REVIEW = False
    with travel("2026-10-12"):
        result = reply_submit(actor=editor_a, application=app_a, outcome=Outcome.DISCLOSED)
    assert isinstance(result, Letter)
    app_a.refresh_from_db()
    assert app_a.status == "replied" and app_a.replied_on == D("2026-10-12")
    assert not ReplyDraft.objects.exists()


def test_permission_matrix(
    app_a, editor_a, reviewer_a, reviewer_b, editor_b, office, dept_a, dept_b
):
    draft = _draft(app_a, editor_a)
    # department staff without review rights
    with travel("2026-10-13"), pytest.raises(PermissionDenied) as exc:
        reply_approve(actor=editor_a, draft=draft)
    assert REFUSED_REVIEW in str(exc.value)
    # another department's reviewer or editor: not their unit
    for outsider in (reviewer_b, editor_b):
        with travel("2026-10-13"), pytest.raises(PermissionDenied) as exc:
            reply_approve(actor=outsider, draft=draft)
        assert "只能处理本单位的事项" in str(exc.value)
    # the office sees the subtree but reviews only where granted: granted B, not A
    office.review_units.add(dept_b)
    with travel("2026-10-13"), pytest.raises(PermissionDenied) as exc:
        reply_approve(actor=office, draft=draft)
    assert REFUSED_REVIEW in str(exc.value)
    with travel("2026-10-13"), pytest.raises(PermissionDenied):
        reply_return(actor=office, draft=draft, reason="请补充依据")
    draft.refresh_from_db()
    assert draft.status == ReplyDraft.Status.PENDING
    # granted A: approves for A
    office.review_units.add(dept_a)
    with travel("2026-10-13"):
        letter = reply_approve(actor=office, draft=draft)
    assert letter.kind == "reply" and letter.created_by == office
    draft.refresh_from_db()
    assert draft.status == ReplyDraft.Status.APPROVED and draft.reviewed_by == office
    assert draft.letter == letter


def test_editor_without_review_rights_is_refused_with_the_review_message(
    app_a, reviewer_a, editor_a
):
    draft = _draft(app_a, reviewer_a)  # a reviewer drafted; an editor may not approve
    with travel("2026-10-13"), pytest.raises(PermissionDenied) as exc:
        reply_approve(actor=editor_a, draft=draft)
    assert REFUSED_REVIEW in str(exc.value)


def test_drafter_cannot_approve_own_reply_unless_switched_off(settings, register, reviewer_a):
    app = register("2026-09-28")
    draft = _draft(app, reviewer_a)
    with travel("2026-10-13"), pytest.raises(PermissionDenied) as exc:
        reply_approve(actor=reviewer_a, draft=draft)
    assert "不能审核自己起草的答复" in str(exc.value)
    app.refresh_from_db()
    assert app.status == "processing" and app.replied_on is None
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    with travel("2026-10-13"):
        reply_approve(actor=reviewer_a, draft=draft)
    app.refresh_from_db()
    assert app.status == "replied"


def test_clock_is_untouched_and_the_reply_date_is_the_day_it_is_sent(app_a, editor_a, reviewer_a):
    due_before = app_a.due
    draft = _draft(app_a, editor_a)
    app_a.refresh_from_db()
    assert app_a.status == "processing" and app_a.due == due_before and app_a.replied_on is None
    with travel("2026-10-16"):
        letter = reply_approve(actor=reviewer_a, draft=draft)
    app_a.refresh_from_db()
    assert app_a.replied_on == D("2026-10-16") and letter.issued_on == D("2026-10-16")
    assert app_a.due == due_before


def test_return_needs_a_reason_sends_nothing_and_a_new_draft_follows(app_a, editor_a, reviewer_a):
    draft = _draft(app_a, editor_a)
    with pytest.raises(ValidationError):  # one draft waits at a time
        _draft(app_a, editor_a)
    with travel("2026-10-13"), pytest.raises(ValidationError) as exc:
        reply_return(actor=reviewer_a, draft=draft, reason=" ")
    assert "退回" in str(exc.value)
    with travel("2026-10-13"):
        reply_return(actor=reviewer_a, draft=draft, reason="法律依据写错了条款")
    draft.refresh_from_db()
    assert draft.status == ReplyDraft.Status.RETURNED and draft.return_reason
    app_a.refresh_from_db()
    assert app_a.status == "processing" and not app_a.letters.filter(kind="reply").exists()
    with travel("2026-10-13"), pytest.raises(ValidationError):  # a returned draft stays returned
        reply_approve(actor=reviewer_a, draft=draft)
    second = _draft(app_a, editor_a, legal_basis="第二十七条（已更正）")
    with travel("2026-10-14"):
        reply_approve(actor=reviewer_a, draft=second)
    app_a.refresh_from_db()
    assert app_a.status == "replied" and app_a.legal_basis == "第二十七条（已更正）"


def test_a_draft_is_checked_like_a_reply(app_a, editor_a):
    with pytest.raises(ValidationError) as exc:
        _draft(app_a, editor_a, outcome=Outcome.NOT_PROCESS)
    assert "说明理由" in str(exc.value)
    assert not ReplyDraft.objects.exists()


def test_audit_actions_have_chinese_labels():
    for action in ("foi.reply_submit", "foi.reply_approve", "foi.reply_return"):
        assert action_label(action) != action
        assert not any("a" <= ch.lower() <= "z" for ch in action_label(action))


def _registered_with_code(dept_a, editor_a):
    with travel("2026-09-28"):
        return application_register(
            actor=editor_a,
            data=payload(dept_a, delivery_route="online"),
            channel=Channel.IN_PERSON,
            submitted_on=D("2026-09-28"),
        )


def test_flow_through_the_pages(client, dept_a, editor_a, reviewer_a, office):
    app, code = _registered_with_code(dept_a, editor_a)
    detail = reverse("foi:staff_detail", args=[app.pk])
    action = lambda name: reverse("foi:staff_action", args=[app.pk, name])  # noqa: E731

    def track():
        page = client.post(
            reverse("foi:track"), {"tracking_number": app.tracking_number, "code": code}
        )
        return page.content.decode()

    client.force_login(editor_a)
    form = client.get(detail).content.decode()
    assert "提交答复稿审核" in form and 'name="on"' not in form.split('id="form-reply"')[1]
    with travel("2026-10-12"):
        done = client.post(
            action("reply"),
            {"outcome": "disclosed", "legal_basis": "第二十七条"},
            follow=True,
        ).content.decode()
    assert "答复稿已提交审核" in done
    assert "这份答复稿由您起草" in done and 'id="form-reply-approve"' not in done
    with travel("2026-10-12"):  # the drafter (no review rights) posting approval anyway
        refused = client.post(action("reply_approve"), {}, follow=True).content.decode()
    assert "操作未完成" in refused and REFUSED_REVIEW in refused
    client.logout()

    tracking = track()
    assert "正在审核中" in tracking and "pending" not in tracking
    assert 'id="track-letters"' not in tracking

    client.force_login(office)  # sees the application, but was not granted dept_a
    page = client.get(detail).content.decode()
    assert 'id="form-reply-approve"' not in page and "等待有审核权的人员审核" in page
    with travel("2026-10-13"):
        refused = client.post(action("reply_approve"), {}, follow=True).content.decode()
    assert "操作未完成" in refused and REFUSED_REVIEW in refused
    client.logout()

    client.force_login(reviewer_a)
    page = client.get(detail).content.decode()
    assert 'id="form-reply-approve"' in page and "处理结果：<strong>（一）予以公开" in page
    with travel("2026-10-14"):
        sent = client.post(action("reply_approve"), {}, follow=True).content.decode()
    assert "答复审核通过，答复书已生成并发出" in sent
    app.refresh_from_db()
    assert app.status == Application.Status.REPLIED and app.replied_on == D("2026-10-14")
    client.logout()

    tracking = track()
    assert "正在审核中" not in tracking and 'id="track-letters"' in tracking
    assert "政府信息公开申请答复书" in tracking


def test_returned_draft_is_shown_to_the_drafter(client, app_a, editor_a, reviewer_a):
    draft = _draft(app_a, editor_a)
    client.force_login(reviewer_a)
    with travel("2026-10-13"):
        client.post(
            reverse("foi:staff_action", args=[app_a.pk, "reply_return"]),
            {"reason": "请补充法律依据"},
        )
    draft.refresh_from_db()
    assert draft.status == ReplyDraft.Status.RETURNED
    client.force_login(editor_a)
    page = client.get(reverse("foi:staff_detail", args=[app_a.pk])).content.decode()
    assert "请补充法律依据" in page and 'id="form-reply"' in page


def test_to_do_list_shows_the_draft_to_those_who_may_approve_it(
    app_a, editor_a, reviewer_a, office, dept_a
):
    from gongkai.foi.reply_todos import todo

    _draft(app_a, editor_a)
    assert [i.title for i in todo(reviewer_a)] == [
        f"答复待审核：依申请公开 {app_a.tracking_number}"
    ]
    assert todo(editor_a) == []  # no review rights
    assert todo(office) == []  # not granted dept_a
    office.review_units.add(dept_a)
    assert len(todo(office)) == 1


def test_tracking_api_says_the_reply_is_in_review(client, dept_a, editor_a, reviewer_a):
    import json

    app, code = _registered_with_code(dept_a, editor_a)

    def tracked():
        body = json.dumps({"tracking_number": app.tracking_number, "code": code})
        return client.post(
            "/api/v1/applications/track", body, content_type="application/json"
        ).json()

    assert tracked()["reply_in_review"] is False
    draft = _draft(app, editor_a)
    assert tracked()["reply_in_review"] is True and tracked()["letters"] == []
    with travel("2026-10-13"):
        reply_approve(actor=reviewer_a, draft=draft)
    data = tracked()
    assert data["reply_in_review"] is False and data["status"] == "replied"


def test_a_draft_of_the_unit_an_application_left_is_not_sent(app_a, editor_a, dept_b, reviewer_b):
    from gongkai.foi.services import application_transfer

    draft = _draft(app_a, editor_a)
    with travel("2026-10-13"):
        application_transfer(actor=editor_a, application=app_a, to_unit=dept_b, reason="属教育局")
        with pytest.raises(ValidationError, match="重新起草"):
            reply_approve(actor=reviewer_b, draft=draft)
        reply_return(actor=reviewer_b, draft=draft, reason="已转办，由本局重新答复")
    draft.refresh_from_db()
    assert draft.status == ReplyDraft.Status.RETURNED
