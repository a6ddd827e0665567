"""Scale of a provincial installation on PostgreSQL (issue 23): many hosted sites, a million
published items with their search documents and audit events, and the public pages of one
site measured through the real request path (Django test client, the site's Host header).

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres \\
        .venv/bin/python benchmarks/scale.py --sizes 100000,1000000 --keep
    ... benchmarks/scale.py --sizes 100000,1000000 --measure-only      # re-measure kept ones
    ... benchmarks/scale.py --sizes 20000 --sites 20 --json            # a quick run

For each size a database ``<prefix>_<size>`` is created on the server of DATABASE_URL
(dropped afterwards unless ``--keep``): ``--sites`` hosted sites, each a government with
``--depts`` departments; items spread over the catalogue columns and the units, dates over
``--years`` years; one search document per public item and one audit event per item. A few
thousand distinct texts cut from the seed documents are indexed through the real search
path; the other rows copy their index columns in SQL (``INSERT … SELECT generate_series``),
so the per-document analysis does not run a million times. Secondary indexes of the large
tables are dropped for the load and built afterwards.

Measured for each size, through a random site's host: its catalogue page (first and a later
page), a document page, the API list (``/api/v1/documents``, first and a later page) and the
search page; p50/p95 in ms and the SQL queries of each request. The growth of p95 from the
first size to the last is printed as a ratio per page. "SQL ms" is the median, over the
first ``--explain`` requests of a page, of its SELECTs' planning + execution time on the
server (each run again under EXPLAIN ANALYZE): what the page costs apart from the machine's
load. ``--measure-only`` first applies the code's new migrations to a kept database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LARGE_TABLES = ("publishing_informationitem", "search_searchdocument", "core_auditevent")
TEMPLATES = 3000  # distinct texts, indexed through the real search path
DECLARE = re.compile(r'DECLARE\s+"[^"]+"\s.*?CURSOR\s+(?:WITH(?:OUT)?\s+HOLD\s+)?FOR\s+(.*)', re.S)
QUERIES = ["公开", "低保", "政务公开", "医疗保障", "税", "信息公开 申请"]


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--sizes", default="100000,1000000", help="item counts, comma-separated")
    p.add_argument("--sites", type=int, default=100, help="hosted sites (governments)")
    p.add_argument("--depts", type=int, default=9, help="departments per government")
    p.add_argument("--years", type=int, default=6, help="years the publication dates span")
    p.add_argument("--requests", type=int, default=60, help="timed requests per page")
    p.add_argument("--batch", type=int, default=100_000, help="rows per INSERT … SELECT")
    p.add_argument("--prefix", default="gongkai_scale", help="database name prefix")
    p.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    p.add_argument(
        "--measure-only", action="store_true", help="no build: measure the kept databases"
    )
    p.add_argument(
        "--explain",
        type=int,
        default=5,
        help="requests per page whose SELECTs are run again under EXPLAIN ANALYZE: the\n"
        "server-side time (planning + execution) of a page, apart from the machine's load",
    )
    p.add_argument("--json", action="store_true", help="quiet; print the full result as JSON")
    return p.parse_args()


ARGS = parse_args()


def log(msg: str) -> None:
    if not ARGS.json:
        print(msg, flush=True)


def progress(total: int, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="行", file=sys.stderr, disable=ARGS.json)


# --- the server and the databases -------------------------------------------------------


def server_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("请用 DATABASE_URL=postgres://… 指定一个PostgreSQL服务器（本基准只测PostgreSQL）")
    return url


def admin_execute(sql: str) -> None:
    import psycopg

    base = server_url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(sql)


def database_exists(name: str) -> bool:
    import psycopg

    base = server_url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(base, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()


def use_database(name: str) -> None:
    from django.db import connections

    conn = connections["default"]
    conn.close()
    conn.settings_dict["NAME"] = name
    from gongkai.core import sites

    sites.invalidate()


def setup_django() -> None:
    os.environ["DATABASE_URL"] = server_url().rsplit("/", 1)[0] + f"/{ARGS.prefix}_setup"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    os.environ.setdefault("GONGKAI_TESTING", "1")
    os.environ["DEBUG"] = "0"
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]


# --- building ---------------------------------------------------------------------------


def column_defaults(model, skip: set[str]) -> dict[str, object]:
    """Database values of every column of ``model`` for a new row, from the model's own
    defaults (so a column added later needs no change here)."""
    from django.db import connection

    obj = model()
    out = {}
    for f in model._meta.concrete_fields:
        if f.column in skip or f.primary_key:
            continue
        value = f.pre_save(obj, add=True)
        out[f.column] = f.get_db_prep_save(value, connection)
    return out


def insert_select(
    table: str, count: int, start: int, exprs: dict, params: dict, fixed: dict, joins: str = ""
):
    """INSERT ``count`` rows numbered n = start … start+count-1: ``exprs`` are SQL over ``n``
    and the ``joins`` (with %(name)s parameters from ``params``), ``fixed`` constant values."""
    from django.db import connection

    cols = list(exprs) + list(fixed)
    values = [exprs[c] for c in exprs] + [f"%(fixed_{i})s" for i in range(len(fixed))]
    p = dict(params)
    p.update({f"fixed_{i}": v for i, v in enumerate(fixed.values())})
    sql = (
        f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} "
        f"FROM generate_series(%(lo)s::bigint, %(hi)s::bigint) AS n {joins}"
    )
    bar = progress(count, table)
    done = 0
    while done < count:
        k = min(ARGS.batch, count - done)
        with connection.cursor() as cur:
            cur.execute(sql, {**p, "lo": start + done, "hi": start + done + k - 1})
        done += k
        bar.update(k)
    bar.close()


def drop_secondary_indexes() -> list[str]:
    """Drop the non-unique, non-primary indexes of the large tables; return their DDL."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = ANY(%s) "
            "AND NOT i.indisprimary AND NOT i.indisunique",
            [list(LARGE_TABLES)],
        )
        rows = cur.fetchall()
        for name, _ddl in rows:
            cur.execute(f"DROP INDEX {name}")
    return [ddl for _name, ddl in rows]


