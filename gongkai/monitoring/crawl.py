"""The crawl of one run: the database queue on this thread, the network on another.

Every ORM call stays on the caller's thread (the worker, a command or a test), so the
run works inside a transaction-wrapped test and on SQLite. An asyncio loop in a helper
thread does the HTTP. At most ``2 × concurrency`` URLs are in flight; everything else —
the frontier and the set of URLs already seen — lives in ``CrawlItem`` rows, so memory
does not grow with the site and an interrupted run continues from its rows.

The whole site is crawled: the link depth is limited only when the run has one, the
number of pages by the run's page budget (past it, links are still checked but not
read). Column candidates are found on the way: the homepage's navigation and the
政府信息公开 section's navigation (``columns.py`` says which links are columns); their
freshness is stored on their queue rows and judged when the run ends.
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

from gongkai.core.bulk import update_rows
from gongkai.monitoring import columns as rules
from gongkai.monitoring import wording
from gongkai.monitoring.models import CrawlItem, CrawlRun, LinkRef
from gongkai.monitoring.pages import PAGE_TAGS, FetchResult, host_key, normalise


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
    external: bool = True  # check links that leave the site


# Hashes of URLs already queued, remembered to skip re-inserting them (bounded).
SEEN_CACHE = 100_000
REREAD = CrawlItem.REREAD  # fetched again only to read its freshness


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

    def __init__(self, fetcher):
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


def _seed(run: CrawlRun, column_urls) -> None:
    """First call: the homepage and every known column page. Later calls (resume): requeue."""
    if run.items.exists():
        run.items.filter(state=CrawlItem.State.ACTIVE).update(state=CrawlItem.State.PENDING)
        return
    home = normalise(run.site.url) or run.site.url
    seeds = [
        CrawlItem(run=run, url=home, url_hash=url_hash(home), depth=0, crawl=True, internal=True)
    ]
    first = 1 if run.depth is None else min(1, run.depth)
    for url in column_urls:
        seeds.append(CrawlItem(run=run, url=url, url_hash=url_hash(url), depth=first, crawl=True))
    for item in seeds[1:]:
        item.internal = item.url.startswith(site_prefix(home))
    CrawlItem.objects.bulk_create(seeds, ignore_conflicts=True)


class _State:
    """What the crawl of one run keeps in memory (all of it bounded)."""

    def __init__(self, run: CrawlRun):
        self.run = run
        self.home = normalise(run.site.url) or run.site.url
        self.in_site = site_prefix(self.home)
        self.columns: set[str] = set()
        for url in run.site.columns.filter(ignored=False).values_list("url", flat=True):
            if normal := normalise(url):
                self.columns.add(normal)
        self.ignored = {
            normalise(u)
            for u in run.site.columns.filter(ignored=True).values_list("url", flat=True)
        }
        discovery = run.discovery or {}
        self.candidates: dict[str, str] = dict(discovery.get("candidates", {}))
        self.sections: set[str] = set(discovery.get("sections", []))
        self.seen: set[str] = set()
        self.pages_queued = run.items.filter(crawl=True).count()

    def reads_text(self, url: str) -> bool:
        return url == self.home or url in self.columns or url in self.candidates

    def reads_nav(self, url: str) -> bool:
        return url == self.home or url in self.sections


def crawl(run: CrawlRun, settings: CrawlSettings, progress=None) -> bool:
    """Fetch and check the run's queued URLs; record results and page freshness.

    Returns True when the queue is empty, False when ``settings.budget`` stopped it
    early (the remaining rows are picked up by the next call). ``progress(n)`` is told
    each time ``n`` more URLs are done (a command's progress bar).
    """
    from gongkai.monitoring.fetcher import Fetcher  # aiohttp only where a crawl runs

    state = _State(run)
    _seed(run, state.columns)
    fetcher = Fetcher(
        concurrency=settings.concurrency,
        per_host=settings.per_host,
        rate=settings.rate,
        timeout=settings.timeout,
        max_redirects=settings.max_redirects,
        robots=settings.robots,
        today=timezone.localdate(),
        wording=wording.PageWording.start(),  # the 错敏词 lists, read on this thread
    )
    results: queue.Queue = queue.Queue()
    max_inflight = max(2, settings.concurrency * 2)
    inflight = 0
    submitted = 0

    with _Loop(fetcher) as worker:

        def submit(item: CrawlItem) -> None:
            coro = fetcher.fetch(
                item.url,
                crawl=item.crawl,
                want_text=state.reads_text(item.url),
                want_nav=state.reads_nav(item.url),
                check_wording=item.internal and not item.marks & REREAD,
            )
            fut = asyncio.run_coroutine_threadsafe(coro, worker.loop)
            fut.add_done_callback(lambda f, item=item: results.put((item, f)))

        while True:
            room = max_inflight - inflight
            if settings.budget is not None:
                room = min(room, settings.budget - submitted)
            if room > 0:
                batch = list(
                    CrawlItem.objects.filter(run=run, state=CrawlItem.State.PENDING)
                    .order_by("id")
                    .only("id", "url", "depth", "crawl", "internal", "marks")[:room]
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
            _store(state, done, settings)
            if progress is not None:
                progress(len(done))
    return not CrawlItem.objects.filter(run=run, state=CrawlItem.State.PENDING).exists()


def _discover(state: _State, result: FetchResult) -> list[str]:
    """Column candidates from a homepage or section page; returns the new ones."""
    found: list[str] = []
    pool = list(result.nav) + [
        link
        for link in result.links
        if link.tag == "a" and len(link.text) <= 8 and rules.classify(link.text)
    ]
    for link in pool:
        if len(state.candidates) >= rules.MAX_CANDIDATES:
            break
        url = link.url
        if (
            url == state.home
            or not url.startswith(state.in_site)
            or url in state.candidates
            or url in state.columns
            or url in state.ignored
            or rules.is_navigation_noise(link.text)
        ):
            continue
        state.candidates[url] = link.text[:100]
        found.append(url)
        if rules.is_section(link.text):
            state.sections.add(url)
    return found


def _store(state: _State, done, settings: CrawlSettings) -> None:
    run = state.run
    groups: dict[tuple, list[int]] = defaultdict(list)
    new_items: dict[str, CrawlItem] = {}
    refs: list[LinkRef] = []
    read: list[CrawlItem] = []
    reread: list[int] = []
    discovered: list[str] = []
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
        key = (CrawlItem.State.DONE, result.status, result.error, result.detail, result.broken)
        if result.page_text is not None:
            text = result.page_text
            item.latest, item.entries = text.latest, text.entries
            item.marks = (item.marks & REREAD) | (CrawlItem.EMPTY if text.empty_marker else 0)
            item.marks |= CrawlItem.PAGED if text.paged else 0
            item.marks |= CrawlItem.CONTENT if text.content else 0
            read.append(item)
        elif result.html and state.reads_text(item.url) and not item.marks & REREAD:
            reread.append(item.pk)  # became a candidate while it was in flight
        groups[key].append(item.pk)
        if item.marks & REREAD:
            continue  # its links were taken the first time
        wording.record(run.discovery, item.url, result.wording)
        if item.crawl and result.html:
            pages += 1
        if result.footer is not None and item.url == state.home:
            state.run.discovery["footer"] = result.footer.__dict__
        if result.nav or state.reads_nav(item.url):
            discovered += _discover(state, result)
        if not (item.crawl and result.html and item.internal):
            continue
        # Links on a page outside the site (a redirect that left it) are not followed.
        if result.final_url and not result.final_url.startswith(state.in_site):
            continue
        page_hashes: dict[str, str] = {}
        for link in result.links:
            internal = link.url.startswith(state.in_site)
            if not internal and not settings.external:
                continue
            h = url_hash(link.url)
            if h not in page_hashes:
                page_hashes[h] = f"{h}\t{link.tag}\t{link.text}"
            if h in new_items or h in state.seen:
                continue
            must = link.url in state.columns or link.url in state.candidates
            crawl = (
                internal
                and link.tag in PAGE_TAGS
                and (run.depth is None or item.depth + 1 <= run.depth)
                and state.pages_queued < run.max_pages
            )
            if crawl or must:
                state.pages_queued += 1
            new_items[h] = CrawlItem(
                run=run,
                url=link.url,
                url_hash=h,
                depth=item.depth + 1,
                crawl=crawl or must,
                internal=internal,
            )
        refs.append(LinkRef(run=run, page=item.url, links="\n".join(page_hashes.values())))
    if len(state.seen) > SEEN_CACHE:
        state.seen.clear()  # only a shortcut; the unique constraint is the real check
    state.seen.update(new_items)
    for url in discovered:  # queued below when new; made a page to read when known
        item = new_items.get(url_hash(url))
        if item is not None:
            item.crawl = True
    with transaction.atomic():
        for (st, status, error, detail, broken), pks in groups.items():
            CrawlItem.objects.filter(pk__in=pks).update(
                state=st, status=status, error=error, detail=detail, broken=broken
            )
        if read:
            update_rows(read, ["latest", "entries", "marks"])
        if new_items:
            CrawlItem.objects.bulk_create(new_items.values(), ignore_conflicts=True, batch_size=500)
        if refs:
            LinkRef.objects.bulk_create(refs, batch_size=500)
        if discovered:
            known = CrawlItem.objects.filter(
                run=run, url_hash__in=[url_hash(u) for u in discovered]
            )
            known.filter(state=CrawlItem.State.PENDING).update(crawl=True)
            reread += list(
                known.filter(state=CrawlItem.State.DONE, entries__isnull=True).values_list(
                    "pk", flat=True
                )
            )
            run.discovery["candidates"] = state.candidates
            run.discovery["sections"] = sorted(state.sections)
        if reread:
            CrawlItem.objects.filter(pk__in=reread).update(
                state=CrawlItem.State.PENDING, crawl=True, marks=F("marks").bitor(REREAD)
            )
        # The heartbeat tells a stalled run (its worker died) from a long one.
        CrawlRun.objects.filter(pk=run.pk).update(
            pages=F("pages") + pages, heartbeat=timezone.now(), discovery=run.discovery
        )
