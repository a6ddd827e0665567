"""The office checks a site from the workspace on a phone and reads the report."""

import pytest

from gongkai.monitoring.tests.test_crawl import make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_office_runs_a_check_and_reads_the_report_on_a_phone(
    page, live_server, login, office, gov, defect_site, settings
):
    settings.GONGKAI_MONITORING = {"timeout": 2.0, "rate": 0}
    site = make_site(gov, defect_site, depth=1)
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, office)
    page.goto(f"{live_server.url}/workspace/monitoring/")
    page.click(f"text={site.name}")
    page.click("text=立即检测")
    # The test settings run tasks immediately, so the report is ready.
    page.wait_for_url("**/workspace/monitoring/runs/**")
    body = page.inner_text("body")
    assert "单项否决项" in body
    assert "共 8 个地址失效" in body
    assert "已删除的文章" in body
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_download() as download:
        page.click("text=导出 Excel（XLSX）")
    assert download.value.suggested_filename.endswith(".xlsx")
