"""The HTTP side alone: errors told apart, no DNS traffic for .invalid, host limits."""

from __future__ import annotations

import asyncio
import socket
import ssl
import subprocess
import time

import pytest
from aiohttp import web

from gongkai.monitoring.fetcher import Fetcher, normalise, run_sync
from gongkai.monitoring.testserver import serve


def fetch(url, **kwargs):
    async def go():
        async with Fetcher(timeout=kwargs.pop("timeout", 2.0), robots=False, **kwargs) as f:
            return await f.fetch(url, crawl=False)

    return run_sync(go)


def test_invalid_hostname_fails_as_dns_without_asking_any_resolver(monkeypatch):
    def tripwire(*args, **kwargs):
        raise AssertionError("no DNS lookup may leave this machine")

    monkeypatch.setattr(socket, "getaddrinfo", tripwire)
    result = fetch("http://nosuch.invalid/page.html")
    assert result.error == "dns"
    assert result.broken


def test_long_redirect_chain_is_not_a_loop():
    async def hop(request):
        n = int(request.match_info["n"])
        raise web.HTTPFound(f"/hop/{n + 1}")

    app = web.Application()
    app.router.add_get("/hop/{n}", hop)
    with serve(app) as base:
        result = fetch(base + "/hop/0", max_redirects=5)
    assert result.error == "redirects"


def test_tls_error(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(  # noqa: S603
        ["/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)

    async def ok(request):
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", ok)
    with serve(app, ssl_context=ctx) as base:
        result = fetch(base.replace("http://", "https://") + "/")
    assert result.error == "tls"  # self-signed: the certificate cannot be verified


@pytest.mark.parametrize("per_host", [1, 3])
def test_per_host_concurrency_is_respected(per_host):
    state = {"now": 0, "max": 0}

    async def page(request):
        state["now"] += 1
        state["max"] = max(state["max"], state["now"])
        await asyncio.sleep(0.05)
        state["now"] -= 1
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/{n}", page)

    async def go(base):
        async with Fetcher(concurrency=10, per_host=per_host, robots=False) as f:
            results = await asyncio.gather(*(f.fetch(f"{base}/{n}", crawl=True) for n in range(12)))
        return results

    with serve(app) as base:
        results = run_sync(lambda: go(base))
    assert all(r.status == 200 for r in results)
    assert state["max"] == per_host


def test_normalise():
    assert normalise("http://example.org") == "http://example.org/"
    assert normalise("https://example.org/a#frag") == "https://example.org/a"
    assert normalise("mailto:x@example.org") is None
    assert normalise("javascript:void(0)") is None


def test_departures_to_one_host_are_paced():
    """At ``rate`` per second, the k-th request to one host leaves no earlier than k/rate
    after the first could. (Scheduling delays only make a departure later, so this bound
    holds however loaded the machine is.)"""
    departures: list[float] = []
    started: list[float] = []

    async def go():
        f = Fetcher(concurrency=8, per_host=8, rate=10, robots=False)

        async def one():
            await f._pace("127.0.0.1:1")
            departures.append(time.monotonic())

        started.append(time.monotonic())
        await asyncio.gather(*(one() for _ in range(5)))

    run_sync(go)
    assert len(departures) == 5
    for k, left in enumerate(sorted(departures)):
        assert left >= started[0] + k * 0.1 - 0.002, k  # the loop's clock may wake a hair early


def test_requests_to_one_host_are_paced_end_to_end():
    arrivals: list[float] = []

    async def page(request):
        arrivals.append(time.monotonic())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/{n}", page)

    async def go(base):
        async with Fetcher(concurrency=8, per_host=8, rate=10, robots=False) as f:
            await asyncio.gather(*(f.fetch(f"{base}/{n}", crawl=True) for n in range(5)))

    with serve(app) as base:
        run_sync(lambda: go(base))
    assert len(arrivals) == 5
    # four intervals of 0.1 s separate the first departure from the last; arrivals carry
    # connection-setup jitter, so only the overall span is asserted
    assert arrivals[-1] - arrivals[0] >= 0.25
