"""PostgreSQL: the ways of reading "the newest matches of a query", timed one by one.

    DATABASE_URL=postgres://…/gongkai_bench1m .venv/bin/python benchmarks/search_reads.py
    … benchmarks/search_reads.py --rum        # also the RUM index (built if missing)

For each query of ``search.py``'s fixed set (the loose query the count reads, with its
filters), on a database that ``search.py --fast --keep`` built: the probe of the newest
``PROBE`` rows, then the ``COUNT_CAP + 1 - hits`` newest matches below it read

- by the **walk** backwards along the key (``backends_pg._walk``),
- through a **GIN window** of the newest ids sized by the probe's rate (the partial GIN
  indexes of the ranges it spans, ``pg_ranges.RANGE`` ids each),
- through the **whole GIN index** below the probe (every range, newest first, as the
  backend reads a query whose window would not fit; skipped for words in more than a
  third of the rows: it fetches every match),
- with ``--rum``, through a **RUM index** ``(tsv rum_tsvector_addon_ops, id)`` with ``id``
  attached, ordered by ``id <=| below`` (bitmap and sequential scans off for that
  statement, as the planner prefers the GIN bitmap).

Prints the best of ``--repeat`` wall times of each (ms), checks that every way gave the
same ids (a query with synonyms, whose alternatives the GIN reads take one by one, also
against the window read as one query), and says which one the backend's cost model
picks (walk or GIN window).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
parser.add_argument("--repeat", type=int, default=3, help="timed runs of each read (best kept)")
parser.add_argument("--rum", action="store_true", help="also read the RUM index (built if missing)")
parser.add_argument(
    "--cap", type=int, default=0, help="matches to read (default: COUNT_CAP + 1, as the count)"
)
args = parser.parse_args()

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
os.environ["DEBUG"] = "0"

import django

django.setup()

from django.db import connection
from search_queries import QUERIES

from gongkai.search import analysis, backends, backends_pg
from gongkai.search.selectors import parse

RUM_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_doc_rum ON search_searchdocument "
    "USING rum (tsv rum_tsvector_addon_ops, id) "
    "WITH (attach = 'id', to = 'tsv', order_by_attach = 't')"
)


def rum_read(cursor, tsq, flt, fparams, cap, below):
    """The ``cap`` newest matches under ``below`` in the RUM index's id order. The bound is
    written ``id + 0`` on purpose: as an index condition on the attached column, RUM
    1.3.13 returned the matches oldest first."""
    cursor.execute("SET enable_bitmapscan = off")
    cursor.execute("SET enable_seqscan = off")
    try:
        cursor.execute(
            "SELECT id FROM search_searchdocument WHERE tsv @@ %s::tsquery "  # noqa: S608 (constants only)
            f"AND id + 0 < %s{flt} ORDER BY id <=| %s::bigint LIMIT %s",
            [tsq, below, *fparams, below - 1, cap],
        )
        return [r[0] for r in cursor.fetchall()]
    finally:
        cursor.execute("RESET enable_bitmapscan")
        cursor.execute("RESET enable_seqscan")


def best(fn, *a):
    out, ms = None, float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        out = fn(*a)
        ms = min(ms, (time.perf_counter() - t0) * 1000)
    return out, ms


def main():
    with connection.cursor() as c:
        backends_pg.session(c)  # as the backend: no JIT
        c.execute("SELECT count(*) FROM search_searchdocument")
        print(f"数据库：{connection.settings_dict['NAME']}，{c.fetchone()[0]:,} 篇")
        if args.rum:
            c.execute("SELECT to_regclass('search_doc_rum') IS NOT NULL")
            if not c.fetchone()[0]:
                t0 = time.perf_counter()
                c.execute("CREATE EXTENSION IF NOT EXISTS rum")
                c.execute(RUM_INDEX)
                print(f"RUM 索引建立 {time.perf_counter() - t0:,.0f} 秒", file=sys.stderr)
            c.execute("SELECT pg_size_pretty(pg_relation_size('search_doc_rum'))")
            print(f"RUM 索引大小：{c.fetchone()[0]}")
        with open("/proc/loadavg") as f:
            print("负载（1/5/15 分钟）：" + " / ".join(f.read().split()[:3]))
        cap_all = args.cap or backends.COUNT_CAP + 1
        print(f"读取：最新 {cap_all} 条匹配（探查 {backends_pg.PROBE} 行之后）")
        head = f"{'query':24} {'hits':>9} {'probe':>6} {'walk':>7} {'window':>7} {'whole':>7}"
        print(head + (f" {'rum':>7}" if args.rum else "") + "  model")
        for _label, q, flt in QUERIES:
            filters = backends.Filters(**(flt or {}))
            fsql, fparams = backends._pg_filter(filters)
            tsq = analysis.pg_tsquery(parse(q), loose=True)
            (ids, top, loose_hits, _tier_hits), t_probe = best(
                backends_pg.probe, c, "tsv", tsq, fsql, fparams, cap_all
            )
            floor = top - backends_pg.PROBE + 1
            cap = cap_all - len(ids)
            if cap <= 0:
                print(f"{q[:12] + str(flt or '')[:12]:24} {len(ids):>9} {t_probe:6.1f}  (probe)")
                continue
            walk, t_walk = best(backends_pg._walk, c, "tsv", tsq, fsql, fparams, cap, None, floor)
            window = int(backends_pg.PROBE * cap / max(1, len(ids)) * backends_pg.WINDOW_SLACK)
            low = max(0, floor - window)
            win, t_win = best(backends_pg._indexed, c, "tsv", tsq, fsql, fparams, cap, low, floor)
            same = win == walk[: len(win)] if len(win) < cap else win == walk
            if getattr(tsq, "options", ()):  # synonyms read apart: also read together
                joint = backends_pg._indexed(c, "tsv", str(tsq), fsql, fparams, cap, low, floor)
                same = same and joint == win
            t_whole = float("nan")
            if len(ids) < backends_pg.PROBE / 3:
                whole, t_whole = best(
                    backends_pg._indexed, c, "tsv", tsq, fsql, fparams, cap, None, floor
                )
                same = same and whole == walk
            t_rum = float("nan")
            if args.rum:
                rum, t_rum = best(rum_read, c, tsq, fsql, fparams, cap, floor)
                same = same and rum == walk
            model = "-"
            if ids:
                span = backends_pg._range_rows(low, floor, top)
                walk_first = backends_pg._walk_is_cheaper(
                    tsq, len(ids), backends_pg.PROBE, cap, span, loose_hits
                )
                model = "walk" if walk_first else "window"
            line = (
                f"{q[:12] + str(flt or '')[:12]:24} {len(ids):>4}/{backends_pg.PROBE:<4} "
                f"{t_probe:6.1f} {t_walk:7.1f} {t_win:7.1f} {t_whole:7.1f}"
            )
            line += f" {t_rum:7.1f}" if args.rum else ""
            print(line + f"  {model}" + ("" if same else "  不一致！"))


if __name__ == "__main__":
    main()
