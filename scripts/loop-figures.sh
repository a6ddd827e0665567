#!/usr/bin/env bash
# The two figures of the edit-test loop (issue 12): how long `make check` takes and how
# long `gongkai --help` takes to start. Printed, not asserted: tests don't time things.
set -eu
cd "$(dirname "$0")/.."
make -s install
.venv/bin/python - <<'PY'
import json, os, pathlib, resource, shutil, statistics, subprocess, tempfile, time

def timed(cmd, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out.append(time.perf_counter() - t)
    return out

subprocess.run(["make", "-s", "check"], check=True, stdout=subprocess.DEVNULL)  # warm the test DB
load = os.getloadavg()[0]
folder = tempfile.mkdtemp(prefix="loop-figures-")
os.environ["GONGKAI_LOOP_FIGURES_DIR"] = folder  # each test process writes its CPU time there
before = resource.getrusage(resource.RUSAGE_CHILDREN)
check = timed(["make", "-s", "check", "PYTEST_ARGS=-p gongkai.loopfigures"], 1)[0]
after = resource.getrusage(resource.RUSAGE_CHILDREN)
# On a shared machine the wall time depends on the others; the CPU time much less.
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
workers = {
    p.stem: json.loads(p.read_text()) for p in pathlib.Path(folder).glob("*.json")
}
shutil.rmtree(folder)
help_ = timed([".venv/bin/gongkai", "--help"], 5)
print(f"make check: {check:.1f} s (target < 60 s); {cpu:.0f} s of CPU; load average {load:.2f} before")
busiest = max((w for n, w in workers.items() if n != "controller"), key=lambda w: w["cpu"], default=None)
if busiest:
    each = ", ".join(f"{n} {w['cpu']:.0f} s" for n, w in sorted(workers.items()))
    print(f"  CPU by process: {each}; the busiest worker (critical path) {busiest['cpu']:.0f} s "
          f"of CPU in {busiest['wall']:.0f} s")
print(f"gongkai --help: median {statistics.median(help_):.2f} s, best {min(help_):.2f} s (target < 0.5 s)")
PY
