"""Consultations (RULES §6; Decree 713 Art. 15 and 32; seed 001)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core.models import AuditEvent, CalendarOverride
from gongkai.core.services import calendar_load
from gongkai.participation import services as svc
from gongkai.participation.models import Comment, Consultation, Feedback
from gongkai.participation.tests.conftest import at
from gongkai.workspace.registry import todo_for

pytestmark = pytest.mark.django_db


# --- period (Decree 713 Art. 15) -----------------------------------------------------


def test_29_day_period_without_reason_is_refused(make_consultation):
    with pytest.raises(ValidationError) as exc:
        make_consultation(days=29)
    assert "不足 30 日" in str(exc.value) and "理由" in str(exc.value)
    assert not Consultation.objects.exists()


def test_29_days_with_reason_accepted_and_reason_shown_publicly(make_consultation, client):
    c = make_consultation(days=29, reason="上级要求于年底前出台，时间紧迫")
    assert c.status == Consultation.Status.PUBLISHED
    html = client.get(f"/hudong/zhengji/{c.pk}/").content.decode()
    assert "征集期少于30日的理由" in html and "上级要求于年底前出台" in html


def test_30_days_needs_no_reason(make_consultation):
    c = make_consultation(days=30)
    assert c.short_period_reason == ""


def test_end_before_start_refused(make_consultation):
    now = timezone.now()
    with pytest.raises(ValidationError, match="晚于开始"):
        make_consultation(starts_at=now, ends_at=now - dt.timedelta(hours=1))


def test_staff_form_shows_period_error_not_500(client, editor_a):
    client.force_login(editor_a)
    r = client.post(
        "/workspace/participation/consultations/new/",
        {
            "title": "测试",
            "draft_text": "正文",
            "explanation": "说明",
            "how_to_comment": "网上",
            "starts_at": "2026-03-01T09:00",
            "ends_at": "2026-03-30T09:00",
            "publish": "on",
        },
    )
    assert r.status_code == 200
    assert "须填写缩短征集期的理由" in r.content.decode()
    assert not Consultation.objects.exists()


# --- closing time ------------------------------------------------------------------------


def test_commenting_closes_exactly_at_the_end(make_consultation):
    start = at(2026, 3, 1, 9, 0)
    end = at(2026, 3, 31, 18, 0)
    with time_machine.travel(start - dt.timedelta(days=1), tick=False):
        c = make_consultation(starts_at=start, ends_at=end)
    with time_machine.travel(start - dt.timedelta(seconds=1), tick=False):
        with pytest.raises(ValidationError, match="尚未开始"):
            svc.comment_submit(consultation=c, text="太早了")
    with time_machine.travel(end - dt.timedelta(seconds=1), tick=False):
        assert svc.comment_submit(consultation=c, text="最后一秒的意见")
    with time_machine.travel(end, tick=False):
        with pytest.raises(ValidationError, match="已于 2026-03-31 18:00 截止"):
            svc.comment_submit(consultation=c, text="截止时刻的意见")
    assert Comment.objects.filter(consultation=c).count() == 1


def test_closed_page_has_no_form(make_consultation, client):
    start = at(2026, 3, 1, 9, 0)
    with time_machine.travel(start - dt.timedelta(days=1), tick=False):
        c = make_consultation(starts_at=start, ends_at=start + dt.timedelta(days=30))
    with time_machine.travel(start + dt.timedelta(days=30), tick=False):
        r = client.get(f"/hudong/zhengji/{c.pk}/")
        html = r.content.decode()
        assert 'id="comment-form"' not in html and "已于" in html
        post = client.post(f"/hudong/zhengji/{c.pk}/", {"text": "晚到的意见"})
        assert post.status_code == 200 and "截止" in post.content.decode()
    assert not Comment.objects.exists()


def test_unpublished_consultation_not_public(make_consultation, client):
    c = make_consultation(publish=False)
    assert client.get(f"/hudong/zhengji/{c.pk}/").status_code == 404
    with pytest.raises(ValidationError):
        svc.comment_submit(consultation=c, text="意见")


# --- moderation ----------------------------------------------------------------------------


def test_comment_goes_to_queue_and_appears_only_after_approval(consultation, editor_a, client):
    r = client.post(
        f"/hudong/zhengji/{consultation.pk}/",
        {"text": "建议明确审核时限", "name": "王小明", "contact": "wang@example.com"},
    )
    assert r.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    page = client.get(f"/hudong/zhengji/{consultation.pk}/").content.decode()
    assert "建议明确审核时限" not in page
    svc.comment_moderate(actor=editor_a, comment=comment, approve=True)
    page = client.get(f"/hudong/zhengji/{consultation.pk}/").content.decode()
    assert "建议明确审核时限" in page
    assert "王*" in page and "王小明" not in page  # surname only
    assert "wang@example.com" not in page  # contact never shown
    assert AuditEvent.objects.filter(action="participation.comment_moderate").exists()


def test_reject_requires_reason(consultation, editor_a):
    comment = svc.comment_submit(consultation=consultation, text="一条意见")
    with pytest.raises(ValidationError, match="不通过须填写理由"):
        svc.comment_moderate(actor=editor_a, comment=comment, approve=False)
    svc.comment_moderate(actor=editor_a, comment=comment, approve=False, reason="与本文件无关")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED and comment.reject_reason == "与本文件无关"
    # and the database refuses a rejection without reason whatever the path
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(reject_reason="")


def test_word_filter_flags_comment_and_approval_needs_reason(consultation, editor_a):
    comment = svc.comment_submit(consultation=consultation, text="专业代开发票，加微信")
    assert comment.flagged_words == ["代开发票", "加微信"]
    with pytest.raises(ValidationError, match="敏感词"):
        svc.comment_moderate(actor=editor_a, comment=comment, approve=True)
    svc.comment_moderate(actor=editor_a, comment=comment, approve=False, reason="广告")


def test_flood_throttled_with_clear_message(consultation, client):
    for i in range(svc.COMMENT_LIMIT[0]):
        svc.comment_submit(consultation=consultation, text=f"意见{i}", client="same-client")
    with pytest.raises(ValidationError, match="提交过于频繁"):
        svc.comment_submit(consultation=consultation, text="再一条", client="same-client")
    # another client is not affected
    assert svc.comment_submit(consultation=consultation, text="别人的意见", client="other")


def test_duplicate_comment_refused(consultation):
    svc.comment_submit(consultation=consultation, text="同样的意见", client="c1")
    with pytest.raises(ValidationError, match="重复"):
        svc.comment_submit(consultation=consultation, text="同样的意见", client="c1")


def test_page_throttles_per_client(consultation, client):
    for i in range(svc.COMMENT_LIMIT[0]):
        assert (
            client.post(f"/hudong/zhengji/{consultation.pk}/", {"text": f"意见{i}"}).status_code
            == 302
        )
    r = client.post(f"/hudong/zhengji/{consultation.pk}/", {"text": "第六条"})
    assert r.status_code == 200 and "提交过于频繁" in r.content.decode()


def test_honeypot_is_silently_dropped(consultation, client):
    r = client.post(f"/hudong/zhengji/{consultation.pk}/", {"text": "机器人", "website": "x"})
    assert r.status_code == 302 and not Comment.objects.exists()


def test_phone_number_in_comment_is_masked(consultation, editor_a, client):
    comment = svc.comment_submit(consultation=consultation, text="有问题请打我电话13812345678")
    svc.comment_moderate(actor=editor_a, comment=comment, approve=True)
    html = client.get(f"/hudong/zhengji/{consultation.pk}/").content.decode()
    assert "13812345678" not in html
    assert "有问题请打我电话" in html
    api = client.get(f"/api/v1/consultations/{consultation.pk}").json()
    assert "13812345678" not in api["comments"][0]["text"]


# --- feedback (Decree 713 Art. 32) --------------------------------------------------------


@pytest.fixture
def closed(make_consultation, editor_a):
    """A consultation that ran 2026-08-01 .. 2026-09-01 with two approved comments."""
    start = at(2026, 8, 1, 9, 0)
    with time_machine.travel(start, tick=False):
        c = make_consultation(starts_at=start, ends_at=start + dt.timedelta(days=31))
        a = svc.comment_submit(consultation=c, text="建议增加公示环节")
        b = svc.comment_submit(consultation=c, text="建议提高标准")
        svc.comment_moderate(actor=editor_a, comment=a, approve=True)
        svc.comment_moderate(actor=editor_a, comment=b, approve=True)
    c.a, c.b = a, b
    return c


def test_feedback_only_after_period(consultation, editor_a):
    with pytest.raises(ValidationError, match="征集期结束后"):
        svc.feedback_record(
            actor=editor_a, consultation=consultation, opinion="x", outcome="adopted"
        )


@pytest.mark.parametrize("outcome", ["partly", "not_adopted"])
def test_feedback_reason_required_unless_adopted(closed, editor_a, outcome):
    with time_machine.travel(at(2026, 9, 10, 10), tick=False):
        with pytest.raises(ValidationError, match="须说明理由"):
            svc.feedback_record(
                actor=editor_a,
                consultation=closed,
                opinion="",
                outcome=outcome,
                comments=[closed.b],
            )
        fb = svc.feedback_record(
            actor=editor_a,
            consultation=closed,
            opinion="",
            outcome=outcome,
            reason="财力有限",
            comments=[closed.b],
        )
    assert fb.opinion == "建议提高标准"
    assert list(fb.comments.all()) == [closed.b]
    with pytest.raises(IntegrityError), transaction.atomic():
        Feedback.objects.filter(pk=fb.pk).update(reason="")


def test_adopted_needs_no_reason_and_groups_comments(closed, editor_a):
    with time_machine.travel(at(2026, 9, 10, 10), tick=False):
        fb = svc.feedback_record(
            actor=editor_a,
            consultation=closed,
            opinion="完善程序",
            outcome="adopted",
            comments=[closed.a, closed.b],
        )
    assert fb.comments.count() == 2


def test_feedback_deadline_is_10_working_days_after_decision(closed, editor_a):
    """Seed 001: feedback within 10 working days; National Day 2026 and the make-up
    Saturday 2026-10-10 are counted by the official calendar, not weekdays."""
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        c = svc.consultation_decision_record(
            actor=editor_a,
            consultation=closed,
            published_on=dt.date(2026, 9, 28),
            url="/xxgk/1/",
            title="测试县低保实施办法",
            item_id=7,
        )
    assert c.due == dt.date(2026, 10, 16)
    assert c.due_provisional is False
    assert c.due_rule == svc.FEEDBACK_RULE
    assert "10 个工作日" in c.due_explanation


def test_feedback_due_and_overdue_in_workspace_todo(closed, editor_a, editor_b):
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        svc.consultation_decision_record(
            actor=editor_a,
            consultation=closed,
            published_on=dt.date(2026, 9, 28),
            url="https://example.gov.cn/a",
            title="决定",
        )
    with time_machine.travel(at(2026, 10, 16, 23, 0), tick=False):
        item = next(i for i in todo_for(editor_a) if i.kind == "征集反馈")
        assert item.due == dt.date(2026, 10, 16) and not item.overdue
        assert not [i for i in todo_for(editor_b) if i.kind == "征集反馈"]
    with time_machine.travel(at(2026, 10, 17, 9, 0), tick=False):
        item = next(i for i in todo_for(editor_a) if i.kind == "征集反馈")
        assert item.overdue


def test_decision_date_validated(closed, editor_a):
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        with pytest.raises(ValidationError, match="不能早于征集截止"):
            svc.consultation_decision_record(
                actor=editor_a,
                consultation=closed,
                published_on=dt.date(2026, 8, 20),
                url="/x/",
                title="决定",
            )
        with pytest.raises(ValidationError, match="链接"):
            svc.consultation_decision_record(
                actor=editor_a,
                consultation=closed,
                published_on=dt.date(2026, 9, 28),
                url="javascript:alert(1)",
                title="决定",
            )


def test_calendar_change_recomputes_feedback_deadline(
    closed, editor_a, office, django_capture_on_commit_callbacks
):
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        c = svc.consultation_decision_record(
            actor=editor_a,
            consultation=closed,
            published_on=dt.date(2026, 9, 28),
            url="/x/",
            title="决定",
        )
        # a local extra holiday on 2026-10-12 pushes the due date by one working day
        with django_capture_on_commit_callbacks(execute=True):
            calendar_load(
                actor=office,
                rows=[(dt.date(2026, 10, 12), CalendarOverride.Kind.HOLIDAY, "本地假日", "")],
                source="测试",
            )
    c.refresh_from_db()
    assert c.due == dt.date(2026, 10, 19)
    assert "2026-10-19" in c.due_explanation
    from gongkai.core.models import AuditEvent

    event = AuditEvent.objects.get(action="participation.consultation_deadline_recompute")
    assert event.object_id == str(c.pk) and "2026-10-19" in event.summary


def test_summary_published_on_page_with_counts_and_reasons(closed, editor_a, reviewer_a, client):
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        svc.feedback_record(
            actor=editor_a, consultation=closed, opinion="", outcome="adopted", comments=[closed.a]
        )
        svc.feedback_record(
            actor=editor_a,
            consultation=closed,
            opinion="",
            outcome="not_adopted",
            reason="超出本办法调整范围",
            comments=[closed.b],
        )
        svc.consultation_decision_record(
            actor=editor_a,
            consultation=closed,
            published_on=dt.date(2026, 9, 28),
            url="/xxgk/9/",
            title="测试县低保实施办法",
        )
        html = client.get(f"/hudong/zhengji/{closed.pk}/").content.decode()
        assert 'id="summary"' not in html
        with pytest.raises(Exception, match="没有审核权限"):
            svc.consultation_summary_publish(actor=editor_a, consultation=closed)
        svc.consultation_summary_publish(actor=reviewer_a, consultation=closed)
        html = client.get(f"/hudong/zhengji/{closed.pk}/").content.decode()
    assert 'id="summary"' in html
    assert "采纳 1 条" in html and "未采纳 1 条" in html
    assert "超出本办法调整范围" in html and "建议增加公示环节" in html
    assert 'href="/xxgk/9/"' in html
    # once published, the to-do item is gone
    assert not [i for i in todo_for(editor_a) if i.kind == "征集反馈"]


def test_summary_blocked_while_comments_unanswered(closed, reviewer_a):
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        with pytest.raises(ValidationError, match="逐条或分组"):
            svc.consultation_summary_publish(actor=reviewer_a, consultation=closed)


def test_feedback_via_staff_page_shows_reason_error(closed, editor_a, client):
    client.force_login(editor_a)
    with time_machine.travel(at(2026, 9, 10, 10), tick=False):
        r = client.post(
            f"/workspace/participation/consultations/{closed.pk}/",
            {"form": "feedback", "comments": [str(closed.b.pk)], "outcome": "not_adopted"},
        )
    assert r.status_code == 400
    assert "须说明理由" in r.content.decode()
    assert not Feedback.objects.exists()


def test_attachment_type_checked_and_listed(client, editor_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor_a)
    data = {
        "title": "带附件的征集",
        "draft_text": "正文",
        "explanation": "说明",
        "how_to_comment": "网上",
        "starts_at": "2026-03-01T09:00",
        "ends_at": "2026-04-01T09:00",
        "publish": "on",
    }
    bad = client.post(
        "/workspace/participation/consultations/new/",
        {**data, "attachment": SimpleUploadedFile("x.exe", b"MZ")},
    )
    assert bad.status_code == 200 and "附件类型应为" in bad.content.decode()
    ok = client.post(
        "/workspace/participation/consultations/new/",
        {**data, "attachment": SimpleUploadedFile("起草说明.pdf", b"%PDF-1.4")},
    )
    assert ok.status_code == 302
    c = Consultation.objects.get()
    assert c.attachments.get().title == "起草说明.pdf"


def test_letter_received_in_period_can_be_entered_after_close(closed, editor_a, editor_b, client):
    with time_machine.travel(at(2026, 9, 10, 10), tick=False):
        with pytest.raises(ValidationError, match="不在征集期内"):
            svc.comment_record(
                actor=editor_a,
                consultation=closed,
                text="迟到的信",
                received_at=at(2026, 9, 2, 10),
            )
        with pytest.raises(Exception, match="只能处理本单位"):
            svc.comment_record(
                actor=editor_b, consultation=closed, text="信", received_at=at(2026, 8, 20, 10)
            )
        client.force_login(editor_a)
        r = client.post(
            f"/workspace/participation/consultations/{closed.pk}/",
            {
                "form": "record",
                "channel": "letter",
                "received_at": "2026-08-20T10:00",
                "text": "来信建议简化材料",
            },
        )
        assert r.status_code == 302
    comment = Comment.objects.get(text="来信建议简化材料")
    assert comment.channel == "letter" and comment.status == Comment.Status.PENDING
    assert comment.recorded_by == editor_a


def test_staff_page_marks_overdue_feedback(closed, editor_a, client):
    with time_machine.travel(at(2026, 9, 28, 15), tick=False):
        svc.consultation_decision_record(
            actor=editor_a,
            consultation=closed,
            published_on=dt.date(2026, 9, 28),
            url="/x/",
            title="决定",
        )
    client.force_login(editor_a)
    url = f"/workspace/participation/consultations/{closed.pk}/"
    with time_machine.travel(at(2026, 10, 16, 20), tick=False):
        assert "已逾期" not in client.get(url).content.decode()
    with time_machine.travel(at(2026, 10, 17, 9), tick=False):
        assert "已逾期" in client.get(url).content.decode()


def test_withdraw_keeps_comments_and_hides_page(consultation, editor_a, reviewer_a, client):
    svc.comment_submit(consultation=consultation, text="撤回前的意见")
    with pytest.raises(Exception, match="没有审核权限"):
        svc.consultation_withdraw(actor=editor_a, consultation=consultation, reason="发错了")
    client.force_login(reviewer_a)
    url = f"/workspace/participation/consultations/{consultation.pk}/"
    r = client.post(url, {"form": "withdraw", "reason": ""})
    assert r.status_code == 400 and "请填写撤回理由" in r.content.decode()
    assert client.post(url, {"form": "withdraw", "reason": "发布错误"}).status_code == 302
    consultation.refresh_from_db()
    assert consultation.status == Consultation.Status.WITHDRAWN
    assert Comment.objects.filter(consultation=consultation).count() == 1
    client.logout()
    assert client.get(f"/hudong/zhengji/{consultation.pk}/").status_code == 404
    with pytest.raises(ValidationError):
        svc.comment_submit(consultation=consultation, text="撤回后的意见")
