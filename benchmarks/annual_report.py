"""Annual-report benchmark: one unit with 100,000 applications and 1,000,000 items.

    .venv/bin/python benchmarks/annual_report.py                      # full size
    .venv/bin/python benchmarks/annual_report.py --apps 10000 --items 100000   # quick

Builds the data with bulk_create in a throwaway SQLite database (or DATABASE_URL if it
points at PostgreSQL), then times, for the report year:

- computing every table of the report (二, 三, 四, fees, the facts of 一) — GROUP BY
  queries only — and the four checks, with the number of SQL queries;
- rendering the DOCX, PDF and XLSX;
- the statistics of the /tongji/ page for that unit (reply-time percentiles included).

Each timing is the median of ``--repeat`` runs. Never touches the site's database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import random
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
parser.add_argument("--apps", type=int, default=100_000)
parser.add_argument("--items", type=int, default=1_000_000)
parser.add_argument("--year", type=int, default=2025)
parser.add_argument("--repeat", type=int, default=3)
parser.add_argument("--batch", type=int, default=5000)
parser.add_argument("--keep", action="store_true", help="keep the temporary database")
args = parser.parse_args()

workdir = Path(tempfile.mkdtemp(prefix="gongkai-report-bench-"))
os.environ["GONGKAI_VAR_DIR"] = str(workdir)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
os.environ["DEBUG"] = "0"
os.environ["DJANGO_SETTINGS_MODULE"] = "gongkai.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from gongkai.core.models import Unit  # noqa: E402
from gongkai.core.services import unit_create  # noqa: E402
from gongkai.foi.codes import ApplicantType, CaseKind, CaseResult, Outcome  # noqa: E402
from gongkai.foi.models import Application, FeeRecord, ReviewCase  # noqa: E402
from gongkai.publishing.models import InformationItem  # noqa: E402
from gongkai.reports.checks import run_checks  # noqa: E402
from gongkai.reports.compute import compute_report  # noqa: E402
from gongkai.reports.selectors import ReportView  # noqa: E402
from gongkai.reports.stats import applications, publications  # noqa: E402
from gongkai.reports.writers import render_docx, render_pdf, render_xlsx  # noqa: E402


def timed(fn, repeat: int):
    runs, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), result


def build(unit: Unit, year: int) -> None:
    rng = random.Random(8)
    types = list(ApplicantType.values)
    outcomes = list(Outcome.values)
    tz = timezone.get_current_timezone()
    span_start = dt.date(year - 2, 1, 1)
    span_days = (dt.date(year + 1, 3, 31) - span_start).days
    t0 = time.perf_counter()
    batch: list = []
    for i in range(args.apps):
        received = span_start + dt.timedelta(days=rng.randrange(span_days))
        replied = received + dt.timedelta(days=rng.randrange(1, 60))
        done = rng.random() < 0.93
        batch.append(
            Application(
                unit=unit,
                tracking_number=f"B{i:09d}",
                access_code_hash="x" * 64,
                applicant_type=rng.choice(types),
                applicant_name="申请人",
                description="申请公开",
                form_wanted="electronic",
                delivery_route="email",
                channel="online",
                submitted_at=dt.datetime.combine(received, dt.time(9), tzinfo=tz),
                received_on=received,
                status="replied" if done else "processing",
                outcome=rng.choice(outcomes) if done else None,
                replied_on=replied if done else None,
                due=received + dt.timedelta(days=28),
            )
        )
        if len(batch) >= args.batch:
            with transaction.atomic():
                Application.objects.bulk_create(batch)
            batch = []
    if batch:
        Application.objects.bulk_create(batch)
    t_apps = time.perf_counter() - t0
    first_ids = list(Application.objects.order_by("id").values_list("id", flat=True)[:2000])
    ReviewCase.objects.bulk_create(
        ReviewCase(
            application_id=first_ids[i],
            kind=rng.choice(CaseKind.values),
            result=rng.choice(CaseResult.values),
            filed_on=dt.date(year, 1 + i % 12, 1 + i % 28),
            decided_on=dt.date(year, 12, 1) if i % 3 else None,
        )
        for i in range(min(500, len(first_ids)))
    )
    FeeRecord.objects.bulk_create(
        FeeRecord(
            application_id=first_ids[i],
            method="per_application",
            quantity=11,
            amount=100,
            basis="按件",
            paid_on=dt.date(year, 6, 1),
        )
        for i in range(min(300, len(first_ids)))
    )

    kinds = (
        ["news"] * 40
        + ["notice"] * 15
        + ["other"] * 15
        + ["licensing"] * 12
        + ["penalty"] * 10
        + ["normative"] * 4
        + ["interpretation"] * 3
        + ["rule"] * 1
    )
    t0 = time.perf_counter()
    item_start = dt.date(year - 8, 1, 1)
    item_days = (dt.date(year + 1, 6, 30) - item_start).days
    batch = []
    for i in range(args.items):
        published = item_start + dt.timedelta(days=rng.randrange(item_days))
        kind = rng.choice(kinds)
        gone = kind in ("rule", "normative") and rng.random() < 0.2
        changed = published + dt.timedelta(days=rng.randrange(30, 1500)) if gone else None
        batch.append(
            InformationItem(
                unit=unit,
                title=f"信息{i}",
                kind=kind,
                attribute="proactive",
                status="repealed" if gone else "published",
                published_at=dt.datetime.combine(published, dt.time(10), tzinfo=tz),
                formed_on=published,
                validity=("repealed" if rng.random() < 0.7 else "expired") if gone else "valid",
                validity_changed_on=changed,
            )
        )
        if len(batch) >= args.batch:
            with transaction.atomic():
                InformationItem.objects.bulk_create(batch)
            batch = []
    if batch:
        InformationItem.objects.bulk_create(batch)
    t_items = time.perf_counter() - t0
    print(
        f"built {args.apps:,} applications in {t_apps:.1f}s and {args.items:,} items in "
        f"{t_items:.1f}s"
    )


def main() -> None:
    call_command("migrate", verbosity=0)
    if connection.vendor == "sqlite":
        with connection.cursor() as c:  # a throwaway database: no fsync while loading
            c.execute("PRAGMA synchronous=OFF")
    gov = unit_create(name="基准县人民政府", kind=Unit.Kind.GOVERNMENT)
    unit = unit_create(parent=gov, name="基准县政务服务局", kind=Unit.Kind.DEPARTMENT)
    build(unit, args.year)
    with connection.cursor() as c:
        if connection.vendor == "sqlite":
            c.execute("ANALYZE")
    print(f"database: {connection.vendor}; year {args.year}; median of {args.repeat} runs")

    def report():
        data = compute_report(unit, args.year)
        return data, run_checks(data)

    with CaptureQueriesContext(connection) as ctx:
        report()
    t_report, (data, checks) = timed(report, args.repeat)
    print(
        f"report tables (二 三 四 六 + facts) and 4 checks: {t_report * 1000:.0f} ms, "
        f"{len(ctx.captured_queries)} SQL queries"
    )
    print(
        f"  new {data.section3.cell('new', 'total'):,}, carried over "
        f"{data.section3.cell('carried_over', 'total'):,}, outcomes "
        f"{data.section3.cell('total', 'total'):,}, carried forward "
        f"{data.section3.cell('carried_forward', 'total'):,}; checks "
        + ", ".join(f"{c.key}={'ok' if c.ok else 'FAIL'}" for c in checks)
    )
    view = ReportView(
        title=f"{unit.name}{args.year}年政府信息公开工作年度报告",
        unit_name=unit.name,
        overview="总体情况。",
        problems="",
        other_matters="",
        section2=data.section2,
        section3=data.section3,
        section4=data.section4,
        fees_yuan=str(data.fees_yuan),
    )
    for name, fn in (("DOCX", render_docx), ("PDF", render_pdf), ("XLSX", render_xlsx)):
        t, out = timed(lambda fn=fn: fn(view), args.repeat)
        print(f"render {name}: {t * 1000:.0f} ms ({len(out):,} bytes)")
    t, _ = timed(lambda: (publications(args.year, [unit]), applications(args.year, [unit])), 1)
    a = applications(args.year, [unit])
    print(
        f"statistics page figures for the unit: {t * 1000:.0f} ms (median reply "
        f"{a['median_days']} working days, p90 {a['p90_days']}, late {a['late_share']:.1%})"
    )


try:
    main()
finally:
    if not args.keep:
        connection.close()
        shutil.rmtree(workdir, ignore_errors=True)
