"""Supervision benchmark: a plan of 300 tasks × 60 units × 12 monthly periods.

    PYTHONPATH=. .venv/bin/python benchmarks/supervision.py                 # full size
    PYTHONPATH=. .venv/bin/python benchmarks/supervision.py --tasks 60 --units 20   # quick

Builds the data with bulk_create in a throwaway SQLite database (or DATABASE_URL), each
task with one lead and two partner units and one report per responsible unit and
period, then requests as the office, through the Django test client:

- the overview page (every task, by unit and status, with this period's reported flag);
- the overdue list (?filter=overdue) and the unreported list (?filter=unreported);

printing p50/p95 over ``--repeat`` requests and the number of SQL queries. The query
count is also taken on a plan a tenth of the size, to show it does not grow.
Never touches the site's database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

print = functools.partial(print, flush=True)  # noqa: A001 - progress visible in a log

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
parser.add_argument("--tasks", type=int, default=300)
parser.add_argument("--units", type=int, default=60)
parser.add_argument("--periods", type=int, default=12)
parser.add_argument("--repeat", type=int, default=20)
parser.add_argument("--keep", action="store_true", help="keep the temporary database")
parser.add_argument(
    "--profile", action="store_true", help="print the cProfile of one overview request"
)
args = parser.parse_args()

workdir = Path(tempfile.mkdtemp(prefix="gongkai-sv-bench-"))
os.environ["GONGKAI_VAR_DIR"] = str(workdir)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
os.environ["DEBUG"] = "0"
os.environ["DJANGO_SETTINGS_MODULE"] = "gongkai.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from gongkai.core.models import Role, Unit  # noqa: E402
from gongkai.core.services import unit_create  # noqa: E402
from gongkai.supervision.models import Plan, Progress, Task  # noqa: E402
from gongkai.testing import make_staff  # noqa: E402

STATUSES = ["not_started", "in_progress", "done", "ongoing"]


def build_plan(gov: Unit, units: list[Unit], n_tasks: int, n_periods: int, year: int) -> Plan:
    plan = Plan.objects.create(
        unit=gov, title=f"基准计划{n_tasks}", year=year, period="monthly", status="sent"
    )
    tasks = Task.objects.bulk_create(
        Task(
            plan=plan,
            order=i,
            number=str(i + 1),
            category=["一、基准"],
            requirement=f"第{i + 1}项任务的具体要求" * 3,
            deadline_text="6月底前",
            due=dt.date(year, 1 + i % 12, 28),
            status=STATUSES[i % 4],
        )
        for i in range(n_tasks)
    )
    lead_t, partner_t = Task.lead_units.through, Task.partner_units.through
    leads, partners, reports = [], [], []
    periods = [f"{year}-{m:02d}" for m in range(1, n_periods + 1)]
    for i, t in enumerate(tasks):
        lead = units[i % len(units)]
        ps = [units[(i + 1) % len(units)], units[(i + 2) % len(units)]]
        leads.append(lead_t(task_id=t.pk, unit_id=lead.pk))
        partners += [partner_t(task_id=t.pk, unit_id=u.pk) for u in ps]
        for period in periods[:-1] if i % 3 == 0 else periods:  # a third miss the last period
            for u in [lead, *ps]:
                reports.append(
                    Progress(task=t, unit=u, period=period, status=STATUSES[i % 4], text="已推进")
                )
    lead_t.objects.bulk_create(leads)
    partner_t.objects.bulk_create(partners)
    Progress.objects.bulk_create(reports, batch_size=5000)
    return plan


def p95(runs: list[float]) -> float:
    runs = sorted(runs)
    return runs[min(len(runs) - 1, int(round(0.95 * (len(runs) - 1))))]


def measure(client: Client, url: str, repeat: int) -> tuple[float, float, float, float, int]:
    """p50 and p95 of the wall time and of the CPU time this process spent (the CPU time
    is what the page costs; on a shared, loaded machine the wall time adds the wait for a
    core)."""
    client.get(url)  # warm
    runs, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        resp = client.get(url)
        runs.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert resp.status_code == 200, resp.status_code
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return (
        statistics.median(runs), p95(runs), statistics.median(cpu), p95(cpu),
        len(ctx.captured_queries),
    )  # fmt: skip


def main() -> None:
    # no setup_test_environment(): its template instrumentation (a copy of the context for
    # every template rendered) is test-only overhead that a served page never pays
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    year = timezone.localdate().year
    gov = unit_create(name="基准县人民政府", kind=Unit.Kind.GOVERNMENT)
    units = [
        unit_create(parent=gov, name=f"基准县第{i}局", kind=Unit.Kind.DEPARTMENT)
        for i in range(args.units)
    ]
    office = make_staff(gov, Role.OFFICE, "bench_office")
    small = build_plan(gov, units, max(1, args.tasks // 10), args.periods, year)
    big = build_plan(gov, units, args.tasks, args.periods, year)
    print(
        f"built: {args.tasks} tasks × {args.units} units × {args.periods} periods, "
        f"{Progress.objects.count()} reports in {time.perf_counter() - t0:.1f} s"
    )
    from gongkai.supervision import selectors
    from gongkai.supervision.periods import period_of

    period = period_of(timezone.localdate(), "monthly")
    for label, flt in (("overview", {}), ("overdue", {"only_overdue": True})):

        def data(flt=flt):
            qs = selectors.overview_queryset(
                selectors.tasks_for_user(office).filter(plan=big), period=period, **flt
            )
            return (
                selectors.overview_rows(qs[:50]),
                selectors.status_counts(qs),
                selectors.unit_summary(qs),  # the page's count is the counts' sum
            )

        runs = []
        for _ in range(args.repeat):
            t1 = time.perf_counter()
            data()
            runs.append((time.perf_counter() - t1) * 1000)
        print(
            f"{label:10s} data only (rows of a page, counts, by unit): p50 "
            f"{statistics.median(runs):.1f} ms, p95 {p95(runs):.1f} ms"
        )
    client = Client()
    client.force_login(office)
    base = "/workspace/supervision/overview/"
    if args.profile:
        import cProfile
        import pstats

        client.get(f"{base}?plan={big.pk}")
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(5):
            client.get(f"{base}?plan={big.pk}&filter=overdue")
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        with CaptureQueriesContext(connection) as ctx:
            client.get(f"{base}?plan={big.pk}")
        for q in ctx.captured_queries:
            print(f"{q['time']:>6} {q['sql'][:300]}")
    for label, query in (
        ("overview", ""),
        ("overdue", "&filter=overdue"),
        ("unreported", "&filter=unreported"),
    ):
        *_times, q_small = measure(client, f"{base}?plan={small.pk}{query}", 3)
        median, high, cpu50, cpu95, q_big = measure(
            client, f"{base}?plan={big.pk}{query}", args.repeat
        )
        print(
            f"{label:10s} p50 {median:7.1f} ms  p95 {high:7.1f} ms  (CPU p50 {cpu50:5.1f} ms, "
            f"p95 {cpu95:5.1f} ms)  queries {q_big} "
            f"(plan of {small.tasks.count()} tasks: {q_small})"
        )
    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")


try:
    main()
finally:
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
