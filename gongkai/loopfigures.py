"""A pytest plugin for ``scripts/loop-figures.sh``: each test process writes its own CPU
time (user + sys) and how long its tests took to ``$GONGKAI_LOOP_FIGURES_DIR``, so the
script can print the critical path (the busiest worker) beside the total. Printed, not
asserted: tests don't time things."""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

_started = time.perf_counter()


def pytest_sessionfinish(session) -> None:
    folder = os.environ.get("GONGKAI_LOOP_FIGURES_DIR")
    if not folder:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    name = os.environ.get("PYTEST_XDIST_WORKER", "controller")
    figures = {
        "cpu": usage.ru_utime + usage.ru_stime,
        "wall": time.perf_counter() - _started,
        "tests": session.testscollected if name == "controller" else None,
    }
    (Path(folder) / f"{name}.json").write_text(json.dumps(figures))
