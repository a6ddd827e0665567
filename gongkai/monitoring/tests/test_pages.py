"""Workspace pages, the check button, XLSX export, to-dos and unit scoping."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from gongkai.core.audit import audit_verify
from gongkai.core.models import AuditEvent
from gongkai.monitoring import services
from gongkai.monitoring.models import CrawlRun, Site
from gongkai.monitoring.tests.conftest import TIMEOUT
from gongkai.monitoring.tests.test_crawl import check, make_site
from gongkai.workspace.registry import todo_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def fast_checks(settings):
    settings.GONGKAI_MONITORING = {"timeout": TIMEOUT, "rate": 0, "concurrency": 8, "per_host": 8}


def login(client, user):
    client.force_login(user)
    return client


def test_report_page_and_xlsx_show_every_defect(client, office, gov, defect_site):
    site = make_site(gov, defect_site)
    run = check(site)
    login(client, office)
    index = client.get(reverse("monitoring:index"))
    assert index.status_code == 200
    assert "示范站" in index.content.decode()
    page = client.get(reverse("monitoring:run", args=[run.pk])).content.decode()
    for text in (
        "已删除的文章",
        "HTTP 404",
        "HTTP 500",
        "超时",
        "连接被拒绝",
        "重定向循环",
        "域名解析失败",
    ):
        assert text in page
    assert "页面上没有日期，视为未更新" in page
    assert "空白栏目" in page
    assert client.get(reverse("monitoring:site", args=[site.pk])).status_code == 200

    response = client.get(reverse("monitoring:run_xlsx", args=[run.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    wb = load_workbook(io.BytesIO(response.content))
    assert wb.sheetnames == ["单项否决", "扣分指标", "栏目更新", "失效链接"]
    links = list(wb["失效链接"].iter_rows(min_row=2, values_only=True))
    assert len(links) == 8
    assert {r[4] for r in links} >= {"HTTP 404", "HTTP 500", "超时", "重定向循环"}


def test_button_enqueues_a_check_that_the_worker_runs(
    client, office, gov, defect_site, fast_checks, django_capture_on_commit_callbacks
):
    site = make_site(gov, defect_site, depth=1)
    login(client, office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("monitoring:site_run", args=[site.pk]), {"depth": "1"})
    run = CrawlRun.objects.get(site=site)
    assert response.status_code == 302
    assert response["Location"] == reverse("monitoring:run", args=[run.pk])
    # The test settings use the immediate task backend: the worker ran it already.
    assert run.status == CrawlRun.Status.DONE
    assert run.broken == 8
    assert AuditEvent.objects.filter(action="monitoring.run_request").exists()
    assert AuditEvent.objects.filter(action="monitoring.run_finish").exists()
    assert audit_verify().ok


def test_bad_depth_is_a_chinese_message_not_a_500(client, office, gov):
    site = services.site_create(actor=None, unit=gov, name="站", url="http://127.0.0.1:9/")
    login(client, office)
    response = client.post(
        reverse("monitoring:site_run", args=[site.pk]), {"depth": "-1"}, follow=True
    )
    assert response.status_code == 200
    assert "抓取深度应为不小于 0 的整数" in response.content.decode()
    assert not CrawlRun.objects.exists()
    # No upper limit: a deep crawl is a choice, not an error (issue 17).
    client.post(reverse("monitoring:site_run", args=[site.pk]), {"depth": "50"})
    assert CrawlRun.objects.get().depth == 50


def test_add_site_form_validates_url(client, office):
    login(client, office)
    response = client.post(
        reverse("monitoring:index"),
        {"name": "x", "url": "ftp://example", "unit": office.unit_id, "depth": 2},
    )
    assert response.status_code == 200
    assert "http:// 或 https://" in response.content.decode()
    assert not Site.objects.exists()
    response = client.post(
        reverse("monitoring:index"),
        {"name": "教育局网站", "url": "http://58.0.0.1/jy", "unit": office.unit_id, "depth": 2},
    )
    assert response.status_code == 302
    assert Site.objects.get().name == "教育局网站"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.1.1/admin/",
        "http://172.16.0.5/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.100.100.200/latest/meta-data/",
        "http://metadata.google.internal/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_add_site_form_refuses_internal_addresses(client, office, url):
    """Issue 24 item 10: the workspace cannot point the crawler inside the network."""
    login(client, office)
    response = client.post(
        reverse("monitoring:index"), {"name": "内网", "url": url, "unit": office.unit_id}
    )
    assert response.status_code == 200
    assert "不能监测内部网络地址" in response.content.decode()
    assert not Site.objects.exists()


def test_allowed_internal_range_and_command_line_are_not_refused(client, office, settings, gov):
    settings.GONGKAI_MONITOR_ALLOW_INTERNAL = ["10.20.0.0/16"]
    login(client, office)
    ok = client.post(
        reverse("monitoring:index"),
        {"name": "内网站", "url": "http://10.20.3.4/", "unit": office.unit_id},
    )
    assert ok.status_code == 302
    refused = client.post(
        reverse("monitoring:index"),
        {"name": "另一内网站", "url": "http://10.30.3.4/", "unit": office.unit_id},
    )
    assert "不能监测内部网络地址" in refused.content.decode()
    # The services (command line, tests) take loopback sites as before.
    services.site_create(actor=None, unit=gov, name="本机", url="http://127.0.0.1:9/")
    assert Site.objects.count() == 2


def test_new_problems_become_todos_for_the_sites_unit(
    gov, dept_a, dept_b, editor_a, editor_b, defect_site
):
    site = make_site(dept_a, defect_site, depth=0)
    check(site)
    titles = [i.title for i in todo_for(editor_a)]
    assert "示范站：新增 8 个失效链接" in titles
    assert not [t for t in (i.title for i in todo_for(editor_b)) if t.startswith("示范站")]
    # A second run with the same defects has nothing new to do.
    check(site)
    assert not [t for t in (i.title for i in todo_for(editor_a)) if t.startswith("示范站")]


def test_failed_veto_item_is_a_todo(dept_a, editor_a, defect_site):
    site = services.site_create(
        actor=None, unit=dept_a, name="旧站", url=defect_site + "/stale-news/", depth=0
    )
    run = check(site)
    verdict = {v["code"]: v for v in run.verdict}
    assert verdict["homepage"]["status"] == "fail"  # RULES §7: homepage not updated for 2 weeks
    assert run.passed is False
    assert any(i.title.startswith("旧站：首页") for i in todo_for(editor_a))


def test_other_units_staff_get_404_on_every_page(client, dept_a, editor_b):
    site = services.site_create(actor=None, unit=dept_a, name="民政站", url="http://127.0.0.1:9/mz")
    run = CrawlRun.objects.create(site=site, status=CrawlRun.Status.DONE, verdict=[])
    login(client, editor_b)
    assert "民政站" not in client.get(reverse("monitoring:index")).content.decode()
    assert client.get(reverse("monitoring:site", args=[site.pk])).status_code == 404
    assert client.get(reverse("monitoring:run", args=[run.pk])).status_code == 404
    assert client.get(reverse("monitoring:run_xlsx", args=[run.pk])).status_code == 404
    assert client.post(reverse("monitoring:site_run", args=[site.pk])).status_code == 404
    assert CrawlRun.objects.count() == 1


def test_only_the_office_adds_sites(client, editor_a):
    login(client, editor_a)
    client.post(
        reverse("monitoring:index"),
        {"name": "x", "url": "http://127.0.0.1:9/", "unit": editor_a.unit_id, "depth": 2},
    )
    assert not Site.objects.exists()


def test_platform_site_added_automatically(gov, settings):
    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:8000"}
    site = services.site_ensure_platform()
    assert site.is_platform and site.unit == gov and site.url == "http://127.0.0.1:8000/"
    assert services.site_ensure_platform() == site  # idempotent
    assert Site.objects.count() == 1


def test_demo_loader_is_idempotent(settings):
    from gongkai.core.demo import load_units
    from gongkai.monitoring.demo import load

    load_units()
    first = load()
    assert "本平台门户" in first
    load()
    assert Site.objects.filter(is_platform=True).count() == 1
    # Columns are found by each check, not written in (issue 17).
    assert Site.objects.get().columns.count() == 0


def test_queued_run_page_refreshes_itself_and_index_has_the_button(client, office, gov):
    site = services.site_create(actor=None, unit=gov, name="待测站", url="http://127.0.0.1:9/")
    run = services.run_request(actor=office, site=site)  # on_commit not run: stays queued
    client.force_login(office)
    page = client.get(reverse("monitoring:run", args=[run.pk])).content.decode()
    assert 'http-equiv="refresh"' in page
    assert "检测尚未完成" in page
    index = client.get(reverse("monitoring:index")).content.decode()
    assert reverse("monitoring:site_run", args=[site.pk]) in index


def test_overlong_url_is_refused_with_a_message(gov):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="网址过长"):
        services.site_create(actor=None, unit=gov, name="x", url="http://127.0.0.1/" + "a" * 600)


def test_pause_site_and_delete_column(client, office, gov, editor_b):
    site = services.site_create(actor=None, unit=gov, name="站", url="http://127.0.0.1:9/")
    column = services.column_create(
        actor=None, site=site, name="动态", url="http://127.0.0.1:9/dt/", kind="news"
    )
    client.force_login(editor_b)  # another unit: nothing is revealed or changed
    assert client.post(
        reverse("monitoring:site_active", args=[site.pk]), {"active": "0"}
    ).status_code in (403, 404)
    client.force_login(office)
    client.post(reverse("monitoring:site_active", args=[site.pk]), {"active": "0"})
    site.refresh_from_db()
    assert not site.active
    # Paused sites are left out of the daily schedule.
    services.schedule_checks()
    assert not CrawlRun.objects.filter(site=site).exists()
    client.post(reverse("monitoring:column_delete", args=[site.pk, column.pk]))
    assert not site.columns.exists()
    assert AuditEvent.objects.filter(action="monitoring.column_delete").exists()
    assert AuditEvent.objects.filter(action="monitoring.site_pause").exists()


def test_daily_schedule_queues_every_active_site(gov, settings):
    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:9/portal/"}
    services.site_create(actor=None, unit=gov, name="站", url="http://127.0.0.1:9/a/")
    assert services.schedule_checks() == 2  # that site and the platform portal, added now
    assert CrawlRun.objects.filter(status=CrawlRun.Status.QUEUED).count() == 2
    assert services.schedule_checks() == 2  # idempotent: the queued runs are reused
    assert CrawlRun.objects.count() == 2
