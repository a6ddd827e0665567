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
