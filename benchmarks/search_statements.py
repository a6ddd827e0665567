"""The statements one search runs on PostgreSQL, each with its wall time, and with
``--explain`` its server time and buffers (EXPLAIN (ANALYZE, BUFFERS) re-runs it).

    DATABASE_URL=postgres://…/gongkai_bench1m PYTHONPATH=. .venv/bin/python \\
        benchmarks/search_statements.py [--explain] [--runs 5] [保密 年份 …]

For each query of ``search_queries.QUERIES`` (those whose label or text contains one of
the words given, else all): two warm-up searches (page 1, relevance, as ``search.py``
times them), then ``--runs`` timed ones; the fastest is printed statement by statement
(a prepared statement by its text), then the totals. Buffers and statement counts do not
depend on the machine's load; times do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
parser.add_argument("words", nargs="*", help="only the queries whose label or text holds one")
parser.add_argument("--explain", action="store_true", help="server time and buffers of each")
parser.add_argument("--runs", type=int, default=5, help="timed searches (the fastest shown)")
parser.add_argument("--width", type=int, default=160, help="characters of each statement shown")
args = parser.parse_args()

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
os.environ["DEBUG"] = "0"

import django

django.setup()

from django.db import connection
from search_queries import QUERIES

from gongkai.search import backends_pg
from gongkai.search.backends import Filters
from gongkai.search.selectors import search

SKIP = ("PREPARE", "DEALLOCATE", "SELECT set_config")


def one(q, flt) -> tuple[float, list]:
    log: list = []

    def wrapper(execute, sql, params, many, context):
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            log.append((sql, params, (time.perf_counter() - t0) * 1000))

    t0 = time.perf_counter()
    with connection.execute_wrapper(wrapper):
        result = search(q=q, filters=Filters(**flt) if flt else None)
        _ = result.page.object_list if result.page else []
    return (time.perf_counter() - t0) * 1000, [s for s in log if not s[0].startswith(SKIP)]


def text_of(sql: str) -> str:
    """A prepared statement's text rather than its name."""
    if sql.startswith("EXECUTE "):
        name = sql.split()[1].split("(")[0]
        for names in backends_pg._PREPARED.values():
            for text, known in names.items():
                if known == name:
                    return text
    return sql


def explain(sql, params) -> tuple[float, int]:
    with connection.cursor() as c:
        c.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
        plan = c.fetchone()[0]
    plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
    top = plan["Plan"]
    buffers = top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0)
    return plan.get("Planning Time", 0.0) + plan["Execution Time"], buffers


def main() -> None:
    with open("/proc/loadavg") as f:
        print("负载（1/5/15 分钟）：" + " / ".join(f.read().split()[:3]))
    for label, q, flt in QUERIES:
        if args.words and not any(w in label + q for w in args.words):
            continue
        one(q, flt)
        one(q, flt)
        ms, statements = min((one(q, flt) for _ in range(args.runs)), key=lambda r: r[0])
        lines, server, buffers = [], 0.0, 0
        for sql, params, wall in statements:
            line = f"  {wall:6.2f} ms  {text_of(sql)[: args.width]}"
            if args.explain:
                s_ms, s_buf = explain(sql, params)
                server, buffers = server + s_ms, buffers + s_buf
                line += f"\n            服务器 {s_ms:.2f} ms，缓冲块 {s_buf}"
            lines.append(line)
        head = f"== {label}: {q} {flt or ''}  {ms:.1f} ms，{len(statements)} 条语句"
        if args.explain:
            head += f"，服务器 {server:.1f} ms，缓冲块 {buffers}"
        print(head, *lines, sep="\n")


if __name__ == "__main__":
    main()
