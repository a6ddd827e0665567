"""The search page in real headless Chromium, on a phone."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_searches_on_a_phone(page, live_server, corpus):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/search/")
    page.fill("#id_q", "泸政办发[2021]56号")
    page.click(".search-box button[type=submit]")
    first = page.locator(".search-hit").first
    assert "泸水市人民政府办公室关于印发" in first.inner_text()
    assert page.locator(".search-hit mark").count() > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # filters, then an empty result with suggestions
    page.fill("#id_q", "低保")
    page.click("summary")
    page.select_option("#id_year", "2017")
    page.click(".filters button[type=submit]")
    assert "没有找到" in page.inner_text("main") or page.locator(".search-hit").count() >= 1
    page.fill("#id_q", "火星探测器")
    page.click(".search-box button[type=submit]")
    assert "可以试试" in page.inner_text("main")
    page.click(".no-results a:text-is('低保')")
    page.wait_for_url("**/search/?q=%E4%BD%8E%E4%BF%9D")
    assert page.locator(".search-hit").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