def build(size: int) -> dict:
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from gongkai.core.models import AuditEvent, HostedSite, Unit
    from gongkai.publishing.models import CatalogueNode, Topic
    from gongkai.publishing.models import InformationItem as Item
    from gongkai.publishing.plugs import SEARCH_SOURCE, search_document
    from gongkai.search import backends
    from gongkai.search.models import SearchDocument
    from gongkai.search.testing import _title_of, seed_sentences

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)  # a no-op: the database is a copy of the migrated setup
    timings = {}

    # units: each government with its departments; a hosted site per government
    t = time.perf_counter()
    with transaction.atomic():
        govs = Unit.objects.bulk_create(
            [
                Unit(
                    name=f"第{i + 1:03d}县人民政府",
                    short_name=f"第{i + 1:03d}县",
                    kind=Unit.Kind.GOVERNMENT,
                    code=f"1153{i:04d}00000000",
                    path="",
                )
                for i in range(ARGS.sites)
            ]
        )
        for g in govs:
            g.path = f"/{g.pk}/"
        Unit.objects.bulk_update(govs, ["path"])
        depts = Unit.objects.bulk_create(
            [
                Unit(
                    parent=g,
                    name=f"{g.short_name}第{j + 1}局",
                    short_name=f"{g.short_name}第{j + 1}局",
                    kind=Unit.Kind.DEPARTMENT,
                    code=f"1153{i:04d}{j + 1:08d}",
                    path="",
                )
                for i, g in enumerate(govs)
                for j in range(ARGS.depts)
            ]
        )
        for d in depts:
            d.path = f"{d.parent.path}{d.pk}/"
        Unit.objects.bulk_update(depts, ["path"])
        HostedSite.objects.bulk_create(
            [
                HostedSite(
                    name=f"{g.name}网站",
                    root=g,
                    hosts=f"s{i + 1}.gov.test",
                    site_id_code=f"53{i:08d}",
                    icp=f"滇ICP备{i:08d}号",
                )
                for i, g in enumerate(govs)
            ]
        )
    units = sorted([u.pk for u in govs + depts])
    codes = dict(Unit.objects.values_list("pk", "code"))
    nodes = list(CatalogueNode.objects.filter(parent__slug="fdzdgknr").values_list("pk", flat=True))
    topics = list(Topic.objects.filter(parent__isnull=False).values_list("pk", flat=True))
    kinds = [k for k in Item.Kind.values if k != "interpretation"]

    # the distinct texts
    sentences = [s for f in seed_sentences() for s in f]
    texts = []
    for k in range(TEMPLATES):
        body = [sentences[(k * 4 + j) % len(sentences)] for j in range(4)]
        texts.append((_title_of(body[0]) + f"（{k + 1}）", "".join(body)))

    dropped = drop_secondary_indexes()
    timings["units_s"] = round(time.perf_counter() - t, 1)

    # items: n = 0 … size-1; unit, column, kind rotate; dates rise with n over the years
    t = time.perf_counter()
    now = timezone.now().replace(microsecond=0)
    span = ARGS.years * 365 * 86400
    first = now - dt.timedelta(seconds=span)
    fixed = column_defaults(
        Item,
        skip={
            "unit_id",
            "title",
            "body",
            "topic_id",
            "catalogue_node_id",
            "kind",
            "doc_number",
            "written_on",
            "formed_on",
            "published_at",
            "validity",
            "attribute",
            "status",
            "index_number",
            "created_at",
            "updated_at",
        },
    )
    at = "(%(first)s::timestamptz + make_interval(secs => (n * %(span)s / %(size)s)::float8))"
    exprs = {
        "unit_id": "bu.id",
        "title": "bt.title",
        "body": "'<p>' || bt.body || '</p>'",
        "topic_id": "(%(topics)s::bigint[])[1 + n %% %(ntop)s]",
        "catalogue_node_id": "(%(nodes)s::bigint[])[1 + (n / %(nu)s) %% %(nn)s]",
        "kind": "(%(kinds)s::text[])[1 + (n / 7) %% %(nk)s]",
        "doc_number": "'示政发〔' || extract(year FROM "
        + at
        + ")::int || '〕' || (n %% 500 + 1) || '号'",
        "written_on": f"({at})::date",
        "formed_on": f"({at})::date",
        "published_at": at,
        "created_at": at,
        "updated_at": at,
        "validity": "CASE WHEN n %% 7 = 0 THEN 'repealed' ELSE 'valid' END",
        "attribute": "'proactive'",
        "status": "CASE WHEN n %% 20 = 0 THEN 'withdrawn' ELSE 'published' END",
        "index_number": "bu.code || '-' || extract(year FROM "
        + at
        + ")::int || '-' || lpad(n::text, 8, '0')",
    }
    params = {
        "first": first,
        "span": span,
        "size": size,
        "nu": len(units),
        "nt": len(texts),
        "topics": topics,
        "ntop": len(topics),
        "nodes": nodes,
        "nn": len(nodes),
        "kinds": kinds,
        "nk": len(kinds),
    }
    # the texts and units in small tables joined by number (an array parameter would be
    # parsed again for every row)
    with connection.cursor() as cur:
        cur.execute("CREATE TEMP TABLE bench_text (k int PRIMARY KEY, title text, body text)")
        cur.executemany(
            "INSERT INTO bench_text VALUES (%s, %s, %s)",
            [(k, a, b) for k, (a, b) in enumerate(texts)],
        )
        cur.execute("CREATE TEMP TABLE bench_unit (k int PRIMARY KEY, id bigint, code text)")
        cur.executemany(
            "INSERT INTO bench_unit VALUES (%s, %s, %s)",
            [(k, u, codes[u]) for k, u in enumerate(units)],
        )
        cur.execute("ANALYZE bench_text; ANALYZE bench_unit")
    joins = "JOIN bench_text bt ON bt.k = n %% %(nt)s JOIN bench_unit bu ON bu.k = n %% %(nu)s"
    insert_select(Item._meta.db_table, size, 0, exprs, params, fixed, joins)
    timings["items_s"] = round(time.perf_counter() - t, 1)

    # search documents: the first TEMPLATES public items through the real analysis, then
    # every other public item copies the index columns of the template of its text
    t = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute(
            "SELECT id, title FROM publishing_informationitem WHERE status <> 'withdrawn' "
            "ORDER BY id LIMIT %s",
            [TEMPLATES * 2],
        )
        by_title: dict[str, int] = {}
        for pk, title in cur.fetchall():
            by_title.setdefault(title, pk)
    template_pks = sorted(by_title.values())
    with transaction.atomic():
        bar = progress(len(template_pks), "检索模板")
        for i in range(0, len(template_pks), 500):
            chunk = template_pks[i : i + 500]
            backends.index_batch(SEARCH_SOURCE, [(pk, search_document(pk)) for pk in chunk])
            bar.update(len(chunk))
        bar.close()
    sd = SearchDocument._meta.db_table
    with connection.cursor() as cur:
        cols = [c.name for c in connection.introspection.get_table_description(cur, sd)]
        cur.execute(f"CREATE TEMP TABLE tpl AS SELECT * FROM {sd}")
        cur.execute("CREATE INDEX ON tpl (title)")
    over = {
        "source": "t.source",
        "object_pk": "i.id",
        "url": "'/documents/' || i.id || '/'",
        "date": "(i.published_at AT TIME ZONE %(tz)s)::date",
        "year": "extract(year FROM (i.published_at AT TIME ZONE %(tz)s))::int",
        "unit_id": "i.unit_id",
        "unit_name": "u.name",
        "kind": "i.kind",
        "validity": "i.validity",
        "doc_number": "i.doc_number",
        "index_number": "i.index_number",
        "title": "i.title",
    }
    copy_cols = [c for c in cols if c != "id"]
    select = ", ".join(over.get(c, f"t.{c}") for c in copy_cols)
    sql = (
        f"INSERT INTO {sd} ({', '.join(copy_cols)}) SELECT {select} "
        "FROM publishing_informationitem i JOIN tpl t ON t.title = i.title "
        "JOIN core_unit u ON u.id = i.unit_id "
        "WHERE i.id BETWEEN %(lo)s AND %(hi)s AND i.status <> 'withdrawn' "
        "AND i.id <> ALL(%(tpl)s)"
    )
    with connection.cursor() as cur:
        cur.execute("SELECT min(id), max(id) FROM publishing_informationitem")
        lo, hi = cur.fetchone()
    bar = progress(hi - lo + 1, sd)
    tz = str(timezone.get_current_timezone())
    for a in range(lo, hi + 1, ARGS.batch):
        b = min(hi, a + ARGS.batch - 1)
        with connection.cursor() as cur:
            cur.execute(sql, {"lo": a, "hi": b, "tpl": template_pks, "tz": tz})
        bar.update(b - a + 1)
    bar.close()
    timings["search_s"] = round(time.perf_counter() - t, 1)

    # audit events: one per item (its publication), as the services write them
    t = time.perf_counter()
    ae = AuditEvent._meta.db_table
    with connection.cursor() as cur:
        cols = [c.name for c in connection.introspection.get_table_description(cur, ae)]
    with connection.cursor() as cur:
        cur.execute(f"SELECT coalesce(max(seq), 0) FROM {ae}")
        seq0 = cur.fetchone()[0]
    a_over = {
        "created_at": "i.published_at",
        "seq": f"{seq0} + i.id",
        "hash": "encode(sha256(i.id::text::bytea), 'hex')",
        "action": "'publishing.publish'",
        "object_type": "'publishing.informationitem'",
        "object_id": "i.id::text",
        "unit_id": "i.unit_id",
        "summary": "'发布政府信息：' || left(i.title, 60)",
    }
    a_fixed = column_defaults(AuditEvent, skip=set(a_over) | {"id"})
    a_cols = [c for c in cols if c in a_over or c in a_fixed]
    a_sel = ", ".join(a_over[c] if c in a_over else f"%(f_{c})s" for c in a_cols)
    a_params = {f"f_{c}": a_fixed[c] for c in a_cols if c not in a_over}
    sql = (
        f"INSERT INTO {ae} ({', '.join(a_cols)}) SELECT {a_sel} FROM publishing_informationitem i "
        "WHERE i.id BETWEEN %(lo)s AND %(hi)s"
    )
    bar = progress(hi - lo + 1, ae)
    for a in range(lo, hi + 1, ARGS.batch):
        b = min(hi, a + ARGS.batch - 1)
        with connection.cursor() as cur:
            cur.execute(sql, {**a_params, "lo": a, "hi": b})
        bar.update(b - a + 1)
    bar.close()
    timings["audit_s"] = round(time.perf_counter() - t, 1)

    t = time.perf_counter()
    bar = progress(len(dropped), "重建索引")
    with connection.cursor() as cur:
        for ddl in dropped:
            cur.execute(ddl)
            bar.update(1)
    bar.close()
    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
    timings["indexes_s"] = round(time.perf_counter() - t, 1)
    timings["total_s"] = round(time.perf_counter() - t0, 1)
    return timings


