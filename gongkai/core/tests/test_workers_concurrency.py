"""Several workers on one queue (as on several machines): every task runs exactly once,
and a periodic job is enqueued once per interval however many schedulers race for it.

Runs on the test database of the session — a PostgreSQL server in CI's second pass, where
tasks are claimed with ``SELECT … FOR UPDATE SKIP LOCKED``; a SQLite file otherwise,
where claims are exclusive transactions.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from gongkai.core.plugs import periodic_jobs

ROOT = Path(settings.BASE_DIR)
TASKS = 1000

pytestmark = [pytest.mark.concurrency, pytest.mark.slow]


def _database_url() -> str:
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DATABASE_URL=_database_url(),
        GONGKAI_VAR_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="gongkai.settings",
        DEBUG="0",
        GONGKAI_TESTING="0",
        PYTHONPATH=str(ROOT),
    )
    return env


def _python(env, code: str, timeout=300) -> str:
    return subprocess.run(  # noqa: S603 — our own code
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    ).stdout


def _in_memory_sqlite() -> bool:
    return connection.vendor == "sqlite" and (
        "memory" in str(connection.settings_dict["NAME"]) or connection.settings_dict["NAME"] == ""
    )


@pytest.mark.django_db(transaction=True)
def test_periodic_job_enqueued_once_by_racing_schedulers(tmp_path):
    if _in_memory_sqlite():
        pytest.skip("the test database is in memory: other processes cannot see it")
    from django_tasks_db.models import DBTaskResult

    env = _env(tmp_path)
    start_at = time.time() + 4  # both start their loop at the same moment
    code = (
        "import json, time\n"
        "from gongkai.core.scheduler import run_due_jobs\n"
        f"time.sleep(max(0, {start_at} - time.time()))\n"
        "names = []\n"
        "for _ in range(20):\n"
        "    names += run_due_jobs()\n"
        "print(json.dumps(names))\n"
    )
    procs = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", "import django; django.setup()\n" + code],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outputs.append(json.loads(out.strip().splitlines()[-1]))
    started = Counter(name for out in outputs for name in out)
    names = {job.name for job in periodic_jobs()}
    assert names and set(started) == names
    assert all(count == 1 for count in started.values()), started
    # and the queue holds one task per job: nothing enqueued twice
    assert DBTaskResult.objects.count() == len(names)
    by_path = Counter(DBTaskResult.objects.values_list("task_path", flat=True))
    assert all(count == 1 for count in by_path.values()), by_path


@pytest.mark.django_db(transaction=True)
def test_two_workers_run_each_of_1000_tasks_once(tmp_path):
    if _in_memory_sqlite():
        pytest.skip("the test database is in memory: other processes cannot see it")
    from django_tasks_db.models import DBTaskResult

    from gongkai.core.models import PeriodicRun

    env = _env(tmp_path)
    runs = tmp_path / "runs.txt"
    # The periodic jobs ran just now, so the workers' schedulers add nothing to the queue.
    for job in periodic_jobs():
        PeriodicRun.objects.create(name=job.name, last_run_at=time_now())
    _python(
        env,
        "from gongkai.core.tests.tasks_for_recovery import record_run\n"
        f"for n in range({TASKS}):\n"
        f"    record_run.enqueue({str(runs)!r}, n)\n",
    )
    assert DBTaskResult.objects.filter(status="READY").count() == TASKS
    workers = []
    for n in range(2):
        log = open(tmp_path / f"worker{n}.log", "w")  # noqa: SIM115 — closed with the process
        workers.append(
            subprocess.Popen(  # noqa: S603
                [sys.executable, str(ROOT / "manage.py"), "worker", "--tick", "1"],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists():
                break
            assert all(w.poll() is None for w in workers), "a worker stopped"
            time.sleep(0.5)
        else:
            raise AssertionError("the workers did not finish the queue in time")
    finally:
        for w in workers:
            if w.poll() is None:
                os.killpg(w.pid, signal.SIGTERM)
        for w in workers:
            w.wait(30)
    lines = runs.read_text().split("\n")[:-1]
    numbers = Counter(int(line.split()[0]) for line in lines)
    assert sorted(numbers) == list(range(TASKS))  # none lost
    assert max(numbers.values()) == 1  # none run twice
    pids = {line.split()[1] for line in lines}
    assert len(pids) == 2, "both workers took tasks from the one queue"
    results = DBTaskResult.objects.values_list("worker_ids", flat=True)
    assert all(len(ids) == 1 for ids in results)  # each claimed by one worker, once


def time_now():
    from django.utils import timezone

    return timezone.now()
