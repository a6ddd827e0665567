"""网站地图 (HTML) and /sitemap.xml: built from the sections every app registers."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from gongkai.core import plugs
from gongkai.participation import services as participation
from gongkai.portal.sitemaps import register_section, sections, xml_sitemaps
from gongkai.reports.models import AnnualReport
from gongkai.testing import published_item as publish

pytestmark = pytest.mark.django_db


def _locs(client) -> set[str]:
    body = client.get("/sitemap.xml").content.decode()
    return {re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>(.*?)</loc>", body)}


def test_every_app_registers_a_section():
    names = {s.name for s in sections()}
    assert {"portal", "publishing", "foi", "participation", "reports", "search", "zhaocuo"} <= names


@pytest.mark.slow
def test_xml_lists_public_objects_of_every_app(client, editor_a, reviewer_a, dept_a):
    doc = publish(editor_a, reviewer_a, title="公开的通知")
    hidden = publish(editor_a, reviewer_a, title="将撤回的通知")
    from gongkai.publishing import services as pub

    pub.item_withdraw(actor=reviewer_a, item=hidden, note="误发")
    now = timezone.now()
    consultation = participation.consultation_create(
        actor=editor_a,
        unit=dept_a,
        title="征求意见",
        draft_text="第一条 为规范工作，制定本办法。",
        explanation="起草说明。",
        how_to_comment="在网站提交意见。",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=30),
        publish=True,
    )
    message, _code = participation.message_submit(
        kind="inquiry",
        unit=dept_a,
        subject="低保怎么申请",
        text="请问低保申请需要什么材料？",
        contact="13800001111",
        may_publish=True,
    )
    participation.message_answer(
        actor=editor_a, message=message, answer="请携带身份证到民政局办理。", publish=True
    )
    message.refresh_from_db()
    report = AnnualReport.objects.create(
        unit=dept_a, year=2025, status="published", published_at=now
    )
    draft_report = AnnualReport.objects.create(unit=dept_a, year=2024)
    locs = _locs(client)
    expected = {
        "/",
        "/wzdt/",
        "/xxgk/",
        "/xxgk/zn/",
        "/xxgk/fdzdgknr/xzfwj/",
        "/ysqgk/",
        "/hudong/",
        "/search/",
        "/zhaocuo/",
        "/xxgk/ndbg/",
        f"/documents/{doc.pk}/",
        f"/hudong/zhengji/{consultation.pk}/",
        f"/xxgk/ndbg/{report.pk}/",
    }
    assert expected <= locs, expected - locs
    if message.published:
        assert f"/hudong/xinxiang/{message.pk}/" in locs
    assert f"/documents/{hidden.pk}/" not in locs
    assert f"/xxgk/ndbg/{draft_report.pk}/" not in locs
    for loc in locs:
        assert client.get(loc).status_code == 200, loc


def test_a_new_app_plugs_in_with_one_registration(client, gov):
    register_section("test-extra", label="测试栏目", pages=[("测试页", "/tools/deadline/")])
    try:
        assert "/tools/deadline/" in _locs(client)
        assert "测试栏目" in client.get("/wzdt/").content.decode()
        assert "test-extra-pages" in xml_sitemaps()
    finally:
        plugs._sitemap_sections.pop("test-extra")


def test_html_site_map_shows_sections_and_the_column_tree(client, gov):
    body = client.get("/wzdt/").content.decode()
    for text in [
        "政府信息公开",
        "政府信息公开指南",
        "县政府文件",
        "县政府办公室文件",
        "部门文件",
        "重点领域信息",
        "依申请公开",
        "互动交流",
        "我为政府网站找错",
    ]:
        assert text in body, text
    assert 'href="/xxgk/fdzdgknr/bmwj/"' in body
    assert 'href="/wzdt/"' in client.get("/").content.decode()


def test_footer_mark_slot_uses_the_configured_image(client, gov, settings):
    assert "党政机关网站标识" not in client.get("/").content.decode()
    settings.GONGKAI_SITE = {
        **settings.GONGKAI_SITE,
        "mark_image": "/static/portal/mark.png",
        "mark_url": "https://example.cn/mark",
    }
    body = client.get("/xxgk/").content.decode()
    assert 'src="/static/portal/mark.png" alt="党政机关网站标识"' in body
    assert 'href="https://example.cn/mark"' in body


def test_each_page_is_listed_once(client, gov):
    body = client.get("/sitemap.xml").content.decode()
    locs = re.findall(r"<loc>(.*?)</loc>", body)
    assert len(locs) == len(set(locs))
