"""Browser journeys in real headless Chromium: a citizen comments, a citizen writes."""

from __future__ import annotations

import pytest

from gongkai.participation import services as svc
from gongkai.participation.models import Comment, Message

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_comments_on_open_consultation_on_a_phone(
    page, live_server, consultation, editor_a
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/hudong/")
    page.click(f"text={consultation.title}")
    assert "征集中" in page.inner_text("#phase")
    page.fill("#id_text", "建议在办法中写明审核时限")
    page.fill("#id_name", "王小明")
    page.fill("#id_contact", "wang@example.com")
    page.click("#comment-form button[type=submit]")
    page.wait_for_selector(".messages")
    assert "意见已提交" in page.inner_text(".messages")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    comment = Comment.objects.get()
    assert comment.contact == "wang@example.com" and comment.status == "pending"
    svc.comment_moderate(actor=editor_a, comment=comment, approve=True)
    page.reload()
    comments = page.inner_text("#comments")
    assert "建议在办法中写明审核时限" in comments and "王*" in comments
    assert "wang@example.com" not in page.content()


def test_citizen_writes_to_mailbox_and_later_sees_published_answer(
    page, live_server, dept_a, editor_a, reviewer_a
):
    page.goto(f"{live_server.url}/hudong/xinxiang/")
    page.click("#write")
    page.select_option("#id_kind", "inquiry")
    page.select_option("#id_unit", str(dept_a.pk))
    page.fill("#id_subject", "孩子入学需要哪些材料")
    page.fill("#id_text", "请问小学一年级入学需要准备哪些材料？")
    page.fill("#id_contact", "13800002222")
    page.check("#id_may_publish")
    page.click("#message-form button[type=submit]")
    number = page.inner_text("#tracking-number").strip()
    code = page.inner_text("#tracking-code").strip()
    message = Message.objects.get(tracking_number=number)
    assert message.unit == dept_a and message.may_publish

    # staff answer; the answer to be published goes through review
    svc.message_answer(
        actor=editor_a, message=message, answer="请携带户口簿和预防接种证。", publish=True
    )
    svc.message_review(actor=reviewer_a, message=message, approve=True)

    page.goto(f"{live_server.url}/hudong/xinxiang/track/")
    page.fill("#id_number", number)
    page.fill("#id_code", code)
    page.click("#track-form button[type=submit]")
    assert "已答复" in page.inner_text("#status")
    assert "请携带户口簿和预防接种证" in page.inner_text("#answer")
    page.check("input[name=rating][value='3']")
    page.click("text=提交评价")
    page.wait_for_selector(".messages")
    message.refresh_from_db()
    assert message.rating == 3

    page.goto(f"{live_server.url}/hudong/xinxiang/")
    page.click("text=孩子入学需要哪些材料")
    assert "请携带户口簿和预防接种证" in page.inner_text("#answer")
    assert "13800002222" not in page.content()


def test_public_pages_fit_a_phone(page, live_server, consultation, survey_a):
    page.set_viewport_size({"width": 390, "height": 844})
    for path in [
        "/hudong/",
        "/hudong/xinxiang/write/",
        f"/hudong/diaocha/{survey_a.pk}/",
        f"/hudong/diaocha/{survey_a.pk}/results/",
    ]:
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
