"""The crawl of one run: the database queue on this thread, the network on another.

Every ORM call stays on the caller's thread (the worker, a command or a test), so the
run works inside a transaction-wrapped test and on SQLite. An asyncio loop in a helper
thread does the HTTP. At most ``2 × concurrency`` URLs are in flight; everything else —
the frontier and the set of URLs already seen — lives in ``CrawlItem`` rows, so memory
does not grow with the site and an interrupted run continues from its rows.
"""

from __future__ import annotations

import asyncio
import hashlib
import queue
import threading
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from gongkai.monitoring.fetcher import PAGE_TAGS, Fetcher, FetchResult, host_key, normalise
from gongkai.monitoring.models import Column, ColumnCheck, CrawlItem, CrawlRun, LinkRef


@dataclass
class CrawlSettings:
    concurrency: int = 16
    per_host: int = 8
    rate: float = 0.0  # requests per second per host; 0 = unpaced
    timeout: float = 15.0
    max_redirects: int = 10
    robots: bool = True
    batch: int = 500  # most results written to the database at once
    budget: int | None = None  # stop after this many URLs; the rest stays queued


# Hashes of URLs already queued, remembered to skip re-inserting them (bounded).
SEEN_CACHE = 100_000


def site_prefix(home: str) -> str:
    """What counts as in-site: the homepage's folder (a department site may live at
    ``http://www.example.gov.cn/mzj/`` beside its government's pages)."""
    parts = urlsplit(home)
    folder = parts.path[: parts.path.rfind("/") + 1] or "/"
    return f"{host_key(home)}{folder}"


