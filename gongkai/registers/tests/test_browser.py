"""In a real browser: the office opens a clean-up campaign of normative documents, two
units answer on their own pages (one on a phone), the office publishes the result list
and the public reads it."""

import datetime as dt

import pytest

from gongkai.registers.models import CleanupCampaign, NormativeDocument
from gongkai.registers.services import entry_transition
from gongkai.registers.tests.factories import normative

pytestmark = [pytest.mark.browser, pytest.mark.heavy, pytest.mark.django_db(transaction=True)]


def publish(actor, entry):
    return entry_transition(
        actor=actor,
        entry=entry_transition(actor=actor, entry=entry, action="submit"),
        action="publish",
    )


def logout(page):
    page.click(".nav-logout button")


def test_office_opens_a_cleanup_two_units_answer_results_published(
    page, live_server, login, office, editor_a, editor_b, gov, dept_a, dept_b
):
    publish(office, normative(office, dept_a, "低保审核确认办法", dt.date(2025, 3, 1)))
    publish(office, normative(office, dept_b, "招生入学管理办法", dt.date(2025, 4, 1)))

    login(page, office)
    page.goto(f"{live_server.url}/workspace/registers/cleanups/new/")
    page.select_option("#id_unit", str(gov.pk))
    page.fill("#id_title", "2026年度行政规范性文件清理")
    page.fill("#id_year", "2026")
    page.select_option("#id_scope_units", [str(dept_a.pk), str(dept_b.pk)])
    page.fill("#id_decided_on", "2026-06-30")
    page.click("form.rg-form button[type=submit]")
    page.wait_for_url("**/workspace/registers/cleanups/*/")
    page.click("text=启动清理")
    assert page.inner_text("#cleanup-stage") == "各单位清理中"
    table = page.inner_text("#cleanup-lines")
    assert "低保审核确认办法" in table and "招生入学管理办法" in table
    logout(page)

    login(page, editor_a)
    page.goto(f"{live_server.url}/workspace/registers/cleanup-lines/")
    body = page.inner_text("body")
    assert "低保审核确认办法" in body and "招生入学管理办法" not in body
    page.select_option("select[name=decision]", label="保留")
    page.fill("textarea[name=reason]", "符合现行规定，继续有效")
    page.click("form.rg-line button[type=submit]")
    assert "已报送：保留" in page.inner_text("body")
    logout(page)

    page.set_viewport_size({"width": 390, "height": 844})
    login(page, editor_b)
    page.goto(f"{live_server.url}/workspace/registers/cleanup-lines/")
    page.select_option("select[name=decision]", label="废止")
    page.fill("textarea[name=reason]", "上位政策调整，不再适用")
    page.click("form.rg-line button[type=submit]")
    assert "已报送：废止" in page.inner_text("body")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    logout(page)

    page.set_viewport_size({"width": 1200, "height": 900})
    login(page, office)
    campaign = CleanupCampaign.objects.get()
    page.goto(f"{live_server.url}/workspace/registers/cleanups/{campaign.pk}/")
    page.click("text=提交审核")
    page.click("text=审核并公开")
    assert page.inner_text("#entry-status") == "已公开"
    logout(page)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/xxgk/qd/cleanups/")
    page.click("text=2026年度行政规范性文件清理")
    table = page.inner_text("#cleanup-lines")
    assert "上位政策调整，不再适用" in table and "保留" in table and "废止" in table
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    repealed = NormativeDocument.objects.get(title="招生入学管理办法")
    assert (repealed.validity, repealed.validity_on) == ("repealed", dt.date(2026, 6, 30))
