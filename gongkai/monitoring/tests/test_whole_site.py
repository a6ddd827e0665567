"""Issue 17: the whole site, its columns found by itself, the national score.

A county site served on loopback by the test: a homepage whose navigation leads to news
and notices and to the 政府信息公开 section, whose own menu lists policy, planning,
personnel, budget (a GBK page), functions and a township list. Each column has a known
state relative to today.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from io import StringIO

import pytest
from aiohttp import web
from django.core.management import CommandError, call_command
from django.utils import timezone

from gongkai.monitoring import services
from gongkai.monitoring.columns import ColumnsFileError, parse_columns_file
from gongkai.monitoring.models import Column, CrawlRun, Site
from gongkai.monitoring.testserver import serve

pytestmark = pytest.mark.django_db


def _page(title: str, body: str, *, charset: str = "utf-8", footer: str = "") -> str:
    return (
        f'<!doctype html><html lang="zh"><head><meta charset="{charset}"><title>{title}</title>'
        "</head><body>"
        '<div class="nav"><a href="/">首页</a><a href="/gzdt/">工作动态</a>'
        '<a href="/tzgg/">通知公告</a><a href="/xxgk/">政府信息公开</a>'
        '<a href="/hd/">互动交流</a><a href="/sitemap.html">网站地图</a></div>'
        f"<div class='main'>{body}</div>"
        f"<div class='footer'>主办：示范县人民政府 {footer}</div></body></html>"
    )


def _list(rows) -> str:
    return (
        "<ul class='list'>"
        + "".join(
            f'<li><a href="{href}">{text}</a> <span>{date}</span></li>' for href, text, date in rows
        )
        + "</ul>"
    )


def county_app(today: dt.date) -> web.Application:
    def ago(days: int, fmt: str = "%Y-%m-%d") -> str:
        return (today - dt.timedelta(days=days)).strftime(fmt)

    recent = today - dt.timedelta(days=10)
    menu = (
        '<ul class="menu">'
        '<li><a href="/xxgk/zn/">政府信息公开指南</a></li>'
        '<li><a href="/xxgk/zcwj/">政策文件</a></li>'
        '<li><a href="/xxgk/ghjh/">规划计划</a></li>'
        '<li><a href="/xxgk/rsxx/">人事信息</a></li>'
        '<li><a href="/xxgk/czxx/">财政预决算</a></li>'
        '<li><a href="/xxgk/jgzn/">机构职能</a></li>'
        '<li><a href="/xxgk/xz/">乡镇专栏</a></li>'
        "</ul>"
    )
    footer = "网站标识码：5328000001 滇ICP备12345678号"
    pages: dict[str, str] = {
        "/": _page(
            "示范县人民政府",
            _list(
                [
                    ("/art/1.html", "县政府召开常务会议", ago(1, "%Y年%m月%d日")),
                    ("/gone.html", "已删除的文章", ago(2)),
                ]
            ),  # fmt: skip
            footer=footer,
        ),
        "/gzdt/": _page(
            "工作动态",
            _list([("/art/1.html", "常务会议", ago(3)), ("/art/2.html", "调研", ago(20))]),
        ),  # fmt: skip
        "/tzgg/": _page("通知公告", _list([("/art/3.html", "通知", ago(100, "%Y/%m/%d"))])),
        "/xxgk/": _page("政府信息公开", menu),
        "/hd/": _page("互动交流", "<form><textarea></textarea></form>"),
        "/sitemap.html": _page("网站地图", "<p>地图</p>"),
        "/xxgk/zn/": _page("政府信息公开指南", "<p>本指南说明申请方式。</p>"),
        "/xxgk/zcwj/": _page(
            "政策文件", _list([("/art/4.html", "旧政策", ago(300, "%Y年%m月%d日"))])
        ),
        "/xxgk/ghjh/": _page("规划计划", "<div class='list'>暂无信息</div>"),
        "/xxgk/rsxx/": _page("人事信息", _list([("/art/5.html", "任免通知", "")])),
        "/xxgk/jgzn/": _page("机构职能", "<p>主要职责：负责全县政务工作。</p>"),
        "/xxgk/xz/": _page(
            "乡镇专栏",
            _list([(f"/art/{6 + k}.html", f"乡镇信息{k}", ago(5 + k)) for k in range(4)])
            + '<a href="/xxgk/xz/index_1.html">下一页</a>',
        ),
        "/xxgk/xz/index_1.html": _page("乡镇专栏", _list([("/art/6.html", "乡镇信息", ago(30))])),
        "/special/": _page("专题专栏", _list([("/art/2.html", "专题", ago(40))])),
    }
    gbk_page = _page(
        "财政预决算",
        _list([("/art/10.html", "县级预算公开", f"{recent.year}年{recent.month}月{recent.day}日")]),
        charset="gbk",
    )
    for n in range(1, 11):
        links = '<a href="/missing2.html">附件</a>' if n == 2 else ""
        pages[f"/art/{n}.html"] = _page(f"文章{n}", f"<p>正文{n} 发布日期：{ago(n)}</p>{links}")

    async def html(request):
        return web.Response(text=pages[request.path], content_type="text/html")

    async def gbk(request):
        # GBK bytes and no charset in the header: only the page's <meta> says GBK.
        return web.Response(body=gbk_page.encode("gbk"), headers={"Content-Type": "text/html"})

    app = web.Application()
    for path in pages:
        app.router.add_get(path, html)
    app.router.add_get("/xxgk/czxx/", gbk)
    return app


@pytest.fixture
def county():
    with serve(county_app(timezone.localdate())) as base:
        yield base


def monitor(base: str, *args: str) -> dict:
    out = StringIO()
    call_command("monitor", base + "/", "--json", "--timeout", "2", *args, stdout=out)
    return json.loads(out.getvalue())


def test_whole_site_columns_found_judged_and_scored(gov, county):
    data = monitor(county, "--rate", "0", "--depth", "50")  # depth 50 is accepted
    run = CrawlRun.objects.get(pk=data["run"])
    assert run.depth == 50
    assert data["pages"] == 24  # every page linked on the site, articles included

    columns = {c["url"].replace(county, ""): c for c in data["columns"]}
    kinds = {path: c["kind"] for path, c in columns.items()}
    assert kinds == {
        "/gzdt/": "news",
        "/tzgg/": "notice",
        "/xxgk/zn/": "other",
        "/xxgk/zcwj/": "policy",
        "/xxgk/ghjh/": "policy",
        "/xxgk/rsxx/": "notice",
        "/xxgk/czxx/": "policy",
        "/xxgk/jgzn/": "other",
        "/xxgk/xz/": "other",  # no telling name, but a dated, paged list
    }  # 互动交流, 网站地图 and the section page itself are not columns
    names = {path: c["name"] for path, c in columns.items()}
    assert names["/xxgk/czxx/"] == "财政预决算"

    def state(path):
        c = columns[path]
        return (c["stale"], c["empty"], c["undated"])

    assert state("/gzdt/") == (False, False, False)
    assert state("/tzgg/") == (False, False, False)  # 100 days: within 6 months
    assert state("/xxgk/zcwj/") == (True, False, False)  # 300 days: stale
    assert state("/xxgk/ghjh/") == (False, True, True)  # 暂无信息: empty
    assert state("/xxgk/rsxx/") == (True, False, True)  # no date: not updated
    assert state("/xxgk/jgzn/") == (False, False, True)  # undated, but not time-limited
    # The GBK page's Chinese date was read: ten days ago.
    recent = timezone.localdate() - dt.timedelta(days=10)
    assert columns["/xxgk/czxx/"]["latest_date"] == recent.isoformat()
    assert state("/xxgk/czxx/") == (False, False, False)

    # The found columns are kept for the office to correct.
    site = Site.objects.get(url=county + "/")
    assert site.columns.filter(origin=Column.Origin.AUTO).count() == 9

    broken = {
        (b["url"].replace(county, ""), b["page"].replace(county, "")) for b in data["broken_links"]
    }
    assert broken == {("/gone.html", "/"), ("/missing2.html", "/art/2.html")}

    score = data["score"]
    deductions = {d["item"].split("：")[0]: d for d in score["deductions"]}
    assert set(deductions) == {"链接可用性", "栏目更新", "网站标识"}
    links = [d for d in score["deductions"] if d["item"].startswith("链接可用性")]
    assert [d["points"] for d in links] == [1.0, 0.1]
    assert "/gone.html" in links[0]["evidence"][0]
    assert "/missing2.html" in links[1]["evidence"][0]
    columns_lost = [d for d in score["deductions"] if d["item"].startswith("栏目更新")]
    assert [d["points"] for d in columns_lost] == [2.0, 2.0]  # 2 stale × 1, 1 empty × 2
    assert any("政策文件" in e for e in columns_lost[0]["evidence"])
    assert any("规划计划" in e for e in columns_lost[1]["evidence"])
    identity = deductions["网站标识"]
    assert identity["points"] == 2.0
    assert sorted(identity["evidence"]) == [
        "首页底部未见党政机关网站标识",
        "首页底部未见公安机关备案号",
    ]
    assert score["total"] == 92.9  # 100 − 1 − 0.1 − 2 − 2 − 2


def test_office_corrections_and_columns_file(gov, county, tmp_path):
    monitor(county, "--rate", "0")
    site = Site.objects.get(url=county + "/")
    # The office says 乡镇专栏 is news after all; and deletes the guide as a column.
    column = site.columns.get(url=county + "/xxgk/xz/")
    services.column_update(actor=None, column=column, name="乡镇动态", kind="news", limit_days=None)
    services.column_delete(actor=None, column=site.columns.get(url=county + "/xxgk/zn/"))
    # A columns file adds one the navigation does not show and corrects 机构职能.
    path = tmp_path / "columns.csv"
    path.write_text(
        "url,kind,name,limit_days\n"
        f"{county}/special/,news,专题专栏,30\n"
        f"{county}/xxgk/jgzn/,notice,机构职能,\n",
        encoding="utf-8",
    )
    data = monitor(county, "--rate", "0", "--columns", str(path))
    columns = {c["url"].replace(county, ""): c for c in data["columns"]}
    assert "/xxgk/zn/" not in columns  # deleted: not found again
    assert columns["/xxgk/xz/"]["kind"] == "news" and columns["/xxgk/xz/"]["name"] == "乡镇动态"
    assert columns["/xxgk/xz/"]["stale"] is False  # five days old
    assert columns["/special/"]["kind"] == "news"
    assert columns["/special/"]["stale"] is True  # 40 days > its own 30-day limit
    assert columns["/xxgk/jgzn/"]["kind"] == "notice"
    assert columns["/xxgk/jgzn/"]["stale"] is True  # now time-limited, and undated
    assert site.columns.get(url=county + "/special/").origin == Column.Origin.FILE


def test_columns_file_json_and_errors():
    specs = parse_columns_file(
        json.dumps(
            [{"url": "http://x.gov.cn/a/", "kind": "policy", "name": "政策文件", "limit_days": 90}]
        )  # fmt: skip
    )
    assert (specs[0].kind, specs[0].limit_days) == ("policy", 90)
    with pytest.raises(ColumnsFileError, match="首行"):
        parse_columns_file("address,type\nhttp://x/,news\n")
    with pytest.raises(ColumnsFileError, match="第 2 行.*news、notice、policy 或 other"):
        parse_columns_file("url,kind,name\nhttp://x/,weekly,周报\n")


def test_bad_columns_file_is_a_chinese_error(gov, county, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("url,kind\n", encoding="utf-8")
    with pytest.raises(CommandError, match="栏目文件有误"):
        monitor(county, "--columns", str(path))
    with pytest.raises(CommandError, match="无法读取栏目文件"):
        monitor(county, "--columns", str(tmp_path / "none.csv"))


def test_rate_zero_lifts_the_limit_and_site_rate_is_used(gov, county, settings):
    """At the platform's 2 requests per second the ~30 URLs take over 10 s; --rate 0 not."""
    settings.GONGKAI_MONITORING = {"rate": 2.0, "timeout": 2.0}
    started = time.monotonic()
    data = monitor(county, "--rate", "0")
    assert time.monotonic() - started < 8
    assert data["links"] >= 25
    site = Site.objects.get(url=county + "/")
    assert services.crawl_settings(site).rate == 2.0
    services.site_update(actor=None, site=site, depth=None, rate=0)
    assert services.crawl_settings(Site.objects.get(pk=site.pk)).rate == 0


def test_page_budget_checks_links_without_reading_more_pages(gov, county):
    data = monitor(county, "--rate", "0", "--max-pages", "5")
    run = CrawlRun.objects.get(pk=data["run"])
    # The homepage, its first links and the column pages (always read) — not the articles.
    assert data["pages"] < 20
    assert run.items.filter(crawl=False, url__contains="/art/").exists()


def test_negative_rate_refused(gov, county):
    with pytest.raises(CommandError, match="--rate"):
        monitor(county, "--rate", "-1")
