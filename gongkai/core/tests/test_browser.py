"""Browser journeys in real headless Chromium."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_computes_a_deadline_on_a_phone(page, live_server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/tools/deadline/")
    page.fill("#id_start", "2026-09-28")
    page.fill("#id_working_days", "20")
    page.click("button[type=submit]")
    assert "2026年10月30日" in page.inner_text("#result")
    # nothing overflows the phone's width
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390


def test_reading_aids_persist(page, live_server):
    page.goto(f"{live_server.url}/")
    page.click("button[data-font='1']")
    page.click("button[data-contrast]")
    page.goto(f"{live_server.url}/tools/deadline/")
    assert page.evaluate("document.documentElement.getAttribute('data-font')") == "1"
    assert page.evaluate("document.documentElement.classList.contains('contrast')")


def test_staff_logs_in_and_sees_the_workspace(page, live_server, login, office):
    login(page, office)
    assert "待办事项" in page.inner_text("h1")
