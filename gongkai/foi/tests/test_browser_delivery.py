"""Browser (issue 14): a citizen applies asking for e-mail, staff reply 部分公开 with a
file holding an ID number, the citizen downloads the masked file from the tracking page."""

import pytest
from django.core import mail

from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import ID_NUMBER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LINE = f"低保对象李四，身份证号{ID_NUMBER}。发放标准每人每月600元。"


def test_citizen_downloads_the_masked_file_after_a_partly_reply(
    page, live_server, _playwright_browser, dept_a, editor_a, reviewer_a, login, tmp_path
):
    # --- the citizen, on a phone
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/ysqgk/")
    page.select_option("#id_unit", str(dept_a.pk))
    page.select_option("#id_applicant_type", "natural")
    page.fill("#id_applicant_name", "王五")
    page.fill("#id_id_number", ID_NUMBER)
    page.fill("#id_phone", "13900000000")
    page.fill("#id_email", "wangwu@example.com")
    page.fill("#id_description", "本县2025年城乡低保名单及发放标准")
    page.select_option("#id_form_wanted", "email")
    page.select_option("#id_delivery_route", "email")
    page.click("button[type=submit]")
    page.wait_for_url("**/ysqgk/done/")
    number = page.inner_text("#tracking-number").strip()
    code = page.inner_text("#access-code").strip()
    app = Application.objects.get(tracking_number=number)

    # --- staff confirm and reply 部分公开 with the file
    context = _playwright_browser.new_context(locale="zh-CN")
    staff = context.new_page()
    login(staff, editor_a)
    staff.goto(f"{live_server.url}/workspace/foi/{app.pk}/")
    staff.click("form[action$='/confirm/'] button")
    staff.wait_for_selector("#form-reply")
    upload = tmp_path / "低保名单.txt"
    upload.write_text(LINE, encoding="utf-8")
    staff.select_option("#form-reply select[name=outcome]", "partly")
    staff.fill("#form-reply textarea[name=reasons]", "名单中的个人信息不予公开")
    staff.set_input_files("#rp-files", str(upload))
    staff.click("#form-reply button[type=submit]")
    staff.wait_for_selector("text=答复稿已提交审核")
    context.close()
    # --- the unit's 审核员 approves the reply, which is sent then (答复审核)
    context = _playwright_browser.new_context(locale="zh-CN")
    staff = context.new_page()
    login(staff, reviewer_a)
    staff.goto(f"{live_server.url}/workspace/foi/{app.pk}/")
    staff.click("#form-reply-approve button[type=submit]")
    staff.wait_for_selector("text=答复审核通过，答复书已生成并发出")
    assert "已发送" in staff.inner_text("#deliveries")
    context.close()
    assert mail.outbox and mail.outbox[-1].to == ["wangwu@example.com"]

    # --- the citizen downloads the masked file from the tracking page
    page.goto(f"{live_server.url}/ysqgk/track/?n={number}")
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    page.wait_for_selector("#track-files")
    href = page.get_attribute("#track-files a", "href")
    assert code not in href
    with page.expect_download() as info:
        page.click("#track-files a")
    body = tmp_path / "got.txt"
    info.value.save_as(body)
    text = body.read_text(encoding="utf-8")
    assert "600元" in text and ID_NUMBER not in text
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
