"""政府网站工作年度报表: generated from the data, editable, published with a Word file,
shown on the home page, and reminded on the to-do list in January."""

import datetime as dt
import io

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from gongkai.reports import website, website_services
from gongkai.reports.models import WebsiteReport
from gongkai.reports.tests import factories as f
from gongkai.workspace.registry import todo_for
from gongkai.zhaocuo import services as zhaocuo

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def data(dept_a):
    f.add_items(
        [f.item(dept_a, kind="news", published_on=D(2025, 3, i)) for i in range(1, 4)]
        + [f.item(dept_a, kind="interpretation", published_on=D(2025, 4, 2))]
        + [f.item(dept_a, kind="service_guide", published_on=D(2025, 5, 6))]
        + [f.item(dept_a, kind="news", published_on=D(2024, 5, 6))]
        + [f.item(dept_a, kind="news", published_on=D(2025, 6, 6), status="draft")]
    )
    f.add_applications([f.application(dept_a, received_on=D(2025, 2, 3)) for _ in range(2)])
    with time_machine.travel(timezone.make_aware(dt.datetime(2025, 6, 2, 9)), tick=False):
        zhaocuo.report_submit(kind="typo", description="首页有一个错别字", contact="13800000000")


def test_figures_come_from_the_data(data):
    figures, notes = website.compute(2025)
    assert figures["items_total"] == 5
    assert figures["items_news"] == 3
    assert figures["interpretations"] == 1
    assert figures["service_items"] == 1
    assert figures["service_catalogue"] is True
    assert figures["service_cases"] == 2
    assert figures["zhaocuo_received"] == 1
    assert figures["zhaocuo_answered"] == 0
    # rows the platform cannot know: 0 / 否, with a note for the office
    assert figures["weibo_posts"] == 0 and "未记录" in notes["weibo_posts"]
    assert figures["new_media"] is False and notes["new_media"]
    assert figures["security_incidents"] == 0 and notes["security_incidents"]
    assert set(figures) == set(website.TYPES)
    assert website.compute(2024)[0]["items_total"] == 1


def test_new_media_row_comes_from_the_registered_accounts(data, dept_a, dept_b):
    """The 移动新媒体 row reads the accounts the response app keeps: open at the end of the
    year counts, one closed during the year or opened after it does not."""
    from gongkai.response.models import NewMediaAccount

    def account(unit, platform, opened, closed=None, status="active"):
        NewMediaAccount.objects.create(
            unit=unit,
            platform=platform,
            name=f"{unit.name}{platform}",
            status=status,
            opened_on=opened,
            closed_on=closed,
        )

    account(dept_a, "wechat", D(2023, 1, 5))
    account(dept_b, "weibo", D(2025, 3, 1))
    account(dept_a, "douyin", D(2024, 1, 1), closed=D(2025, 7, 1), status="cancelled")
    account(dept_b, "wechat", D(2026, 2, 1))
    figures, notes = website.compute(2025)
    assert figures["new_media"] is True
    assert "共2个" in notes["new_media"] and "微信公众号1个" in notes["new_media"]
    assert "本年开办1个" in notes["new_media"] and "关停或注销1个" in notes["new_media"]
    assert website.compute(2022)[0]["new_media"] is False


def test_office_edits_survive_regeneration_and_publish(data, office, editor_a):
    with pytest.raises(PermissionDenied):
        website_services.website_report_generate(actor=editor_a, year=2025)
    report = website_services.website_report_generate(actor=office, year=2025)
    with pytest.raises(ValidationError) as exc:
        website_services.website_report_update(
            actor=office, report=report, values={"weibo_posts": "很多"}
        )
    assert "请填写不小于0的整数" in str(exc.value)
    website_services.website_report_update(
        actor=office, report=report, values={"weibo_posts": "120", "new_media": "是"}
    )
    report = website_services.website_report_generate(actor=office, year=2025)
    assert report.figures["weibo_posts"] == 120 and report.figures["new_media"] is True
    assert "weibo_posts" not in report.notes
    with pytest.raises(ValidationError) as exc:
        website_services.website_report_publish(actor=office, report=report)
    assert "单位负责人" in str(exc.value)
    website_services.website_report_update(
        actor=office,
        report=report,
        values={"leader": "李县长", "filler": "王公开", "phone": "0886-3621234"},
    )
    website_services.website_report_publish(actor=office, report=report)
    report.refresh_from_db()
    assert report.is_published
    with pytest.raises(ValidationError):
        website_services.website_report_generate(actor=office, year=2025)


def _published(office) -> WebsiteReport:
    report = website_services.website_report_generate(actor=office, year=2025)
    website_services.website_report_update(
        actor=office, report=report, values={"leader": "甲", "filler": "乙", "phone": "123"}
    )
    return website_services.website_report_publish(actor=office, report=report)


def test_public_pages_home_block_and_word_file(client, data, office):
    report = website_services.website_report_generate(actor=office, year=2025)
    assert client.get(f"/tongji/wzndbb/{report.pk}/").status_code == 404
    assert report.title not in client.get("/").content.decode()
    report = _published(office)
    home = client.get("/").content.decode()
    assert report.title in home and f"/tongji/wzndbb/{report.pk}/" in home
    page = client.get(f"/tongji/wzndbb/{report.pk}/").content.decode()
    assert "信息发布总数（条）" in page and 'data-key="items_total">5<' in page
    resp = client.get(f"/tongji/wzndbb/{report.pk}/docx/")
    from docx import Document

    doc = Document(io.BytesIO(resp.content))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "信息发布总数（条）" in cells
    assert cells[cells.index("信息发布总数（条）") + 1] == "5"
    assert report.title in client.get("/tongji/wzndbb/").content.decode()
    assert f"/tongji/wzndbb/{report.pk}/" in client.get("/sitemap.xml").content.decode()


def test_january_reminder_until_published(data, office):
    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 1, 10, 9)), tick=False):
        items = [i for i in todo_for(office) if i.kind == "网站年度报表"]
        assert len(items) == 1 and items[0].due == D(2026, 1, 31)
        _published(office)
        assert not [i for i in todo_for(office) if i.kind == "网站年度报表"]


def test_staff_edit_page_shows_chinese_errors(client, data, office):
    client.force_login(office)
    resp = client.post("/workspace/reports/website/", {"year": "2025"})
    report = WebsiteReport.objects.get(year=2025)
    assert resp["Location"] == f"/workspace/reports/website/{report.pk}/"
    page = client.post(resp["Location"], {"visits": "-3"}).content.decode()
    assert "网站总访问量（次）：请填写不小于0的整数" in page
    assert client.post(resp["Location"], {"visits": "3000"}).status_code == 302
    report.refresh_from_db()
    assert report.figures["visits"] == 3000
