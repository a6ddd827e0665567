"""A full check of the defect site: every defect found and nothing else (RULES §7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import importlib.util

import pytest
from django.utils import timezone

from gongkai.monitoring import services
from gongkai.monitoring.models import BrokenLink, Column, CrawlItem, CrawlRun
from gongkai.monitoring.tests.conftest import TEST_SETTINGS, TIMEOUT

pytestmark = pytest.mark.django_db

COLUMNS = [
    ("政务动态", "/news/", Column.Kind.NEWS),
    ("通知公告", "/notice/", Column.Kind.NOTICE),
    ("部门动态", "/stale-news/", Column.Kind.NEWS),
    ("政策文件", "/stale-policy/", Column.Kind.POLICY),
    ("专项工作", "/empty/", Column.Kind.OTHER),
    ("人事信息", "/nodate/", Column.Kind.NOTICE),
]


def make_site(unit, base, depth=2):
    site = services.site_create(actor=None, unit=unit, name="示范站", url=base + "/", depth=depth)
    for name, path, kind in COLUMNS:
        services.column_create(actor=None, site=site, name=name, url=base + path, kind=kind)
    return site


def check(site) -> CrawlRun:
    run = services.run_request(actor=None, site=site)
    return services.run_execute(run_id=run.pk, settings=TEST_SETTINGS)


def test_every_defect_found_and_nothing_else(gov, defect_site):
    site = make_site(gov, defect_site)
    run = check(site)
    assert run.status == CrawlRun.Status.DONE
    found = {(b.url.replace(defect_site, ""), b.error, b.status) for b in run.broken_links.all()}
    refused = next(b.url for b in run.broken_links.all() if b.error == "refused")
    assert found == {
        ("/missing.html", "http", 404),
        ("/error.html", "http", 500),
        ("/slow.html", "timeout", None),
        ("/loop-a", "redirect_loop", None),
        ("/img/missing.png", "http", 404),
        ("/css/missing.css", "http", 404),
        ("http://nosuch.invalid/", "dns", None),
        (refused, "refused", None),
    }
    # Each broken link says where it is and what it is called.
    missing = run.broken_links.get(url=defect_site + "/missing.html")
    assert missing.page == defect_site + "/"
    assert missing.text == "已删除的文章"
    assert run.broken_links.get(url=defect_site + "/img/missing.png").text == "丢失的图片"
    assert run.broken_links.get(url=defect_site + "/css/missing.css").tag == "link"
    assert run.broken == 8
    # robots.txt forbids /private/: not fetched, not reported.
    private = run.items.get(url=defect_site + "/private/secret.html")
    assert private.state == CrawlItem.State.SKIPPED
    # Pages reached through links were crawled (articles, the frame, the redirect target).
    assert run.items.filter(url=defect_site + "/frame.html", status=200).exists()
    assert run.pages >= 10

    checks = {c.url.replace(defect_site, ""): c for c in run.column_checks.all()}
    assert {p for p, c in checks.items() if c.stale} == {
        "/stale-news/",
        "/stale-policy/",
        "/nodate/",
    }
    assert {p for p, c in checks.items() if c.empty} == {"/empty/"}
    assert checks["/"].is_homepage and not checks["/"].stale
    assert "没有日期" in checks["/nodate/"].note
    # Header and footer dates (2001) are ignored; the list dates count.
    assert checks["/news/"].latest_date.year > 2001

    verdict = {v["code"]: v for v in run.verdict}
    assert verdict["homepage"]["status"] == "pass"
    assert verdict["stale_columns"]["status"] == "pass"  # 3 < 5
    assert "3 个" in verdict["stale_columns"]["evidence"]
    assert verdict["empty_columns"]["evidence"] == "空白栏目 1 个"
    assert verdict["unreachable"]["status"] == "not_measured"
    assert verdict["mailbox"]["status"] == "not_measured"
    assert run.passed is True


def test_trend_against_previous_run(gov, defect_site):
    site = make_site(gov, defect_site, depth=0)
    first = check(site)
    assert first.broken_new == first.broken == 8
    # A link broken last time and gone now counts as fixed.
    BrokenLink.objects.create(
        run=first, page="x", url="http://127.0.0.1:9/old", error="http", status=404
    )
    second = check(site)
    assert second.broken_still == 8
    assert second.broken_new == 0
    assert second.broken_fixed == 1
    assert second.fixed_urls == ["http://127.0.0.1:9/old"]
    assert not second.broken_links.filter(is_new=True).exists()
    # Queue rows of older runs are dropped; their broken links stay as history.
    assert not CrawlItem.objects.filter(run=first).exists()
    assert first.broken_links.count() == 9


def test_interrupted_run_resumes_from_its_queue_rows(gov, defect_site):
    """The queue lives in the database: a second call continues, nothing is fetched twice."""

    site = make_site(gov, defect_site)
    run = services.run_request(actor=None, site=site)
    part = services.run_execute(
        run_id=run.pk, settings=dataclasses.replace(TEST_SETTINGS, budget=3)
    )
    assert part.status == CrawlRun.Status.RUNNING
    done_first = set(run.items.filter(state=CrawlItem.State.DONE).values_list("url", flat=True))
    assert 0 < len(done_first) <= 3
    assert run.items.filter(state=CrawlItem.State.PENDING).exists()
    final = services.run_execute(run_id=run.pk, settings=TEST_SETTINGS)
    assert final.status == CrawlRun.Status.DONE
    twice = {p for (method, p), n in defect_site.hits.items() if method == "GET" and n > 1}
    # Every page fetched once across both calls; robots.txt is read once per call and
    # /news/ is also reached through /redirect (a different queue row).
    assert twice <= {"/robots.txt", "/news/"}
    assert defect_site.hits[("GET", "/")] == 1
    assert final.broken == 8
    assert final.column_checks.count() == 7  # homepage + six columns, each once


def test_mailbox_item_only_for_the_platform_and_only_when_measurable(gov, defect_site):
    """RULES §7: a valid message unanswered > 3 months; measured for our own portal only."""

    other = check(make_site(gov, defect_site, depth=0))
    assert {v["code"]: v for v in other.verdict}["mailbox"][
        "evidence"
    ] == "仅能核查本平台的留言办理情况"
    platform = services.site_create(
        actor=None, unit=gov, name="本平台", url=defect_site + "/news/", depth=0, is_platform=True
    )
    item = {v["code"]: v for v in check(platform).verdict}["mailbox"]
    try:
        available = importlib.util.find_spec("gongkai.participation.selectors") is not None
    except ModuleNotFoundError:
        available = False
    if available and hasattr(
        importlib.import_module("gongkai.participation.selectors"), "unanswered_over_three_months"
    ):
        assert item["status"] in ("pass", "fail")
        assert item["evidence"].startswith("超过3个月未答复的有效留言")
    else:
        assert item["status"] == "not_measured"
        assert "尚未提供查询接口" in item["evidence"]


def test_time_sliced_task_continues_until_done(
    gov, defect_site, settings, django_capture_on_commit_callbacks
):
    settings.GONGKAI_MONITORING = {"timeout": TIMEOUT, "rate": 0, "budget": 5}
    site = make_site(gov, defect_site, depth=1)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.run_request(actor=None, site=site)
    run.refresh_from_db()
    assert run.status == CrawlRun.Status.DONE
    assert run.broken == 8


def test_stalled_run_is_queued_again(
    gov, defect_site, settings, django_capture_on_commit_callbacks
):
    settings.GONGKAI_MONITORING = {"timeout": TIMEOUT, "rate": 0}
    site = make_site(gov, defect_site, depth=0)
    stalled = services.run_request(actor=None, site=site)  # never reaches a worker
    CrawlRun.objects.filter(pk=stalled.pk).update(
        status=CrawlRun.Status.RUNNING, heartbeat=timezone.now() - dt.timedelta(hours=2)
    )
    with django_capture_on_commit_callbacks(execute=True):
        again = services.run_request(actor=None, site=site)
    assert again.pk == stalled.pk
    again.refresh_from_db()
    assert again.status == CrawlRun.Status.DONE
    # A run that is merely slow (recent heartbeat) is left alone.
    busy = CrawlRun.objects.create(
        site=site, status=CrawlRun.Status.RUNNING, heartbeat=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert services.run_request(actor=None, site=site) == busy
    assert callbacks == []


def test_a_department_site_in_a_folder_is_crawled_only_inside_it(gov, defect_site):
    site = services.site_create(
        actor=None, unit=gov, name="栏目站", url=defect_site + "/news/", depth=3
    )
    run = check(site)
    article = run.items.get(url=defect_site + "/art/1.html")
    assert not article.internal and not article.crawl  # checked, not crawled
    assert article.status == 200
    assert not run.items.filter(url=defect_site + "/frame.html").exists()
