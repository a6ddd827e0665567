"""Serve an aiohttp.web application on 127.0.0.1 in a thread (tests and benchmarks)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator

from aiohttp import web


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(app: web.Application, ssl_context=None, shutdown_timeout: float = 0.5) -> Iterator[str]:
    """Serve ``app`` until the block ends; requests still running then get
    ``shutdown_timeout`` seconds to finish before they are cancelled."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    box: dict = {}

    async def start():
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=shutdown_timeout)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024, ssl_context=ssl_context)
        await site.start()
        box["runner"] = runner
        box["port"] = runner.addresses[0][1]

    def main():
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=main, name="test-site", daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield f"http://127.0.0.1:{box['port']}"
    finally:
        asyncio.run_coroutine_threadsafe(_shutdown(box["runner"]), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


async def _shutdown(runner: web.AppRunner) -> None:
    await runner.cleanup()
    # Handlers still sleeping (the deliberately slow page) are cancelled, not abandoned.
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
