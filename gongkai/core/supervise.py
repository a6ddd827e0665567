"""Run the web server and the background worker side by side (``gongkai serve``).

The site is served by gunicorn (worker processes × threads, a deep listen backlog), so a
burst of simultaneous requests waits in the queue instead of being reset. If the
background worker dies it is started again, with a growing pause if it keeps dying; the
site stays up meanwhile. Ctrl-C or SIGTERM stops both.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable

RESTART_PAUSE_MAX = 30.0
STABLE_AFTER = 60.0  # a worker up this long has its restart pause reset


def web_command(host: str, port: int) -> list[str]:
    gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or shutil.which(
        "gunicorn"
    )
    base = [gunicorn] if gunicorn else [sys.executable, "-m", "gunicorn"]
    return [
        *base,
        "gongkai.wsgi",
        "--bind",
        f"{host}:{port}",
        "--workers",
        os.environ.get("GONGKAI_WEB_WORKERS", "2"),
        "--threads",
        os.environ.get("GONGKAI_WEB_THREADS", "8"),
        "--backlog",
        "2048",
        "--timeout",
        "120",
        "--graceful-timeout",
        "10",
    ]


class _Stop(Exception):
    pass


def _raise_stop(signum, frame):
    raise _Stop


def supervise(
    *,
    web: list[str],
    worker: list[str],
    log: Callable[[str], object],
    poll: float = 0.5,
    before_worker: Callable[[subprocess.Popen], object] | None = None,
) -> int:
    """Run until the web server exits or we are told to stop; returns the web exit code."""
    previous = signal.signal(signal.SIGTERM, _raise_stop)
    procs: dict[str, subprocess.Popen] = {}
    pause, started = 1.0, 0.0
    try:
        procs["web"] = subprocess.Popen(web)
        if before_worker is not None:
            before_worker(procs["web"])  # e.g. wait until the site answers
        procs["worker"] = subprocess.Popen(worker)
        started = time.monotonic()
        while True:
            code = procs["web"].poll()
            if code is not None:
                log(f"网站进程已退出（代码 {code}），正在停止。\n")
                return code
            code = procs["worker"].poll()
            if code is not None:
                if time.monotonic() - started > STABLE_AFTER:
                    pause = 1.0
                log(f"后台任务进程已退出（代码 {code}），{pause:.0f} 秒后重启；网站照常运行。\n")
                time.sleep(pause)
                pause = min(pause * 2, RESTART_PAUSE_MAX)
                procs["worker"] = subprocess.Popen(worker)
                started = time.monotonic()
            time.sleep(poll)
    except (KeyboardInterrupt, _Stop):
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        for p in procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs.values():
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
