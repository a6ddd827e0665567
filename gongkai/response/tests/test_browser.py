"""Browser journey in real headless Chromium: a citizen's mailbox message becomes an
incident, the office records the release within the limit, the public sees it."""

from __future__ import annotations

import pytest

from gongkai.participation.models import Message
from gongkai.response.models import Incident
from gongkai.testing import published_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_message_becomes_incident_and_release_reaches_the_public(
    page, live_server, login, dept_a, editor_a, reviewer_a
):
    release_item = published_item(editor_a, reviewer_a, title="关于本月低保资金发放情况的说明")

    # a citizen writes
    page.goto(f"{live_server.url}/hudong/xinxiang/")
    page.click("#write")
    page.select_option("#id_kind", "complaint")
    page.select_option("#id_unit", str(dept_a.pk))
    page.fill("#id_subject", "低保资金本月未到账")
    page.fill("#id_text", "本月低保资金至今没有到账，邻居们也一样，网上已经有很多人在讨论。")
    page.fill("#id_contact", "13800002222")
    page.click("#message-form button[type=submit]")
    number = page.inner_text("#tracking-number").strip()
    message = Message.objects.get(tracking_number=number)

    # the unit turns it into an incident with one click
    login(page, editor_a)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/workspace/participation/messages/{message.pk}/")
    page.select_option("#incident-level", "major")
    page.click("#make-incident")
    page.wait_for_selector("#source-message")
    incident = Incident.objects.get(message=message)
    assert incident.level == "major" and number in page.inner_text("#source-message")
    release = incident.steps.get(kind="release")
    step = f"#step-{release.pk}"
    assert "剩余" in page.inner_text(step)

    # the release is recorded within the 5 hours
    page.select_option(f"{step} select[name=item]", str(release_item.pk))
    page.click(f"{step} button[type=submit]")
    page.wait_for_selector(".messages")
    release.refresh_from_db()
    assert release.done_at is not None and not release.late
    assert "按时" in page.inner_text(step)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # the public follows the link and reads the release
    page.click(f"{step} a[href='{release_item.get_absolute_url()}']")
    assert "关于本月低保资金发放情况的说明" in page.inner_text("h1")


def test_public_pages_fit_a_phone(page, live_server):
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/xwfb/", "/zcwd/", "/zwxmt/"):
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path


def test_qa_suggestions_appear_while_a_citizen_types(page, live_server, editor_a, reviewer_a):
    from gongkai.response import services as svc

    entry = svc.qa_create(
        actor=editor_a,
        unit=editor_a.unit,
        question="最低生活保障怎么申请？",
        answer="向户籍所在地乡镇人民政府提出书面申请。",
    )
    svc.qa_publish(actor=reviewer_a, entry_id=entry.pk)
    page.goto(f"{live_server.url}/hudong/xinxiang/write/")
    page.fill("#id_subject", "请问低保怎么申请")
    page.type("#id_text", "需要准备什么材料")
    page.wait_for_selector("#qa-suggestions")
    assert "最低生活保障怎么申请？" in page.inner_text("#qa-suggestions")
