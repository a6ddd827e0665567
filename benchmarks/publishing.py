"""Latency of the public catalogue, document page and API list as the table grows.

Usage:
    .venv/bin/python benchmarks/publishing.py [--items 100000] [--requests 200]
    DATABASE_URL=postgres://... .venv/bin/python benchmarks/publishing.py

Uses a fresh SQLite database in a temporary directory unless DATABASE_URL is set (then
that database must be empty and disposable). Items are bulk-inserted (the services
would take hours for 100,000 rows and are not what is measured). Prints p50/p95 in
milliseconds and the number of SQL queries per request at a small size and at the full
size: the query counts must be equal (no N+1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django() -> None:
    if "DATABASE_URL" not in os.environ:
        os.environ["GONGKAI_VAR_DIR"] = tempfile.mkdtemp(prefix="gongkai-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    os.environ.setdefault("GONGKAI_TESTING", "1")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load(total: int, start: int, units, topics, nodes) -> None:
    from django.utils import timezone

    from gongkai.publishing.models import InformationItem as Item

    kinds = [k for k in Item.Kind.values if k != "interpretation"]
    rng = random.Random(start)
    base = timezone.now() - dt.timedelta(days=3650)
    batch = []
    for n in range(start, start + total):
        unit = units[n % len(units)]
        when = base + dt.timedelta(minutes=n * 30 + rng.randint(0, 29))
        batch.append(
            Item(
                unit=unit,
                title=f"关于做好第{n}号政务公开事项的通知",
                body="<p>" + "各乡镇、县直各部门：现将有关事项通知如下。" * 20 + "</p>",
                topic=topics[n % len(topics)],
                catalogue_node=nodes[n % len(nodes)],
                kind=kinds[n % len(kinds)],
                doc_number=f"示政发〔{when.year}〕{n % 500 + 1}号",
                written_on=when.date(),
                formed_on=when.date(),
                published_at=when,
                attribute=Item.Attribute.PROACTIVE,
                status=Item.Status.PUBLISHED if n % 20 else Item.Status.WITHDRAWN,
                validity=Item.Validity.VALID if n % 7 else Item.Validity.REPEALED,
                index_number=f"{unit.code}-{when.year}-{n:07d}",
            )
        )
        if len(batch) == 5000:
            Item.objects.bulk_create(batch)
            batch = []
    if batch:
        Item.objects.bulk_create(batch)


def measure(client, urls: list[str], requests: int) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(urls[0])
    assert response.status_code == 200, (urls[0], response.status_code)
    queries = len(ctx.captured_queries)
    times = []
    for i in range(requests):
        url = urls[i % len(urls)]
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return statistics.median(times), p95, queries


def run(requests: int) -> dict[str, tuple[float, float, int]]:
    from django.test import Client

    from gongkai.core.models import Unit
    from gongkai.publishing.models import InformationItem as Item
    from gongkai.publishing.selectors import public_items

    client = Client(HTTP_HOST="127.0.0.1")
    ids = list(public_items().order_by("-id").values_list("id", flat=True)[:2000])
    rng = random.Random(7)
    doc_urls = [f"/documents/{rng.choice(ids)}/" for _ in range(50)]
    unit = Unit.objects.order_by("id").first()
    year = (
        Item.objects.order_by("-published_at").values_list("published_at", flat=True).first().year
    )
    scenarios = {
        "catalogue list /xxgk/fdzdgknr/": ["/xxgk/fdzdgknr/", "/xxgk/fdzdgknr/?page=2"],
        "catalogue filtered (unit+year+kind)": [
            f"/xxgk/fdzdgknr/?unit={unit.pk}&year={year}&kind=notice"
        ],
        "document page /documents/<id>/": doc_urls,
        "API list /api/v1/documents": ["/api/v1/documents", "/api/v1/documents?page=3"],
        "API list filtered (validity+kind)": ["/api/v1/documents?validity=valid&kind=normative"],
    }
    return {name: measure(client, urls, requests) for name, urls in scenarios.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    setup_django()

    from django.db import connection

    from gongkai.core.models import Unit
    from gongkai.core.services import unit_create
    from gongkai.publishing.models import CatalogueNode, Topic

    gov = unit_create(name="基准县人民政府", kind=Unit.Kind.GOVERNMENT, code="015281722")
    units = [gov] + [
        unit_create(
            parent=gov, name=f"基准县第{i}局", kind=Unit.Kind.DEPARTMENT, code=f"0152817{i:02d}"
        )
        for i in range(1, 20)
    ]
    topics = list(Topic.objects.filter(parent__isnull=False))
    nodes = list(CatalogueNode.objects.filter(parent__slug="fdzdgknr"))
    print(f"database: {connection.vendor}; requests per scenario: {args.requests}")

    t0 = time.perf_counter()
    load(args.small, 0, units, topics, nodes)
    small = run(args.requests)
    t1 = time.perf_counter()
    load(args.items - args.small, args.small, units, topics, nodes)
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")
    else:
        with connection.cursor() as cur:
            cur.execute("ANALYZE")
    print(f"loaded {args.items} items in {time.perf_counter() - t1:.1f}s")
    large = run(args.requests)

    print(f"{'scenario':40} {'items':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    ok = True
    for name in small:
        for size, result in ((args.small, small[name]), (args.items, large[name])):
            p50, p95, q = result
            print(f"{name:40} {size:>8} {p50:>8.1f} {p95:>8.1f} {q:>8}")
        if small[name][2] != large[name][2]:
            ok = False
            print(f"  !! query count changed for {name}")
    print("query counts constant: " + ("yes" if ok else "NO"))
    print(f"total time {time.perf_counter() - t0:.1f}s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
