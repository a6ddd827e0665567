"""The asynchronous HTTP side of a check: fetch pages, check links, read robots.txt.

No Django here: ``Fetcher`` runs inside an asyncio loop (aiohttp), the orchestrator in
``crawl.py`` feeds it URLs from the database queue and stores what comes back.
Concurrency is bounded overall and per host by the connector; a per-host pacing lock
keeps requests to one host at most ``rate`` per second. Redirects are followed by hand
so that a loop is told apart from a long chain.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from selectolax.lexbor import LexborHTMLParser

from gongkai.monitoring.dates import latest_date

USER_AGENT = "gongkai-monitor/1.0 (+政府网站监测)"

# Element -> attribute that holds a URL to check. Frames and anchors are pages.
_URL_ATTRS = {
    "a": "href",
    "area": "href",
    "img": "src",
    "script": "src",
    "link": "href",
    "iframe": "src",
    "frame": "src",
}
MAX_URL = 2000  # longer addresses are not checked (the queue column's size)
PAGE_TAGS = frozenset({"a", "area", "iframe", "frame"})
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#", "about:", "sms:")
_SKIP_RELS = frozenset({"preconnect", "dns-prefetch", "alternate"})
_EMPTY_MARKERS = ("暂无信息", "暂无数据", "暂无内容", "暂无记录", "没有相关信息", "暂无相关信息")
# Statuses after which a HEAD answer is confirmed with GET (servers that mishandle HEAD).
_HEAD_RETRY = frozenset({400, 403, 404, 405, 406, 500, 501, 502, 503})


@dataclass
class Link:
    url: str
    text: str
    tag: str


@dataclass
class PageText:
    """What a column (or home) page says about its own freshness."""

    latest: object | None  # datetime.date
    entries: int
    empty_marker: bool


@dataclass
class FetchResult:
    url: str
    status: int | None = None
    error: str = ""  # "" or one of BrokenLink.Error values
    detail: str = ""
    final_url: str = ""
    html: bool = False
    skipped: bool = False  # robots.txt forbids it
    links: list[Link] = field(default_factory=list)
    page_text: PageText | None = None

    @property
    def broken(self) -> bool:
        return bool(self.error) or (self.status is not None and self.status >= 400)


class _LocalResolver(aiohttp.ThreadedResolver):
    """Answers names under ``.invalid`` (RFC 6761) without asking any DNS server."""

    async def resolve(self, host, port=0, family=socket.AF_INET):
        if host.rstrip(".").lower().endswith(".invalid") or host.lower() == "invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return await super().resolve(host, port, family)


def normalise(url: str) -> str | None:
    """Absolute http(s) URL without fragment, or None for anything not checkable."""
    url, _frag = urldefrag(url.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if not parts.path:
        url = url.replace(parts.netloc, parts.netloc + "/", 1) if not parts.query else url
    return url


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def classify(exc: BaseException) -> tuple[str, str]:
    """Map an exception to (BrokenLink.Error value, short detail)."""
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError, TimeoutError)):
        return "timeout", "超时未响应"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "dns", "域名无法解析"
    if isinstance(exc, (aiohttp.ClientSSLError, ssl.SSLError)):
        return "tls", str(exc)[:300]
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, ConnectionRefusedError):
            return "refused", "连接被拒绝"
        return "connection", str(exc)[:300]
    return "connection", (str(exc) or exc.__class__.__name__)[:300]


def _decode(body: bytes, charset: str | None) -> str:
    for enc in (charset, "utf-8", "gb18030"):
        if not enc:
            continue
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def parse_page(
    html: str, base_url: str, *, want_text: bool, today
) -> tuple[list[Link], PageText | None]:
    tree = LexborHTMLParser(html)
    base = tree.css_first("base[href]")
    if base is not None:
        base_url = urljoin(base_url, base.attributes.get("href") or "")
    links: list[Link] = []
    for tag, attr in _URL_ATTRS.items():
        for node in tree.css(f"{tag}[{attr}]"):
            raw = (node.attributes.get(attr) or "").strip()
            if not raw or raw.lower().startswith(_SKIP_SCHEMES):
                continue
            if tag == "link":
                rels = set((node.attributes.get("rel") or "").lower().split())
                if rels & _SKIP_RELS:
                    continue
            url = normalise(urljoin(base_url, raw))
            if url is None or len(url) > MAX_URL:
                continue
            if tag in ("a", "area"):
                text = node.text(strip=True) or (node.attributes.get("title") or "")
            elif tag == "img":
                text = node.attributes.get("alt") or ""
            else:
                text = ""
            links.append(Link(url, " ".join(text.split())[:200], tag))
    page_text = None
    if want_text:
        for node in tree.css("nav, header, footer, script, style, noscript"):
            node.decompose()
        body = tree.body
        text = body.text(separator=" ") if body is not None else ""
        entries = len(tree.css("li a[href], tr a[href], dd a[href]"))
        page_text = PageText(
            latest=latest_date(text, today),
            entries=entries,
            empty_marker=any(m in text for m in _EMPTY_MARKERS),
        )
    return links, page_text


class Fetcher:
    def __init__(
        self,
        *,
        concurrency: int = 16,
        per_host: int = 8,
        rate: float = 0.0,
        timeout: float = 15.0,
        max_redirects: int = 10,
        max_body: int = 5 * 1024 * 1024,
        robots: bool = True,
        today=None,
    ):
        self.concurrency = concurrency
        self.per_host = per_host
        self.min_interval = 1.0 / rate if rate else 0.0
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.max_body = max_body
        self.robots = robots
        self.today = today
        self._session: aiohttp.ClientSession | None = None
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._pace_locks: dict[str, asyncio.Lock] = {}
        self._next_at: dict[str, float] = {}

    async def __aenter__(self) -> Fetcher:
        connector = aiohttp.TCPConnector(
            limit=self.concurrency,
            limit_per_host=self.per_host,
            resolver=_LocalResolver(),
            ttl_dns_cache=300,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers={"User-Agent": USER_AGENT},
            timeout=aiohttp.ClientTimeout(total=self.timeout),
            auto_decompress=True,
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session is not None:
            await self._session.close()

    async def _pace(self, host: str) -> None:
        if not self.min_interval:
            return
        lock = self._pace_locks.setdefault(host, asyncio.Lock())
        async with lock:
            now = time.monotonic()
            wait = self._next_at.get(host, 0.0) - now
            if wait > 0:
                await asyncio.sleep(wait)
            self._next_at[host] = max(now, self._next_at.get(host, 0.0)) + self.min_interval

    async def allowed(self, url: str) -> bool:
        if not self.robots:
            return True
        host = host_key(url)
        if host not in self._robots:
            lock = self._robots_locks.setdefault(host, asyncio.Lock())
            async with lock:
                if host not in self._robots:
                    self._robots[host] = await self._load_robots(host)
        parser = self._robots[host]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    async def _load_robots(self, host: str):
        assert self._session is not None
        try:
            async with self._session.get(f"{host}/robots.txt", allow_redirects=True) as resp:
                if resp.status >= 400:
                    return None
                body = await resp.content.read(512 * 1024)
        except Exception:  # no robots.txt reachable: nothing forbidden
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(_decode(body, None).splitlines())
        return parser

    async def _request(self, method: str, url: str, *, read: bool):
        """Follow redirects by hand; return (status, final_url, headers, body) or raise."""
        assert self._session is not None
        seen = {url}
        current = url
        for _hop in range(self.max_redirects + 1):
            await self._pace(host_key(current))
            async with self._session.request(method, current, allow_redirects=False) as resp:
                status = resp.status
                if status in (301, 302, 303, 307, 308) and "Location" in resp.headers:
                    target = normalise(urljoin(current, resp.headers["Location"]))
                    if target is None:
                        return status, current, resp.headers, b"", resp.charset
                    if target in seen:
                        raise _RedirectLoop(target)
                    seen.add(target)
                    current = target
                    continue
                body = await resp.content.read(self.max_body) if read else b""
                return status, current, resp.headers, body, resp.charset
        raise _TooManyRedirects(current)

    async def fetch(self, url: str, *, crawl: bool, want_text: bool = False) -> FetchResult:
        result = FetchResult(url=url)
        try:
            if crawl:
                if not await self.allowed(url):
                    result.skipped = True
                    return result
                status, final, headers, body, charset = await self._request("GET", url, read=True)
                result.status, result.final_url = status, final
                ctype = headers.get("Content-Type", "").lower()
                if status < 400 and ("html" in ctype or not ctype):
                    result.html = True
                    html = _decode(body, charset)
                    result.links, result.page_text = parse_page(
                        html, final, want_text=want_text, today=self.today
                    )
            else:
                status, final, _h, _b, _c = await self._request("HEAD", url, read=False)
                if status in _HEAD_RETRY:
                    status, final, _h, _b, _c = await self._request("GET", url, read=False)
                result.status, result.final_url = status, final
        except _RedirectLoop as exc:
            result.error, result.detail = "redirect_loop", f"重定向回到 {exc.args[0]}"[:300]
        except _TooManyRedirects:
            result.error, result.detail = "redirects", f"超过 {self.max_redirects} 次重定向"
        except aiohttp.InvalidURL:
            result.error, result.detail = "connection", "地址格式错误"
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            result.error, result.detail = classify(exc)
        return result


class _RedirectLoop(Exception):
    pass


class _TooManyRedirects(Exception):
    pass


async def probe(url: str, *, timeout: float = 15.0) -> tuple[bool, float, int | None, str]:
    """Open ``url`` once: (ok, elapsed seconds, status, error)."""
    started = time.monotonic()
    async with Fetcher(concurrency=1, per_host=1, timeout=timeout, robots=False) as fetcher:
        result = await fetcher.fetch(url, crawl=True)
    elapsed = time.monotonic() - started
    ok = not result.broken and elapsed <= timeout
    error = result.detail or (f"HTTP {result.status}" if result.broken else "")
    return ok, elapsed, result.status, error


def run_sync(make_coro):
    """Run ``make_coro()`` to completion from synchronous code.

    When this thread already runs an event loop (an async caller, or Playwright's sync
    API in a test), the coroutine gets its own loop in a helper thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make_coro())
    box: dict = {}

    def target():
        try:
            box["value"] = asyncio.run(make_coro())
        except BaseException as exc:  # handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="monitor-sync")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