def url_hash(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest()


class _Loop:
    """An asyncio loop in a daemon thread holding one Fetcher."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=self.loop.run_forever, name="monitor-http", daemon=True
        )

    def __enter__(self) -> _Loop:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.fetcher.__aenter__(), self.loop).result()
        return self

    def __exit__(self, *exc) -> None:
        try:
            asyncio.run_coroutine_threadsafe(self.fetcher.__aexit__(), self.loop).result(30)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(30)
            self.loop.close()


def _seed(run: CrawlRun, columns: dict[str, Column]) -> None:
    """First call: the homepage and every column page. Later calls (resume): requeue."""
    if run.items.exists():
        run.items.filter(state=CrawlItem.State.ACTIVE).update(state=CrawlItem.State.PENDING)
        return
    home = normalise(run.site.url) or run.site.url
    seeds = [
        CrawlItem(run=run, url=home, url_hash=url_hash(home), depth=0, crawl=True, internal=True)
    ]
    for url in columns:
        seeds.append(
            CrawlItem(
                run=run,
                url=url,
                url_hash=url_hash(url),
                depth=min(1, run.depth),
                crawl=True,
                internal=True,
            )
        )
    CrawlItem.objects.bulk_create(seeds, ignore_conflicts=True)


def crawl(run: CrawlRun, settings: CrawlSettings) -> bool:
    """Fetch and check the run's queued URLs; record results and column checks.

    Returns True when the queue is empty, False when ``settings.budget`` stopped it
    early (the remaining rows are picked up by the next call).
    """
    site = run.site
    home = normalise(site.url) or site.url
    in_site = site_prefix(home)
    columns: dict[str, Column] = {}
    for column in site.columns.all():
        url = normalise(column.url)
        if url:
            columns[url] = column
    _seed(run, columns)
    done_text = set(run.column_checks.values_list("url", flat=True))
    fetcher = Fetcher(
        concurrency=settings.concurrency,
        per_host=settings.per_host,
        rate=settings.rate,
        timeout=settings.timeout,
        max_redirects=settings.max_redirects,
        robots=settings.robots,
        today=timezone.localdate(),
    )
    results: queue.Queue = queue.Queue()
    max_inflight = max(2, settings.concurrency * 2)
    inflight = 0
    submitted = 0
    seen: set[str] = set()

    with _Loop(fetcher) as worker:

        def submit(item: CrawlItem) -> None:
            want_text = item.url == home or item.url in columns
            fut = asyncio.run_coroutine_threadsafe(
                fetcher.fetch(item.url, crawl=item.crawl, want_text=want_text), worker.loop
            )
            fut.add_done_callback(lambda f, item=item: results.put((item, f)))

        while True:
            room = max_inflight - inflight
            if settings.budget is not None:
                room = min(room, settings.budget - submitted)
            if room > 0:
                batch = list(
                    CrawlItem.objects.filter(run=run, state=CrawlItem.State.PENDING)
                    .order_by("id")
                    .only("id", "url", "depth", "crawl", "internal")[:room]
                )
                if batch:
                    CrawlItem.objects.filter(pk__in=[i.pk for i in batch]).update(
                        state=CrawlItem.State.ACTIVE
                    )
                    for item in batch:
                        submit(item)
                    inflight += len(batch)
                    submitted += len(batch)
            if inflight == 0:
                break
            done = [results.get()]
            while len(done) < settings.batch:
                try:
                    done.append(results.get_nowait())
                except queue.Empty:
                    break
            inflight -= len(done)
            _store(run, done, home, in_site, columns, done_text, seen)
    return not CrawlItem.objects.filter(run=run, state=CrawlItem.State.PENDING).exists()


def _store(run, done, home, in_site, columns, done_text, seen: set[str]) -> None:
    groups: dict[tuple, list[int]] = defaultdict(list)
    new_items: dict[str, CrawlItem] = {}
    refs: list[LinkRef] = []
    checks: list[ColumnCheck] = []
    pages = 0
    for item, fut in done:
        exc = fut.exception()
        result: FetchResult = (
            fut.result()
            if exc is None
            else FetchResult(url=item.url, error="connection", detail=str(exc)[:300])
        )
        if result.skipped:
            groups[(CrawlItem.State.SKIPPED, None, "", "", False)].append(item.pk)
            continue
        groups[
            (CrawlItem.State.DONE, result.status, result.error, result.detail, result.broken)
        ].append(item.pk)
        if item.crawl and result.html:
            pages += 1
        if item.url in columns or item.url == home:
            if item.url not in done_text:
                checks.append(_column_check(run, item.url, home, columns, result))
                done_text.add(item.url)
        if not (item.crawl and result.html and item.internal):
            continue
        # Links on a page outside the site (a redirect that left it) are not followed.
        if result.final_url and not result.final_url.startswith(in_site):
            continue
        page_hashes: dict[str, str] = {}
        for link in result.links:
            h = url_hash(link.url)
            if h not in page_hashes:
                page_hashes[h] = f"{h}\t{link.tag}\t{link.text}"
            if h in new_items or h in seen:
                continue
            internal = link.url.startswith(in_site)
            crawl = internal and link.tag in PAGE_TAGS and item.depth + 1 <= run.depth
            new_items[h] = CrawlItem(
                run=run,
                url=link.url,
                url_hash=h,
                depth=item.depth + 1,
                crawl=crawl or link.url in columns,
                internal=internal,
            )
        refs.append(LinkRef(run=run, page=item.url, links="\n".join(page_hashes.values())))
    if len(seen) > SEEN_CACHE:
        seen.clear()  # only a shortcut; the unique constraint is the real check
    seen.update(new_items)
    with transaction.atomic():
        for (state, status, error, detail, broken), pks in groups.items():
            CrawlItem.objects.filter(pk__in=pks).update(
                state=state, status=status, error=error, detail=detail, broken=broken
            )
        if new_items:
            CrawlItem.objects.bulk_create(new_items.values(), ignore_conflicts=True, batch_size=500)
        if refs:
            LinkRef.objects.bulk_create(refs, batch_size=500)
        if checks:
            ColumnCheck.objects.bulk_create(checks)
        # The heartbeat tells a stalled run (its worker died) from a long one.
        CrawlRun.objects.filter(pk=run.pk).update(
            pages=F("pages") + pages, heartbeat=timezone.now()
        )


def _column_check(run, url, home, columns, result: FetchResult) -> ColumnCheck:
    column = columns.get(url)
    is_home = url == home and column is None
    kind = column.kind if column else Column.Kind.NEWS
    name = column.name if column else "网站首页"
    limit = column.limit if column else Column.LIMITS[Column.Kind.NEWS]
    check = ColumnCheck(run=run, column=column, is_homepage=is_home, name=name, url=url, kind=kind)
    if result.broken or result.page_text is None:
        check.reachable = False
        check.stale = True
        check.note = ("无法打开：" + (result.detail or f"HTTP {result.status}"))[:200]
        return check
    text = result.page_text
    check.latest_date = text.latest
    check.entries = text.entries
    today = timezone.localdate()
    if not is_home and (text.empty_marker or (text.entries == 0 and text.latest is None)):
        check.empty = True
        check.note = "空白栏目：页面上没有任何条目"
    elif text.latest is None:
        check.stale = True
        check.note = "页面上没有日期，视为未更新"
    elif today - text.latest > limit:
        check.stale = True
        check.note = f"最新日期 {text.latest:%Y-%m-%d}，已超过 {limit.days} 天未更新"
    return check
