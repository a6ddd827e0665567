"""The office uploads a plan, maps a unit name, sends it; a department reports progress
with a link to its published item; the office publishes the progress; the public sees it."""

from pathlib import Path

import pytest

from gongkai.supervision.models import Plan
from gongkai.supervision.tests.factories import published_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PLAN_FILE = Path(__file__).parent / "files" / "small_plan.txt"


def logout(page):
    page.click(".nav-logout button")


def test_plan_from_upload_to_public_progress(
    page, live_server, login, office, editor_a, dept_a, dept_b
):
    item = published_item(dept_a, "社会救助政策图解")
    login(page, office)
    page.goto(f"{live_server.url}/workspace/supervision/")
    page.set_input_files("#file", str(PLAN_FILE))
    page.click("text=导入为草稿")
    page.wait_for_url("**/workspace/supervision/plans/**")
    assert "已导入3项任务" in page.inner_text("body")
    assert "“县融媒体中心”对应为" in page.inner_text("body")
    page.select_option("select[aria-label=县融媒体中心]", label="测试县教育局")
    page.click(".sv-map button")
    assert "待对应的单位名称" not in page.inner_text("body")
    page.click("text=下发任务")
    assert page.inner_text("#plan-status") == "已下发"
    plan = Plan.objects.get()
    assert list(plan.tasks.get(number="3").lead_units.values_list("name", flat=True)) == [
        "测试县教育局"
    ]
    logout(page)

    # the department reports on a phone, with its published item as evidence
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, editor_a)
    page.goto(f"{live_server.url}/workspace/supervision/mine/")
    page.click("text=及时公开社会救助政策")
    page.select_option("#status", label="推进中")
    page.fill("#text", "已在门户网站发布政策图解")
    page.fill("#internal_note", "经费尚未到位")
    page.select_option("#evidence", label=item.title)
    page.click("form[action$='/report/'] button[type=submit]")
    body = page.inner_text("body")
    assert "进展已报送" in body and "已在门户网站发布政策图解" in body
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    logout(page)

    page.set_viewport_size({"width": 1200, "height": 900})
    login(page, office)
    page.goto(f"{live_server.url}/workspace/supervision/plans/{plan.pk}/")
    page.click("text=公开任务分解表")
    page.click("text=公开本期进展")
    assert "本期进展已公开" in page.inner_text("body")
    logout(page)

    page.goto(f"{live_server.url}/xxgk/zwgkgz/gzrw/")
    page.click(f"text={plan.title}")
    page.click("text=进展情况 >> nth=-1")
    body = page.inner_text("body")
    assert "已在门户网站发布政策图解" in body and "推进中" in body
    assert "经费尚未到位" not in body
    page.click(f"text={item.title}")
    page.wait_for_url(f"**/documents/{item.pk}/")
