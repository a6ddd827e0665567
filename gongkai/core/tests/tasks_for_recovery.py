"""A slow, idempotent task for the worker-recovery test (imported by the worker process)."""

import time
from pathlib import Path

from django_tasks import task


@task()
def slow_marker(path: str, seconds: float) -> int:
    marker = Path(path)
    with marker.open("a") as fh:
        fh.write("started\n")
    time.sleep(seconds)
    with marker.open("a") as fh:
        fh.write("done\n")
    return 1


@task()
def record_run(path: str, n: int) -> int:
    """One line per run, with the worker's process id: a task run twice shows twice."""
    import os

    with open(path, "a") as fh:  # O_APPEND: lines of several processes never interleave
        fh.write(f"{n} {os.getpid()}\n")
    return n
