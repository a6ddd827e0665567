"""Browser journeys: staff publish a report; a citizen reads it on a phone."""

import pytest

from gongkai.reports.models import AnnualReport
from gongkai.reports.tests.conftest import YEAR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reviewer_publishes_and_citizen_reads_on_phone(
    page, live_server, login, reviewer_a, dept_a, year_data
):
    login(page, reviewer_a)
    page.goto(f"{live_server.url}/workspace/reports/")
    page.select_option("#unit", str(dept_a.pk))
    page.fill("#year", str(YEAR))
    page.click("text=编制报告")
    page.wait_for_url("**/workspace/reports/*/")
    assert "通过" in page.inner_text(".checks")
    page.fill("#problems", "部分栏目更新不及时。")
    page.click("text=保存")
    page.click("text=检查并发布")
    assert "报告已发布" in page.inner_text(".messages")
    report = AnnualReport.objects.get(unit=dept_a, year=YEAR)
    assert report.status == "published" and report.problems == "部分栏目更新不及时。"

    phone = page.context.browser.new_context(viewport={"width": 390, "height": 844})
    p = phone.new_page()
    p.goto(f"{live_server.url}/xxgk/ndbg/")
    p.click(f"text={report.title}")
    assert "三、本年度办理结果" in p.inner_text("article")
    # the wide tables scroll inside their own box; the page itself does not overflow
    assert p.evaluate("document.documentElement.scrollWidth") <= 390
    p.goto(f"{live_server.url}/tongji/?year={YEAR}")
    assert p.locator("svg.chart").count() == 4
    assert p.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()
