"""200 public submissions at once against a running server: every one stored, each with
its own tracking number (nothing accepted is ever lost).

The server is the production stack — gunicorn, 2 worker processes × 16 threads, SQLite
in WAL mode in a file — started on loopback for this test. ``live_server`` is not used
here: pytest-django gives it an in-memory *shared-cache* SQLite database, whose
table-level locks do not isolate concurrent transactions (two writers read the same
audit-chain head and collide on ``core_auditevent.seq``), so it cannot show what the
real server does under load.
"""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings

N = 200
ROOT = Path(settings.BASE_DIR)
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _manage(env, *args) -> str:
    out = subprocess.run(  # noqa: S603 — our own manage.py
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return out.stdout


@pytest.fixture
def running_server(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        GONGKAI_VAR_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="gongkai.settings",
        DEBUG="0",
        GONGKAI_TESTING="0",
        GONGKAI_RATE_LIMITS_ENABLED="0",  # one address, 200 submissions: a load test
    )
    _manage(env, "migrate", "-v", "0")
    unit_id = (
        _manage(
            env,
            "shell",
            "-c",
            "from gongkai.core.services import unit_create; from gongkai.core.models import Unit;"
            "print(unit_create(name='并发测试局', kind=Unit.Kind.DEPARTMENT).pk)",
        )
        .strip()
        .splitlines()[-1]
    )
    port = _free_port()
    proc = subprocess.Popen(  # noqa: S603
        [
            str(BIN / "gunicorn"),
            "gongkai.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--threads",
            "16",
            "--timeout",
            "120",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", int(unit_id), tmp_path / "gongkai.sqlite3"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.concurrency
def test_200_simultaneous_submissions(running_server):
    from gongkai.foi.tests.conftest import ID_NUMBER

    base, unit_id, db_path = running_server

    def submit(i: int):
        body = {
            "unit": unit_id,
            "applicant_type": "natural",
            "applicant_name": f"并发{i}",
            "id_number": ID_NUMBER,
            "phone": "13800000000",
            "description": f"并发测试信息 {i}",
            "form_wanted": "electronic",
            "delivery_route": "online",
        }
        request = urllib.request.Request(
            f"{base}/api/v1/applications",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 — loopback
            return response.status, json.loads(response.read())

    with ThreadPoolExecutor(max_workers=N) as pool:
        results = list(pool.map(submit, range(N)))
    assert [status for status, _ in results] == [201] * N
    numbers = {body["tracking_number"] for _, body in results}
    assert len(numbers) == N
    with sqlite3.connect(db_path) as db:
        stored = dict(db.execute("SELECT tracking_number, description FROM foi_application"))
        audit = db.execute(
            "SELECT count(*) FROM core_auditevent WHERE action='foi.application_submit'"
        ).fetchone()[0]
    assert set(stored) == numbers
    assert set(stored.values()) == {f"并发测试信息 {i}" for i in range(N)}
    assert audit == N
