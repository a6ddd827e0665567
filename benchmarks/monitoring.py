"""Website-check benchmark: gongkai's crawler against LinkChecker on one local site.

Generates a site of about 5,000 HTML pages with a known set of defects — broken links
of every kind, and columns (栏目) that are stale or empty — serves it on 127.0.0.1 from
a separate process, then crawls it with gongkai (``gongkai monitor URL --json --rate 0``:
the whole site, columns found from the homepage navigation) and with LinkChecker
(``.venv/bin/linkchecker``, CSV output) at the same concurrency and timeout, rate limits
lifted for both. Prints pages per second, defects found, false reports and (gongkai
only: LinkChecker has no notion of columns) columns judged right.

    .venv/bin/python benchmarks/monitoring.py [--sections 50] [--per-section 98] [--threads 16]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import io
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMEOUT = 2  # seconds, both crawlers; the slow pages take twice as long
SLOW = 4
# Section s is a column named KINDS[s % 4][1]; every 10th from 3 is stale, from 7 empty.
KINDS = [
    ("news", "工作动态"),
    ("notice", "通知公告"),
    ("policy", "政策文件"),
    ("other", "机构职能"),
]


def column_plan(sections: int) -> dict[int, tuple[str, str, bool, bool]]:
    """Section -> (kind, name, stale, empty) as gongkai should judge it."""
    plan = {}
    for s in range(sections):
        kind, name = KINDS[s % 4]
        stale = s % 10 == 3 and kind != "other"  # other: no time limit
        empty = s % 10 == 7
        plan[s] = (kind, f"{name}{s}", stale, empty)
    return plan


# --- the generated site ------------------------------------------------------------


def plan(sections: int, per_section: int, closed_port: int) -> dict[str, list[tuple[str, str]]]:
    """Defects as {article path: [(tag, url path or absolute URL), ...]} and the known set."""
    defects: list[tuple[str, str]] = []
    defects += [("a", f"/gone/{k}.html") for k in range(20)]  # 404
    defects += [("a", f"/fail/{k}.html") for k in range(10)]  # 500
    defects += [("a", f"http://127.0.0.1:{closed_port}/closed/{k}.html") for k in range(5)]
    defects += [("a", f"/slow/{k}.html") for k in range(5)]  # timeout
    defects += [("a", f"/loop/{k}/a") for k in range(5)]  # redirect loop
    defects += [("img", f"/img/missing/{k}.png") for k in range(10)]  # broken image
    defects += [("link", f"/css/missing/{k}.css") for k in range(5)]  # broken stylesheet
    placed: dict[str, list[tuple[str, str]]] = {}
    listed = [s for s in range(sections) if s % 10 != 7]  # an empty column lists nothing
    total = len(listed) * per_section
    for i, defect in enumerate(defects):
        n = (i * 7919) % total  # spread over the site
        path = f"/s{listed[n // per_section]}/a{n % per_section}.html"
        placed.setdefault(path, []).append(defect)
    return placed


def page(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>'
        f'{title}</title><link rel="stylesheet" href="/static/site.css">'
        '<script src="/static/app.js"></script></head><body>'
        '<header><a href="/">首页</a><img src="/static/logo.png" alt="标志"></header>'
        f"{body}<footer>示范县人民政府 版权所有</footer></body></html>"
    )


def serve_site(sections: int, per_section: int, closed_port: int, port_queue) -> None:
    from aiohttp import web

    defects = plan(sections, per_section, closed_port)
    columns = column_plan(sections)
    today = dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()  # the site's local day

    def article(s: int, a: int) -> str:
        links = [f'<a href="/s{s}/">栏目 {s}</a>']
        if a > 0:
            links.append(f'<a href="/s{s}/a{a - 1}.html">上一篇</a>')
        if a + 1 < per_section:
            links.append(f'<a href="/s{s}/a{a + 1}.html">下一篇</a>')
        links.append(f'<img src="/img/{s}/{a}.png" alt="配图">')
        for tag, url in defects.get(f"/s{s}/a{a}.html", []):
            if tag == "a":
                links.append(f'<a href="{url}">相关链接</a>')
            elif tag == "img":
                links.append(f'<img src="{url}" alt="图片">')
            else:
                links.append(f'<link rel="stylesheet" href="{url}">')
        return page(
            f"文章 {s}-{a}",
            f"<h1>文章 {s}-{a}</h1><p>2026-01-{a % 28 + 1:02d}</p>" + "".join(links),
        )

    async def handle(request):
        p = request.path
        if p == "/":
            nav = "".join(f'<a href="/s{s}/">{columns[s][1]}</a>' for s in range(sections))
            body = f"<nav>{nav}</nav><ul><li><a href='/s0/a0.html'>县政府召开常务会议</a> {today}</li></ul>"
            return web.Response(text=page("首页", body), content_type="text/html")
        parts = p.strip("/").split("/")
        if parts[0].startswith("s") and parts[0][1:].isdigit():
            s = int(parts[0][1:])
            if s < sections and len(parts) == 1:
                _kind, _name, stale, empty = columns[s]
                day = today - dt.timedelta(days=400 if stale else 1)
                items = "".join(
                    f'<li><a href="/s{s}/a{a}.html">文章 {a}</a> {day}</li>'
                    for a in range(per_section)
                )
                if empty:
                    items = "<li>暂无信息</li>"
                return web.Response(
                    text=page(f"栏目 {s}", f"<ul>{items}</ul>"), content_type="text/html"
                )
            if s < sections and len(parts) == 2 and parts[1].startswith("a"):
                a = int(parts[1][1:].removesuffix(".html"))
                if a < per_section:
                    return web.Response(text=article(s, a), content_type="text/html")
        if parts[0] == "static" or (parts[0] == "img" and parts[1] != "missing"):
            ctype = {"css": "text/css", "js": "text/javascript"}.get(
                p.rsplit(".", 1)[-1], "image/png"
            )
            return web.Response(body=b"/* */", content_type=ctype)
        if parts[0] == "fail":
            return web.Response(status=500, text="error")
        if parts[0] == "slow":
            await asyncio.sleep(SLOW)
            return web.Response(text="slow", content_type="text/html")
        if parts[0] == "loop":
            other = "b" if parts[2] == "a" else "a"
            raise web.HTTPFound(f"/loop/{parts[1]}/{other}")
        return web.Response(status=404, text="not found")

    @web.middleware
    async def unthrottle(request, handler):
        # LinkChecker waits 0.1-0.6 s between requests to one host unless the server
        # sends a "LinkChecker" header; both crawlers run unpaced here.
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            exc.headers["LinkChecker"] = "unthrottled"
            raise
        response.headers["LinkChecker"] = "unthrottled"
        return response

    async def main():
        app = web.Application(middlewares=[unthrottle])
        app.router.add_route("*", "/{tail:.*}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=2048)
        await site.start()
        port_queue.put(runner.addresses[0][1])
        await asyncio.Event().wait()

    asyncio.run(main())


def known_defects(base: str, sections: int, per_section: int, closed_port: int) -> set[str]:
    urls = set()
    for defects in plan(sections, per_section, closed_port).values():
        for _tag, url in defects:
            urls.add(url if url.startswith("http") else base + url)
    return urls


# --- the two crawlers ---------------------------------------------------------------


def run_gongkai(base: str, threads: int, sections: int) -> tuple[float, int, int, set[str]]:
    tmp = tempfile.mkdtemp(prefix="gongkai-bench-")
    os.environ["GONGKAI_VAR_DIR"] = tmp
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.conf import settings

    from gongkai.core.models import Unit
    from gongkai.core.services import unit_create

    unit_create(name="基准测试县人民政府", kind=Unit.Kind.GOVERNMENT, code="015281722")
    # Same connection limits as LinkChecker's threads: per host too (one host here).
    settings.GONGKAI_MONITORING = {"per_host": threads}
    out = io.StringIO()
    started = time.perf_counter()
    call_command(
        "monitor", base + "/", "--json", "--rate", "0", "--concurrency", str(threads),
        "--timeout", str(TIMEOUT), stdout=out,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    print(f"gongkai peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    data = json.loads(out.getvalue())
    found = {b["url"] for b in data["broken_links"]}
    expected = column_plan(sections)
    judged = {c["url"]: c for c in data["columns"]}
    right = wrong = 0
    for s, (kind, _name, stale, empty) in expected.items():
        c = judged.get(f"{base}/s{s}/")
        if c and (c["kind"], c["stale"], c["empty"]) == (kind, stale, empty):
            right += 1
        else:
            wrong += 1
    extra_columns = len(set(judged) - {f"{base}/s{s}/" for s in expected})
    print(
        f"gongkai columns judged right {right}/{len(expected)} "
        f"(wrong or missed {wrong}, not a column but reported {extra_columns}); "
        f"score {data['score']['total']}"
    )
    return elapsed, data["pages"], data["links"], found


def run_linkchecker(base: str, threads: int) -> tuple[float, int, int, set[str]]:
    exe = Path(sys.executable).parent / "linkchecker"  # the venv running this script
    with tempfile.TemporaryDirectory(prefix="linkchecker-bench-") as tmp:
        rc = Path(tmp) / "linkcheckerrc"
        # No per-host throttle (default 10 requests per second) so both run unpaced.
        rc.write_text("[checking]\nmaxrequestspersecond=100000\n")
        os.chmod(tmp, 0o755)
        os.chmod(rc, 0o644)
        cmd = [
            str(exe),
            "--config", str(rc),
            "--threads", str(threads),
            "--timeout", str(TIMEOUT),
            "--check-extern",
            "--recursion-level", "-1",
            "--no-status",
            "--verbose",
            "--output", "csv",
            base + "/",
        ]  # fmt: skip
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=tmp)  # noqa: S603
        elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"linkchecker peak memory {peak:.0f} MB")
    lines = [ln for ln in proc.stdout.splitlines() if ln and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
    found, urls, pages = set(), set(), 0
    for row in reader:
        url = row.get("url") or ""
        if not url:
            continue
        urls.add(url)
        if row.get("valid") == "False":
            found.add(url)
        elif url.endswith((".html", "/")) and url.startswith(base):
            pages += 1
    if not urls:
        print(proc.stderr[-2000:], file=sys.stderr)
    return elapsed, pages, len(urls), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=50)
    parser.add_argument("--per-section", type=int, default=98)
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args()

    from gongkai.monitoring.testserver import closed_port

    port_closed = closed_port()
    port_queue = multiprocessing.Queue()
    server = multiprocessing.Process(
        target=serve_site,
        args=(args.sections, args.per_section, port_closed, port_queue),
        daemon=True,
    )
    server.start()
    try:
        base = f"http://127.0.0.1:{port_queue.get(timeout=30)}"
        empties = sum(1 for c in column_plan(args.sections).values() if c[3])
        pages_in_site = 1 + args.sections + (args.sections - empties) * args.per_section
        known = known_defects(base, args.sections, args.per_section, port_closed)
        print(f"site: {pages_in_site} HTML pages, {len(known)} known defects, "
              f"{args.threads} concurrent requests, {TIMEOUT}s timeout")  # fmt: skip
        results = {
            "linkchecker": run_linkchecker(base, args.threads),
            "gongkai": run_gongkai(base, args.threads, args.sections),
        }
        for name, (elapsed, pages, links, found) in results.items():
            hit = len(found & known)
            extra = len(found - known)
            print(
                f"{name:12s} {elapsed:7.1f} s  {pages_in_site / elapsed:7.1f} pages/s  "
                f"pages fetched {pages}  URLs checked {links}  "
                f"defects found {hit}/{len(known)} ({hit / len(known):.0%})  false reports {extra}"
            )
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
