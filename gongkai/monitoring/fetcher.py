"""The asynchronous HTTP side of a check: fetch pages, check links, read robots.txt.

No Django here: ``Fetcher`` runs inside an asyncio loop (aiohttp), the orchestrator in
``crawl.py`` feeds it URLs from the database queue and stores what comes back. This is
the only monitoring module that imports aiohttp; code that runs at start-up imports
``pages.py`` instead and imports this module inside the functions that crawl.
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
from urllib.parse import urljoin

import aiohttp

from gongkai.monitoring.pages import (  # noqa: F401 (re-exported for callers)
    PAGE_TAGS,
    USER_AGENT,
    FetchResult,
    Link,
    PageText,
    decode,
    host_key,
    normalise,
    parse_into,
    parse_page,
)

# Statuses after which a HEAD answer is confirmed with GET (servers that mishandle HEAD).
_HEAD_RETRY = frozenset({400, 403, 404, 405, 406, 500, 501, 502, 503})


class _LocalResolver(aiohttp.ThreadedResolver):
    """Answers names under ``.invalid`` (RFC 6761) without asking any DNS server."""

    async def resolve(self, host, port=0, family=socket.AF_INET):
        if host.rstrip(".").lower().endswith(".invalid") or host.lower() == "invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return await super().resolve(host, port, family)


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
        wording=None,
    ):
        self.concurrency = concurrency
        self.per_host = per_host
        self.min_interval = 1.0 / rate if rate else 0.0
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.max_body = max_body
        self.robots = robots
        self.today = today
        self.wording = wording  # html -> findings (monitoring.wording.PageWording)
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
        parser.parse(decode(body, None).splitlines())
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

    async def fetch(
        self,
        url: str,
        *,
        crawl: bool,
        want_text: bool = False,
        want_nav: bool = False,
        check_wording: bool = False,
    ) -> FetchResult:
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
                    html = decode(body, charset)
                    parse_into(
                        result,
                        html,
                        final,
                        want_text=want_text,
                        want_nav=want_nav,
                        today=self.today,
                    )
                    if check_wording and self.wording is not None:
                        result.wording = self.wording(html)
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