def migrate_kept() -> None:
    """Bring a kept database to the code's migrations (a new index, a new column), so that
    ``--measure-only`` measures the code as it is; ANALYZE after a change."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not plan:
        return
    t = time.perf_counter()
    names = ", ".join(f"{m.app_label}.{m.name}" for m, _backwards in plan)
    log(f"  applying {len(plan)} migration(s): {names}")
    call_command("migrate", verbosity=0)
    with connection.cursor() as cur:
        for table in LARGE_TABLES:
            cur.execute(f"ANALYZE {table}")
    log(f"  migrated in {time.perf_counter() - t:.0f} s")


# --- measuring --------------------------------------------------------------------------


def server_ms(queries: list[dict]) -> float:
    """Planning + execution time, on the server, of the SELECTs of one request, each run
    again under EXPLAIN ANALYZE (the wall time of a request also waits for a core)."""
    from django.db import connection

    total = 0.0
    with connection.cursor() as cur:
        for q in queries:
            sql = q["sql"].lstrip()
            cursor = DECLARE.match(sql)  # an iterator's server-side cursor: its SELECT
            sql = cursor.group(1) if cursor else sql
            if not sql.upper().startswith(("SELECT", "WITH")):
                continue  # SAVEPOINT …
            cur.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
            plan = cur.fetchone()[0]
            plan = plan[0] if isinstance(plan, list) else json.loads(plan)[0]
            total += plan.get("Planning Time", 0.0) + plan.get("Execution Time", 0.0)
    return total


def sizes_on_disk() -> dict:
    from django.db import connection

    out = {}
    with connection.cursor() as cur:
        for table in LARGE_TABLES:
            cur.execute(
                "SELECT count(*), pg_table_size(%s), pg_indexes_size(%s) FROM " + table,
                [table, table],
            )
            rows, data, idx = cur.fetchone()
            out[table] = {"rows": rows, "table_mb": data // 2**20, "indexes_mb": idx // 2**20}
        cur.execute("SELECT pg_database_size(current_database())")
        out["database_mb"] = cur.fetchone()[0] // 2**20
    return out


def measure() -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from gongkai.core.models import HostedSite

    rng = random.Random(23)
    sites_ = list(HostedSite.objects.select_related("root").order_by("id"))
    with connection.cursor() as cur:
        cur.execute(
            "SELECT n.slug FROM publishing_cataloguenode n JOIN publishing_cataloguenode p "
            "ON p.id = n.parent_id WHERE p.slug = 'fdzdgknr' ORDER BY n.id LIMIT 1"
        )
        column = cur.fetchone()[0]

    docs: dict[int, list[int]] = {}

    def doc_of(site) -> str:
        if site.pk not in docs:
            with connection.cursor() as cur:
                cur.execute(
                    "SELECT i.id FROM publishing_informationitem i JOIN core_unit u "
                    "ON u.id = i.unit_id WHERE u.path LIKE %s AND i.status = 'published' "
                    "ORDER BY i.id DESC LIMIT 500",
                    [site.root.path + "%"],
                )
                docs[site.pk] = [r[0] for r in cur.fetchall()]
        return f"/documents/{rng.choice(docs[site.pk])}/"

    pages = {
        "目录首页 /xxgk/fdzdgknr/": lambda s: "/xxgk/fdzdgknr/",
        "目录栏目第2页": lambda s: f"/xxgk/fdzdgknr/{column}/?page=2",
        "文件页 /documents/<id>/": doc_of,
        "接口列表 /api/v1/documents": lambda s: "/api/v1/documents",
        "接口列表第20页": lambda s: "/api/v1/documents?page=20",
        "检索页 /search/": lambda s: f"/search/?q={rng.choice(QUERIES)}",
    }
    client = Client()
    out = {}
    for name, make in pages.items():
        times, queries, server = [], [], []
        bar = progress(ARGS.requests + 3, name)
        for i in range(ARGS.requests + 3):
            site = rng.choice(sites_)
            url = make(site)
            host = site.host_list()[0]
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                resp = client.get(url, HTTP_HOST=host)
                ms = (time.perf_counter() - t0) * 1000
            assert resp.status_code == 200, (host, url, resp.status_code)
            if i >= 3:  # the first requests warm the caches
                times.append(ms)
                queries.append(len(ctx.captured_queries))
                if len(server) < ARGS.explain:
                    server.append(server_ms(ctx.captured_queries))
            bar.update(1)
        bar.close()
        times.sort()
        out[name] = {
            "server_ms": round(statistics.median(server), 2) if server else None,
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 1),
            "max_ms": round(times[-1], 1),
            "queries": [min(queries), max(queries)],
        }
    return out


def main() -> None:
    sizes = [int(s) for s in ARGS.sizes.split(",") if s.strip()]
    server_url()
    setup = f"{ARGS.prefix}_setup"
    created_setup = not database_exists(setup)
    if created_setup:
        admin_execute(f"CREATE DATABASE {setup}")
    setup_django()
    if not ARGS.measure_only:  # migrated once; each size's database is a copy of it
        from django.core.management import call_command
        from django.db import connections

        t = time.perf_counter()
        call_command("migrate", verbosity=0)
        connections.close_all()
        log(f"migrated the template database in {time.perf_counter() - t:.0f} s")
    result = {"sizes": {}, "load_average": [round(x, 2) for x in os.getloadavg()]}
    try:
        for size in sizes:
            name = f"{ARGS.prefix}_{size}"
            if ARGS.measure_only:
                if not database_exists(name):
                    sys.exit(f"没有数据库 {name}：请先不带 --measure-only 运行并加 --keep")
                use_database(name)
                migrate_kept()
                timings = None
            else:
                admin_execute(f"DROP DATABASE IF EXISTS {name}")
                admin_execute(f"CREATE DATABASE {name} TEMPLATE {setup}")
                use_database(name)
                log(f"building {name}: {size} items, {ARGS.sites} sites")
                timings = build(size)
                log(f"  built in {timings['total_s']} s {timings}")
            load = os.getloadavg()
            pages = measure()
            result["sizes"][size] = {
                "build": timings,
                "disk": sizes_on_disk(),
                "load_average_before": [round(x, 2) for x in load],
                "pages": pages,
            }
            from django.db import connections

            connections.close_all()
            if not ARGS.keep and not ARGS.measure_only:
                admin_execute(f"DROP DATABASE IF EXISTS {name}")
    finally:
        from django.db import connections

        connections.close_all()
        if not ARGS.keep:
            admin_execute(f"DROP DATABASE IF EXISTS {setup}")
    if len(sizes) > 1:
        a, b = result["sizes"][sizes[0]]["pages"], result["sizes"][sizes[-1]]["pages"]
        result["growth_p95"] = {k: round(b[k]["p95_ms"] / a[k]["p95_ms"], 2) for k in a}
        result["growth_p50"] = {k: round(b[k]["p50_ms"] / a[k]["p50_ms"], 2) for k in a}
        result["growth_server"] = {
            k: round(b[k]["server_ms"] / a[k]["server_ms"], 2)
            for k in a
            if a[k].get("server_ms") and b[k].get("server_ms")
        }
    if ARGS.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(
        f"\nPostgreSQL, {ARGS.sites} sites × (1 + {ARGS.depts}) units; {ARGS.requests} requests each"
    )
    print(
        f"{'page':28} {'items':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8}"
        f" {'SQL ms':>8}"
    )
    for size, r in result["sizes"].items():
        for name, m in r["pages"].items():
            q = m["queries"]
            qs = str(q[0]) if q[0] == q[1] else f"{q[0]}-{q[1]}"
            sql = m.get("server_ms")
            print(
                f"{name:28} {size:>9} {m['p50_ms']:>8} {m['p95_ms']:>8} {m['max_ms']:>8} {qs:>8}"
                f" {'' if sql is None else sql:>8}"
            )
        print(f"  load average before: {r['load_average_before']}; disk: {r['disk']}")
    if "growth_p95" in result:
        print(f"\ngrowth {sizes[0]} -> {sizes[-1]} (p95 ratio, p50 ratio, SQL ms ratio):")
        for k, v in result["growth_p95"].items():
            sql = result["growth_server"].get(k, "")
            print(f"  {k:28} {v:>6}  {result['growth_p50'][k]:>6}  {sql:>6}")


if __name__ == "__main__":
    main()
