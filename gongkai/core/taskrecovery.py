"""Tasks a dead worker left RUNNING are run again.

Each worker writes a heartbeat (a row ``heartbeat:<worker id>`` in the scheduler's table)
every few seconds. A task still RUNNING whose worker's heartbeat is older than
``GONGKAI_WORKER_DEAD_AFTER`` seconds (or missing) was interrupted by a crash or a
SIGKILL: it goes back to READY and the next free worker runs it from the start. Tasks
are idempotent, so a re-run has the effect of one run.
"""

from __future__ import annotations

import datetime as dt
import os
import socket

from django.utils import timezone
from django.utils.crypto import get_random_string

from gongkai.core import conf
from gongkai.core.models import PeriodicRun

PREFIX = "heartbeat:"


def new_worker_id() -> str:
    host = socket.gethostname()[:30]
    return f"{host}-{os.getpid()}-{get_random_string(8)}"


def dead_after() -> dt.timedelta:
    return dt.timedelta(seconds=float(conf.get("GONGKAI_WORKER_DEAD_AFTER")))


def beat(worker_id: str) -> None:
    PeriodicRun.objects.update_or_create(
        name=f"{PREFIX}{worker_id}", defaults={"last_run_at": timezone.now()}
    )


def forget(worker_id: str) -> None:
    PeriodicRun.objects.filter(name=f"{PREFIX}{worker_id}").delete()


def requeue_orphans() -> int:
    """Put back tasks whose worker stopped beating; returns how many."""
    from django_tasks_db.models import DBTaskResult, TaskResultStatus

    limit = timezone.now() - dead_after()
    running = list(
        DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=limit).only(
            "id", "worker_ids", "started_at"
        )
    )
    if not running:
        return 0
    alive = set(
        PeriodicRun.objects.filter(name__startswith=PREFIX, last_run_at__gte=limit).values_list(
            "name", flat=True
        )
    )
    requeued = 0
    for task in running:
        worker = task.worker_ids[-1] if task.worker_ids else ""
        if f"{PREFIX}{worker}" in alive:
            continue
        requeued += DBTaskResult.objects.filter(
            pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at
        ).update(status=TaskResultStatus.READY, started_at=None)
    # heartbeats of workers long gone
    PeriodicRun.objects.filter(
        name__startswith=PREFIX, last_run_at__lt=limit - dt.timedelta(days=1)
    ).delete()
    return requeued
