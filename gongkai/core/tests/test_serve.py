"""`gongkai serve` (what `make run` starts): gunicorn takes a burst of 200 simultaneous
requests, and a killed background worker is restarted while the site stays up."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
N = 200

pytestmark = [pytest.mark.slow, pytest.mark.heavy]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(x) for x in text]
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _worker_pid(serve_pid: int) -> int | None:
    for child in _children(serve_pid):
        if "gongkai.cli worker" in _cmdline(child):
            return child
    return None


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=120) as resp:  # noqa: S310 — loopback
        resp.read()
        return resp.status


def _wait(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_serve_takes_a_burst_and_restarts_a_dead_worker(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        GONGKAI_VAR_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="gongkai.settings",
        GONGKAI_TESTING="0",
        DEBUG="0",
        PYTHONPATH=str(ROOT),
    )
    subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "migrate", "-v", "0"],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    port = _free_port()
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115
    serve = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gongkai.cli", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: _try(lambda: _get(f"{base}/api/v1/documents")) == 200, 60, "the site")
        first = _wait(lambda: _worker_pid(serve.pid), 30, "the worker")
        assert "gunicorn" in " ".join(_cmdline(c) for c in _children(serve.pid))

        os.kill(first, signal.SIGKILL)
        second = _wait(
            lambda: (pid := _worker_pid(serve.pid)) and pid != first and pid, 30, "a new worker"
        )
        assert second != first and serve.poll() is None
        assert _get(f"{base}/") == 200

        with ThreadPoolExecutor(N) as pool:
            results = list(
                pool.map(lambda _: _try(lambda: _get(f"{base}/api/v1/documents")), range(N))
            )
        assert results.count(200) == N, {r for r in results if r != 200}
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        try:
            serve.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
    assert "后台任务进程已退出" in (tmp_path / "serve.log").read_text()


def _try(fn):
    try:
        return fn()
    except OSError as exc:
        return repr(exc)
