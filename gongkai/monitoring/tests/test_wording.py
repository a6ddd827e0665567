"""Issue 16: the monitor runs the wording check (错敏词) over crawled pages (RULES §7).

A site on loopback with a page that names a leader with a wrong title and misspells a
fixed formulation, a page with an outdated organ name (listed, not a veto), a clean
page, and a link to a page outside the site with a wrong wording (not the site's).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from aiohttp import web

from gongkai.monitoring import services, wording
from gongkai.monitoring.models import CrawlRun
from gongkai.monitoring.tests.conftest import TEST_SETTINGS
from gongkai.monitoring.testserver import serve

pytestmark = pytest.mark.django_db

APP = Path(__file__).resolve().parents[1]


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{title}</title>'
        f"<script>var s = '国务院总理习近平';</script></head><body>{body}</body></html>"
    )


def _app(pages: dict[str, str]) -> web.Application:
    async def html(request):
        return web.Response(text=pages[request.path], content_type="text/html")

    app = web.Application()
    for path in pages:
        app.router.add_get(path, html)
    return app


@pytest.fixture
def outside():
    """Another site (a different port) whose page has a wrong wording."""
    with serve(_app({"/x.html": _page("外站", "<p>台湾总统发表讲话</p>")})) as base:
        yield base


def _site_pages(outside: str) -> dict[str, str]:
    return {
        "/": _page(
            "示范县人民政府",
            '<ul><li><a href="/bad.html">学习会议</a></li><li><a href="/clean.html">新闻</a></li>'
            f'<li><a href="/old.html">旧闻</a></li><li><a href="{outside}/x.html">外站</a></li>'
            "</ul><p>坚持以习近平新时代中国特色社会主义思想为指导。</p>",
        ),
        "/bad.html": _page(
            "学习会议",
            "<p>会议传达了国务院总理习近平的重要讲话精神，强调坚持中国特色社会主意道路。</p>",
        ),
        "/clean.html": _page(
            "新闻", "<p>国家主席习近平、国务院总理李强出席。推动高质量发展，实现乡村振兴。</p>"
        ),
        "/old.html": _page("旧闻", "<p>2016年，县国土资源局转发国土资源部通知。</p>"),
    }


def _check(gov, base: str) -> CrawlRun:
    site = services.site_create(actor=None, unit=gov, name="示范站", url=base + "/", depth=2)
    run = services.run_request(actor=None, site=site)
    return services.run_execute(run_id=run.pk, settings=TEST_SETTINGS)


def test_wrong_wording_on_a_crawled_page_fails_the_security_item(gov, outside):
    with serve(_app(_site_pages(outside))) as base:
        run = _check(gov, base)
    assert run.status == CrawlRun.Status.DONE
    item = {v["code"]: v for v in run.verdict}["wording"]
    assert item["status"] == "fail"
    assert run.passed is False
    assert item["evidence"] == "严重表述错误 2 处，另有过时表述 1 处待核查"
    found = {(e["type"], e["text"], e["suggestion"]): e["urls"] for e in wording.findings(run)}
    assert found == {
        ("leader_title", "国务院总理习近平", "中共中央总书记、国家主席、中央军委主席习近平"): [
            base + "/bad.html"
        ],
        ("formulation", "中国特色社会主意", "中国特色社会主义"): [base + "/bad.html"],
        ("outdated", "国土资源部", "自然资源部"): [base + "/old.html"],
    }
    # The details say, in Chinese, what is wrong, what to write and where.
    first, second, third = item["details"]
    assert first.startswith(
        "领导人职务错误：“国务院总理习近平”，建议改为“中共中央总书记、国家主席、中央军委主席习近平”。"
    )
    assert f"页面：{base}/bad.html" in first
    assert second.startswith("规范表述错误：“中国特色社会主意”，建议改为“中国特色社会主义”。")
    assert third.startswith(
        "过时表述：“国土资源部”，建议改为“自然资源部”（请结合页面发布时间核查）"
    )
    # The script's text, the clean page and the page of another site gave nothing.
    assert all("台湾总统" not in d for d in item["details"])
    assert sum(e["pages"] for e in wording.findings(run)) == 3


def test_clean_site_passes_with_nothing_listed(gov):
    pages = {
        "/": _page("首页", '<a href="/a.html">新闻</a><p>推动高质量发展。</p>'),
        "/a.html": _page(
            "新闻", "<p>国家主席习近平，国务院总理李强。全面建设社会主义现代化国家。</p>"
        ),
    }
    with serve(_app(pages)) as base:
        run = _check(gov, base)
    item = {v["code"]: v for v in run.verdict}["wording"]
    assert item == {
        "code": "wording",
        "title": wording.TITLE,
        "status": "pass",
        "evidence": "抓取的页面中未发现错敏词",
        "details": [],
    }
    assert run.pages == 2


def test_a_site_wide_error_is_one_entry_with_its_pages_counted():
    discovery: dict = {}
    f = {"type": "sensitive", "label": "敏感词", "text": "北朝鲜", "suggestion": "朝鲜", "note": ""}
    for n in range(8):
        wording.record(discovery, f"http://x.invalid/{n}.html", [f, f])
    (entry,) = discovery["wording"].values()
    assert entry["pages"] == 8 and len(entry["urls"]) == wording.MAX_PAGES
    assert "等 8 个页面" in wording.describe(entry)


def _top_level_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_the_checker_is_imported_only_when_a_crawl_runs():
    for name in ("crawl.py", "verdict.py", "wording.py", "pages.py", "fetcher.py"):
        assert not any(m.startswith("gongkai.privacy") for m in _top_level_imports(APP / name))
