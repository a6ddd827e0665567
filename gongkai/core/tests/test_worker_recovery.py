"""A task running when its worker is killed (SIGKILL) runs again, once, after a restart."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

pytestmark = pytest.mark.slow


def _env(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        GONGKAI_VAR_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="gongkai.settings",
        DEBUG="0",
        GONGKAI_TESTING="0",
        GONGKAI_WORKER_DEAD_AFTER="3",
        PYTHONPATH=str(ROOT),
    )
    return env


def _manage(env, *args) -> str:
    return subprocess.run(  # noqa: S603 — our own manage.py
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout


def _worker(env, tmp_path, n):
    log = open(tmp_path / f"worker{n}.log", "w")  # noqa: SIM115 — closed with the process
    return subprocess.Popen(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "worker", "--tick", "0.5", "--heartbeat", "0.5"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _task_row(db, task_id):
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult WHERE id = ?",
            [task_id.replace("-", "")],
        ).fetchone()


def test_killed_worker_task_completes_once_after_restart(tmp_path):
    env = _env(tmp_path)
    _manage(env, "migrate", "-v", "0")
    marker = tmp_path / "marker.txt"
    task_id = (
        _manage(
            env,
            "shell",
            "-c",
            "from gongkai.core.tests.tasks_for_recovery import slow_marker;"
            f"print(slow_marker.enqueue({str(marker)!r}, 4).id)",
        )
        .strip()
        .splitlines()[-1]
    )
    db = tmp_path / "gongkai.sqlite3"
    first = _worker(env, tmp_path, 1)
    try:
        _wait(lambda: marker.exists() and "started" in marker.read_text(), 60, "the task to start")
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    assert _task_row(db, task_id)[0] == "RUNNING"  # what a dead worker leaves behind
    assert "done" not in marker.read_text()

    second = _worker(env, tmp_path, 2)
    try:
        _wait(lambda: _task_row(db, task_id)[0] == "SUCCESSFUL", 90, "the task to be re-run")
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(20)
    lines = marker.read_text().split()
    assert lines.count("done") == 1 and lines.count("started") == 2
    status, worker_ids = _task_row(db, task_id)
    assert status == "SUCCESSFUL" and worker_ids.count('"') == 4  # two workers in turn
