"""Browser (issue 20): a 信息员 drafts the reply to an application, the applicant's
tracking page says it is being reviewed, a different person — a 公开办 member granted
review rights over the unit — approves it, and the tracking page then shows the reply."""

import pytest
from django.utils import timezone

from gongkai.foi.models import Application, Channel
from gongkai.foi.services import application_register
from gongkai.foi.tests.conftest import payload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_drafter_drafts_another_reviewer_approves_the_applicant_sees_the_reply(
    page, live_server, _playwright_browser, dept_a, editor_a, office, login
):
    office.review_units.add(dept_a)
    app, code = application_register(
        actor=editor_a,
        data=payload(dept_a, delivery_route="online"),
        channel=Channel.IN_PERSON,
        submitted_on=timezone.localdate(),
    )

    # --- the 信息员 drafts the reply; the page does not let them approve it
    context = _playwright_browser.new_context(locale="zh-CN")
    staff = context.new_page()
    login(staff, editor_a)
    staff.goto(f"{live_server.url}/workspace/foi/{app.pk}/")
    staff.select_option("#form-reply select[name=outcome]", "disclosed")
    staff.fill("#form-reply textarea[name=legal_basis]", "《政府信息公开条例》第二十七条")
    staff.click("#form-reply button[type=submit]")
    staff.wait_for_selector("text=答复稿已提交审核")
    assert "这份答复稿由您起草" in staff.inner_text("#reply-draft")
    assert staff.query_selector("#form-reply-approve") is None
    context.close()

    # --- the applicant, on a phone, sees in Chinese that the reply is being reviewed
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/ysqgk/track/?n={app.tracking_number}")
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    page.wait_for_selector("#track-reviewing")
    assert "正在审核中" in page.inner_text("#track-reviewing")
    assert "pending" not in page.content() and page.query_selector("#track-letters") is None

    # --- a different person with review rights over the unit approves and sends it
    context = _playwright_browser.new_context(locale="zh-CN")
    staff = context.new_page()
    login(staff, office)
    staff.goto(f"{live_server.url}/workspace/foi/{app.pk}/")
    assert "（一）予以公开" in staff.inner_text("#reply-draft")
    staff.click("#form-reply-approve button[type=submit]")
    staff.wait_for_selector("text=答复审核通过，答复书已生成并发出")
    context.close()
    app.refresh_from_db()
    assert app.status == Application.Status.REPLIED

    # --- the applicant's tracking page now shows the reply letter
    page.goto(f"{live_server.url}/ysqgk/track/?n={app.tracking_number}")
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    page.wait_for_selector("#track-letters")
    assert "政府信息公开申请答复书" in page.inner_text("#track-letters")
    assert page.query_selector("#track-reviewing") is None
    assert "已答复" in page.inner_text("#track-status")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
