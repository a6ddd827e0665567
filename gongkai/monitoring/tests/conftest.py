"""A small government site with known defects, served on 127.0.0.1 by the test itself."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter

import pytest
from aiohttp import web
from django.utils import timezone

from gongkai.monitoring.crawl import CrawlSettings
from gongkai.monitoring.testserver import closed_port, serve

HITS = web.AppKey("hits", Counter)

#: Every crawl of the defect site waits this long for its slow page (which answers after 6
#: seconds): short, since every test that crawls the site waits it out, yet far above what
#: any other page of the site takes on a busy machine.
TIMEOUT = 1.0
TEST_SETTINGS = CrawlSettings(concurrency=8, per_host=8, rate=0, timeout=TIMEOUT)


def _page(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8">'
        f'<link rel="stylesheet" href="/css/site.css"><title>{title}</title></head>'
        f'<body><header><a href="/">首页</a> 2001-01-01</header>{body}'
        "<footer>版权所有 示范县人民政府 2001年1月1日</footer></body></html>"
    )


def _listing(rows: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<li><a href="{href}">{text}</a><span>{date}</span></li>' for href, text, date in rows
    )
    return f"<ul class='list'>{items}</ul>"


def defect_site_app(today: dt.date, refused_port: int) -> web.Application:
    def d(days: int, fmt: str = "%Y-%m-%d") -> str:
        return (today - dt.timedelta(days=days)).strftime(fmt)

    recent_cn = today - dt.timedelta(days=2)
    pages = {
        "/": _page(
            "示范县人民政府",
            '<nav><a href="/news/">政务动态</a><a href="/notice/">通知公告</a>'
            '<a href="/stale-news/">部门动态</a><a href="/stale-policy/">政策文件</a>'
            '<a href="/empty/">专项工作</a><a href="/nodate/">人事信息</a></nav>'
            + _listing(
                [
                    (
                        "/art/1.html",
                        "县政府召开常务会议",
                        f"{recent_cn.year}年{recent_cn.month}月{recent_cn.day}日",
                    ),
                    ("/missing.html", "已删除的文章", d(3)),
                    ("/error.html", "出错的页面", d(4)),
                    (f"http://127.0.0.1:{refused_port}/x.html", "关闭的端口", d(5)),
                    ("/slow.html", "很慢的页面", d(6)),
                    ("/loop-a", "循环跳转", d(7)),
                    ("/redirect", "正常跳转", d(8)),
                    ("http://nosuch.invalid/", "不存在的域名", d(9)),
                    ("/private/secret.html", "robots 禁止", d(9)),
                ]
            )
            + '<img src="/img/ok.png" alt="标志"><img src="/img/missing.png" alt="丢失的图片">'
            '<link rel="stylesheet" href="/css/missing.css"><script src="/js/app.js"></script>'
            '<iframe src="/frame.html"></iframe>',
        ),
        "/news/": _page(
            "政务动态", _listing([("/art/1.html", "会议", d(3)), ("/art/2.html", "调研", d(20))])
        ),
        "/notice/": _page(
            "通知公告", _listing([("/art/3.html", "通知", d(10, "%Y/%m/%d").replace("/0", "/"))])
        ),
        "/stale-news/": _page("部门动态", _listing([("/art/4.html", "旧动态", d(30))])),
        "/stale-policy/": _page(
            "政策文件", _listing([("/art/5.html", "旧政策", d(240, "%Y年%m月%d日"))])
        ),
        "/empty/": _page("专项工作", "<div class='list'>暂无信息</div>"),
        "/nodate/": _page("人事信息", _listing([("/art/6.html", "任免通知", "")])),
        "/frame.html": _page("嵌入", "<p>框架</p>"),
        "/private/secret.html": _page("内部", "<p>内部</p>"),
    }
    for n in range(1, 7):
        pages[f"/art/{n}.html"] = _page(f"文章{n}", f"<p>正文{n}</p><p>发布日期：{d(n)}</p>")

    async def html(request):
        return web.Response(text=pages[request.path], content_type="text/html")

    async def error(request):
        return web.Response(status=500, text="服务器错误")

    async def slow(request):
        await asyncio.sleep(6)
        return web.Response(text=_page("慢", ""), content_type="text/html")

    async def loop_a(request):
        raise web.HTTPFound("/loop-b")

    async def loop_b(request):
        raise web.HTTPFound("/loop-a")

    async def redirect(request):
        raise web.HTTPMovedPermanently("/news/")

    async def static(request):
        kinds = {
            "/img/ok.png": "image/png",
            "/css/site.css": "text/css",
            "/js/app.js": "text/javascript",
        }
        return web.Response(body=b"x", content_type=kinds[request.path])

    async def robots(request):
        return web.Response(text="User-agent: *\nDisallow: /private/\n")

    hits: Counter = Counter()

    @web.middleware
    async def count(request, handler):
        hits[(request.method, request.path)] += 1
        return await handler(request)

    app = web.Application(middlewares=[count])
    app[HITS] = hits
    for path in pages:
        app.router.add_get(path, html)
    app.router.add_get("/error.html", error)
    app.router.add_get("/slow.html", slow)
    app.router.add_get("/loop-a", loop_a)
    app.router.add_get("/loop-b", loop_b)
    app.router.add_get("/redirect", redirect)
    for path in ("/img/ok.png", "/css/site.css", "/js/app.js"):
        app.router.add_get(path, static)
    app.router.add_get("/robots.txt", robots)
    return app


class DefectSite(str):
    """The base URL, plus ``hits``: how often each (method, path) was requested."""

    hits: Counter


@pytest.fixture
def defect_site():
    """Base URL of the defect site; it knows today's date so that freshness is stable."""
    app = defect_site_app(timezone.localdate(), closed_port())
    with serve(app, shutdown_timeout=0.05) as base:
        site = DefectSite(base)
        site.hits = app[HITS]
        yield site
