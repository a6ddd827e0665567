"""Browser: a citizen applies on a phone, staff ask for a correction, the citizen sees
it on the tracking page (RULES §5, Art. 30)."""

import pytest

from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import ID_NUMBER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_applies_staff_ask_correction_citizen_sees_it(
    page, live_server, _playwright_browser, dept_a, editor_a
):
    from gongkai.testing import PASSWORD

    # --- the citizen, on a 390px phone, with no account
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/ysqgk/")
    page.click("button[type=submit]")  # empty form: Chinese messages next to fields
    assert "请填写姓名或名称" in page.inner_text("#field-applicant_name")
    page.select_option("#id_unit", str(dept_a.pk))
    page.select_option("#id_applicant_type", "natural")
    page.fill("#id_applicant_name", "王五")
    page.fill("#id_id_number", ID_NUMBER)
    page.fill("#id_phone", "13900000000")
    page.fill("#id_description", "本县2025年城乡低保名单及发放标准")
    page.select_option("#id_form_wanted", "electronic")
    page.select_option("#id_delivery_route", "online")
    page.click("button[type=submit]")
    page.wait_for_url("**/ysqgk/done/")
    number = page.inner_text("#tracking-number").strip()
    code = page.inner_text("#access-code").strip()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    app = Application.objects.get(tracking_number=number)

    # --- staff, in their own browser session
    context = _playwright_browser.new_context(locale="zh-CN")
    staff = context.new_page()
    staff.goto(f"{live_server.url}/accounts/login/")
    staff.fill("#id_username", editor_a.username)
    staff.fill("#id_password", PASSWORD)
    staff.click("button[type=submit]")
    staff.wait_for_url(f"{live_server.url}/workspace/**")
    assert number in staff.content()  # the to-do list shows the new application
    staff.goto(f"{live_server.url}/workspace/foi/{app.pk}/")
    staff.click("form[action$='/confirm/'] button")
    staff.wait_for_selector("#form-correction")
    staff.fill("#cr-items", "请写明所需名单的乡镇范围")
    staff.fill("#cr-days", "10")
    staff.click("#form-correction button")
    staff.wait_for_selector("text=已发出补正告知书")
    assert "待申请人补正" in staff.inner_text("#app-status")
    context.close()

    # --- the citizen tracks the application
    page.goto(f"{live_server.url}/ysqgk/track/?n={number}")
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    page.wait_for_selector("#track-result")
    assert "待申请人补正" in page.inner_text("#track-status")
    events = page.inner_text("#track-events")
    assert "告知补正" in events and "请写明所需名单的乡镇范围" in events
    assert "补正告知书" in page.inner_text("#track-letters")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
