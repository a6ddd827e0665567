"""Full-text search benchmark: synthetic corpora cut from the real seed sentences.

    .venv/bin/python benchmarks/search.py                 # 100,000 then 1,000,000 documents
    .venv/bin/python benchmarks/search.py --sizes 20000   # a quick run
    .venv/bin/python benchmarks/search.py --quality-only  # analyser comparison only
    # a million rows in minutes: 5,000 analysed documents copied in SQL, kept for re-runs
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/search.py --fast --sizes 1000000 \
        --no-quality --keep DIR
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/search.py --measure-only \
        --explain --keep DIR                              # re-measure; server-side times

Prints, in one run:

1. ranking quality of the three analysers (bigram / jieba / both) on the seed corpus of
   the tests, against a substring oracle;
2. for each size (the larger corpus extends the smaller one): index build rate (docs/s,
   analysis + writes), index size (FTS5 segments) and table size, and p50/p95 latency of
   a fixed query set through the same selector the search page uses (count, rank, fetch,
   highlight), beside a naive ``LIKE '%q%'`` scan over the same table (count + newest 20).

Uses a throwaway SQLite database under a temporary directory (or DATABASE_URL if set to
a PostgreSQL server), never the site's.
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

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
parser.add_argument("--sizes", default="100000,1000000", help="corpus sizes, comma-separated")
parser.add_argument("--batch", type=int, default=2000, help="documents per transaction")
parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
parser.add_argument("--like-repeat", type=int, default=1, help="timed runs of each LIKE scan")
parser.add_argument(
    "--fast",
    action="store_true",
    help="analyse --templates documents in Python, then copy them in SQL with other ids, dates "
    "and units (minutes for a million rows; secondary indexes built after the load)",
)
parser.add_argument("--templates", type=int, default=5000, help="distinct documents for --fast")
parser.add_argument(
    "--explain",
    action="store_true",
    help="PostgreSQL: also time each query's statements on the server (EXPLAIN ANALYZE), "
    "which does not include the wait for a core of a loaded machine",
)
parser.add_argument("--quality-only", action="store_true")
parser.add_argument("--no-quality", action="store_true")
parser.add_argument("--keep", help="directory for the database (kept afterwards)")
parser.add_argument(
    "--measure-only",
    action="store_true",
    help="no build: time the queries on the database already in --keep",
)
args = parser.parse_args()

workdir = Path(args.keep or tempfile.mkdtemp(prefix="gongkai-search-bench-"))
workdir.mkdir(parents=True, exist_ok=True)
os.environ["GONGKAI_VAR_DIR"] = str(workdir)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
os.environ["DEBUG"] = "0"
os.environ["DJANGO_SETTINGS_MODULE"] = "gongkai.settings"

import django

django.setup()

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from search_queries import QUERIES

from gongkai.search import analysis, backends
from gongkai.search.backends import Filters
from gongkai.search.models import SearchDocument
from gongkai.search.registry import SearchDocumentData
from gongkai.search.selectors import search
from gongkai.search.testing import _title_of, oracle_text, seed_corpus, seed_sentences

UNITS = [(i, f"示范县第{i}单位") for i in range(1, 31)]
TOPICS = ["综合政务", "民政、扶贫、救灾", "卫生、体育", "财政、金融、审计", "城乡建设、环境保护"]
KINDS = ["通知", "方案", "意见", "要点", "公告", "报告"]
DOCNO_PREFIXES = ["泸政办发", "海政办发", "辽政办发", "鞍政办发", "国办发", "东政发", "示政办函"]


def fmt_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def clear_index():
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        if connection.vendor == "sqlite":
            with connection.cursor() as c:
                c.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
                c.execute("INSERT INTO search_fts_title(search_fts_title) VALUES ('delete-all')")


# --- 1. analyser quality -----------------------------------------------------------

QUALITY_QUERIES = [
    "低保",
    "公开",
    "税",
    "政务",
    "舆情",
    "网站",
    "政务公开",
    "政策解读",
    "信息发布",
    "保密审查",
    "依申请公开",
    "政府信息公开申请",
    "重大行政决策",
    "政务服务便民热线",
    "主动公开",
    "年度报告",
    "泸政办发〔2021〕56号",
    "辽政办发[2018]55号",
    "政務公開",
    "12345",
    "政策解读 网站",
    "依申请公开 政务公开",
]


def quality():
    docs = seed_corpus(UNITS[:3])
    print(
        f"== 1. 分词方式对排序质量的影响（种子语料 {len(docs)} 篇，{len(QUALITY_QUERIES)} 个检索式，"
        "以子串包含为相关判断）"
    )
    print(f"{'mode':8} {'P@10':>6} {'nDCG@10':>8} {'MRR':>6} {'recall':>7} {'build s':>8}")
    import math

    for mode in analysis.MODES:
        settings.GONGKAI_SEARCH_ANALYZER = mode
        clear_index()
        t0 = time.perf_counter()
        with transaction.atomic():
            backends.index_batch("bench.seed", list(docs.items()))
        build = time.perf_counter() - t0
        p10s, ndcgs, mrrs, recalls = [], [], [], []
        for q in QUALITY_QUERIES:
            terms = [analysis.normalize(t) for t in q.split()]
            if any(ch in q for ch in "〔[]"):
                # a doc number: relevant if the text has it in any bracket style
                parsed = analysis.parse_query(q, "bigram")
                tok = [t for t in parsed.terms[0].tokens if "h" in t and t[0].isdigit()][0]
                year, num = tok.split("h")
                relevant = {
                    pk
                    for pk, d in docs.items()
                    if f"{year}〕{num}号" in oracle_text(d) or f"{year}]{num}号" in oracle_text(d)
                }
            else:
                relevant = {pk for pk, d in docs.items() if all(t in oracle_text(d) for t in terms)}
            result = search(q=q, per_page=1000)
            found = [h.doc.object_pk for h in result.page.object_list] if result.page else []
            top = found[:10]
            if relevant:
                p10s.append(sum(pk in relevant for pk in top) / min(10, len(relevant)))
                dcg = sum(1 / math.log2(i + 2) for i, pk in enumerate(top) if pk in relevant)
                idcg = sum(1 / math.log2(i + 2) for i in range(min(10, len(relevant))))
                ndcgs.append(dcg / idcg)
                first = next((i for i, pk in enumerate(found) if pk in relevant), None)
                mrrs.append(0 if first is None else 1 / (first + 1))
                recalls.append(len(relevant & set(found)) / len(relevant))
        print(
            f"{mode:8} {statistics.mean(p10s):6.3f} {statistics.mean(ndcgs):8.3f} "
            f"{statistics.mean(mrrs):6.3f} {statistics.mean(recalls):7.3f} {build:8.2f}"
        )
    settings.GONGKAI_SEARCH_ANALYZER = analysis.DEFAULT_MODE
    clear_index()
    print()


# --- 2. synthetic corpora ----------------------------------------------------------


def synthetic(start: int, stop: int, rng: random.Random, sentences: list[str]):
    for pk in range(start, stop):
        n = rng.randint(3, 8)
        body = "".join(rng.choice(sentences) for _ in range(n))
        title = _title_of(rng.choice(sentences))
        year = rng.randint(2010, 2025)
        doc_number = ""
        if rng.random() < 0.1:
            doc_number = f"{rng.choice(DOCNO_PREFIXES)}〔{year}〕{rng.randint(1, 200)}号"
        if pk == 7:
            doc_number, title, year = (
                "泸政办发〔2021〕56号",
                "关于印发2021年泸水市政务公开工作要点的通知",
                2021,
            )
        unit_id, unit_name = UNITS[pk % len(UNITS)]
        yield (
            pk,
            SearchDocumentData(
                title=title,
                body=body,
                url=f"/documents/{pk}/",
                date=dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                unit_id=unit_id,
                unit_name=unit_name,
                topic=rng.choice(TOPICS),
                kind=rng.choice(KINDS),
                validity="有效" if rng.random() < 0.8 else "失效",
                doc_number=doc_number,
                index_number=f"015281722-{year}-{pk:07d}",
            ),
        )


def build(start: int, stop: int, rng, sentences) -> float:
    from tqdm import tqdm

    t0 = time.perf_counter()
    batch = []
    with tqdm(
        total=stop - start, unit="篇", desc=f"索引 {start:,}–{stop:,}", file=sys.stderr
    ) as bar:
        for item in synthetic(start, stop, rng, sentences):
            batch.append(item)
            if len(batch) >= args.batch:
                with transaction.atomic():
                    backends.index_batch("bench.doc", batch)
                bar.update(len(batch))
                batch = []
        if batch:
            with transaction.atomic():
                backends.index_batch("bench.doc", batch)
            bar.update(len(batch))
    return time.perf_counter() - t0


# --- 2b. fast build: a few thousand analysed documents, copied in SQL -----------------

SPECIAL_PK = 7  # the one document with 泸政办发〔2021〕56号 in the title: never copied
# Columns a copy takes from its own number g rather than from its template.
VARIED = {"id", "object_pk", "url", "date", "year", "unit_id", "unit_name", "index_number"}


def _template_of(g: str, templates: int) -> str:
    """SQL (same on both engines) for the template row id of copy number ``g``: Fibonacci
    hashing spreads consecutive numbers over all templates; the special document is
    replaced by its neighbour."""
    t = f"(1 + (({g} * 2654435761) % 4294967296) * {templates} / 4294967296)"
    return f"(CASE WHEN {t} = {SPECIAL_PK + 1} THEN {SPECIAL_PK + 2} ELSE {t} END)"


def _q(sql: str) -> str:
    """Escape the modulo signs of our SQL for the driver's %s placeholders."""
    return sql.replace("%", "%%").replace("%%s", "%s")


def _columns() -> list[str]:
    with connection.cursor() as c:
        desc = connection.introspection.get_table_description(c, "search_searchdocument")
    return [col.name for col in desc]


def fast_build(start: int, stop: int, rng, sentences) -> float:
    """Rows ``start``–``stop``: the first ``--templates`` through the normal indexing path,
    the rest copied from them in SQL (text and vectors of a template; id, date, unit and
    index number of their own)."""
    from tqdm import tqdm

    t0 = time.perf_counter()
    templates = args.templates
    pg = connection.vendor == "postgresql"
    if start == 0:
        with connection.cursor() as c:
            if pg:
                c.execute("TRUNCATE search_searchdocument RESTART IDENTITY")
        first = min(stop, templates)
        batch = []
        with tqdm(total=first, unit="篇", desc="分析模板文档", file=sys.stderr) as bar:
            for item in synthetic(0, first, rng, sentences):
                batch.append(item)
                if len(batch) >= args.batch or item[0] == first - 1:
                    with transaction.atomic():
                        backends.index_batch("bench.doc", batch)
                    bar.update(len(batch))
                    batch = []
        if not pg:
            _sqlite_template_table()
        start = first
    if start >= stop:
        return time.perf_counter() - t0
    cols = _columns()
    g = "g"
    tpl = _template_of(g, templates)
    day = f"(({g} * 2246822519 + 12345) % 4294967296) % 5844"
    if pg:
        date = f"(date '2010-01-01' + ({day})::int)"
        year = f"extract(year FROM date '2010-01-01' + ({day})::int)::int"
        series = "generate_series(%s::bigint, %s::bigint) AS s(g)"
        unit_name = f"'示范县第' || ({g} % 30 + 1) || '单位'"
        index_number = f"'015281722-' || {year} || '-' || lpad({g}::text, 7, '0')"
    else:
        date = f"date('2010-01-01', '+' || ({day}) || ' days')"
        year = f"CAST(strftime('%Y', {date}) AS INTEGER)"
        series = (
            "(WITH RECURSIVE s(g) AS (SELECT %s UNION ALL SELECT g + 1 FROM s WHERE g < %s) "
            "SELECT g FROM s)"
        )
        unit_name = f"'示范县第' || ({g} % 30 + 1) || '单位'"
        index_number = f"'015281722-' || {year} || '-' || substr('0000000' || {g}, -7)"
    varied = {
        "id": f"{g} + 1",
        "object_pk": g,
        "url": f"'/documents/' || {g} || '/'",
        "date": date,
        "year": year,
        "unit_id": f"{g} % 30 + 1",
        "unit_name": unit_name,
        "index_number": index_number,
    }
    select = ", ".join(varied.get(c, f"t.{c}") for c in cols)
    dropped = _drop_secondary_indexes() if pg else []
    try:
        _copy_rows(start, stop, cols, select, series, tpl, year, pg)
    finally:
        _recreate_indexes(dropped)
    if pg:  # the ranges of the GIN indexes that the copied rows reach
        from gongkai.search import pg_ranges

        with connection.cursor() as c:
            pg_ranges.ensure_ranges(c)
            # The layout the hourly job keeps (``maintain_ranges``): old ranges merged into
            # blocks, the newest ranges' sub-ranges. Without them the indexes recreated
            # above are those of the table before the copy (at a million documents: the
            # sub-ranges of ids 1–100,000, no block), which no production database has.
            pg_ranges.merge_ranges(c)
            pg_ranges.keep_subs(c)
    if pg:
        vacuum_analyze()
    return time.perf_counter() - t0


def _copy_rows(start, stop, cols, select, series, tpl, year, pg) -> None:
    from tqdm import tqdm

    chunk = 100_000
    with tqdm(
        total=stop - start, unit="篇", desc=f"复制 {start:,}–{stop:,}", file=sys.stderr
    ) as bar:
        for lo in range(start, stop, chunk):
            hi = min(stop, lo + chunk) - 1
            with transaction.atomic(), connection.cursor() as c:
                c.execute(
                    _q(
                        f"INSERT INTO search_searchdocument ({', '.join(cols)}) "  # noqa: S608 (our columns)
                        f"SELECT {select} FROM {series} JOIN search_searchdocument t "
                        f"ON t.id = {tpl}"
                    ),
                    [lo, hi],
                )
                if not pg:
                    facets = f"t.facets || ' u' || (g % 30 + 1) || ' y' || {year}"
                    for table, columns in (
                        ("search_fts", "title, body, facets"),
                        ("search_fts_title", "title, facets"),
                    ):
                        values = columns.replace("facets", facets).replace("title", "t.title")
                        values = values.replace("body", "t.body")
                        c.execute(
                            _q(
                                f"INSERT INTO {table}(rowid, {columns}) "  # noqa: S608
                                f"SELECT g + 1, {values} FROM {series} "
                                f"JOIN bench_template t ON t.id = {tpl}"
                            ),
                            [lo, hi],
                        )
            bar.update(hi + 1 - lo)


def _recreate_indexes(dropped) -> None:
    with connection.cursor() as c:
        for name, sql in dropped:
            t1 = time.perf_counter()
            c.execute(sql)
            print(f"  索引 {name} 重建 {time.perf_counter() - t1:,.1f} 秒", file=sys.stderr)
        if connection.vendor == "postgresql":
            c.execute(
                "SELECT setval(pg_get_serial_sequence('search_searchdocument', 'id'), "
                "(SELECT max(id) FROM search_searchdocument))"
            )


def vacuum_analyze() -> None:
    with connection.cursor() as c:
        c.execute("VACUUM ANALYZE search_searchdocument")


def _drop_secondary_indexes() -> list[tuple[str, str]]:
    """Drop the table's indexes that back no constraint; return their definitions."""
    with connection.cursor() as c:
        c.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = 'search_searchdocument'::regclass AND NOT EXISTS ("
            " SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
        )
        dropped = c.fetchall()
        for name, _sql in dropped:
            c.execute(f'DROP INDEX "{name}"')
    return dropped


def _sqlite_template_table() -> None:
    """SQLite: the templates' token streams in a side table (FTS5 is contentless), with the
    facet tokens other than the unit (each copy has its own unit)."""
    with connection.cursor() as c:
        c.execute("DROP TABLE IF EXISTS bench_template")
        c.execute("CREATE TABLE bench_template (id INTEGER PRIMARY KEY, title, body, facets)")
        rows = []
        for rid, blob in SearchDocument.objects.values_list("id", "tokens"):
            a = backends.Analysed.unpack(blob)
            facets = " ".join(f for f in a.facets.split() if not f.startswith(("u", "y")))
            rows.append((rid, a.title, a.body, facets))
        c.executemany("INSERT INTO bench_template VALUES (%s, %s, %s, %s)", rows)


def table_size() -> int:
    with connection.cursor() as c:
        if connection.vendor == "sqlite":
            c.execute(
                "SELECT coalesce(sum(pgsize),0) FROM dbstat WHERE name IN (SELECT name FROM "
                "sqlite_master WHERE tbl_name = 'search_searchdocument')"
            )
        else:
            c.execute("SELECT pg_total_relation_size('search_searchdocument')")
        return int(c.fetchone()[0])


def time_queries() -> tuple[list[float], dict[str, float]]:
    all_ms, per_query = [], {}
    for label, q, flt in QUERIES:
        filters = Filters(**flt) if flt else None
        search(q=q, filters=filters)  # warm-up
        runs = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = search(q=q, filters=filters)
            _ = result.page.object_list if result.page else []
            runs.append((time.perf_counter() - t0) * 1000)
        per_query[f"{label}: {q}"] = (statistics.median(runs), result.total, result.capped)
        all_ms += runs
    return all_ms, per_query


def server_ms(q: str, filters) -> tuple[float, int]:
    """Planning + execution time on the server of every statement one search runs
    (EXPLAIN ANALYZE re-runs each), and the number of statements."""
    import json

    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        result = search(q=q, filters=filters)
        _ = result.page.object_list if result.page else []
    total = 0.0
    with connection.cursor() as c:
        for captured in ctx.captured_queries:
            c.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + captured["sql"])
            plan = c.fetchone()[0]
            plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
            total += plan["Planning Time"] + plan["Execution Time"]
    return total, len(ctx.captured_queries)


def time_server() -> dict[str, tuple[float, int]]:
    out = {}
    for label, q, flt in QUERIES:
        filters = Filters(**flt) if flt else None
        runs = [server_ms(q, filters) for _ in range(args.repeat)]
        out[f"{label}: {q}"] = (statistics.median(r[0] for r in runs), runs[0][1])
    return out


def time_like() -> list[float]:
    out = []
    with connection.cursor() as c:
        for _label, q, flt in QUERIES:
            needle = q.split()[0]
            where = "(title LIKE %s OR text LIKE %s)"
            params = [f"%{needle}%", f"%{needle}%"]
            if flt and "unit_id" in flt:
                where += " AND unit_id = %s"
                params.append(flt["unit_id"])
            for _ in range(args.like_repeat):
                t0 = time.perf_counter()
                c.execute(f"SELECT count(*) FROM search_searchdocument WHERE {where}", params)
                c.fetchone()
                c.execute(
                    f"SELECT id FROM search_searchdocument WHERE {where} ORDER BY date DESC LIMIT 20",
                    params,
                )
                c.fetchall()
                out.append((time.perf_counter() - t0) * 1000)
    return out


def measure(size: int, build_info) -> None:
    ms, per_query = time_queries()
    server = time_server() if args.explain and connection.vendor == "postgresql" else {}
    with open("/proc/loadavg") as f:
        load_before = " / ".join(f.read().split()[:3])
    like = time_like()
    fts_p50, fts_p95 = pct(ms, 50), pct(ms, 95)
    print(f"\n-- {size:,} 篇")
    if build_info:
        rate, seconds, merge_s, steps = build_info
        print(
            f"索引速度：{rate:,.0f} 篇/秒（本轮 {seconds:,.1f} 秒）；段合并 {merge_s:,.1f} 秒（{steps} 步）"
        )
    print(
        f"索引大小：全文索引 {fmt_bytes(backends.index_size_bytes())}；"
        f"文档表及其索引 {fmt_bytes(table_size())}"
    )
    print(
        f"检索延迟（{len(QUERIES)} 个检索式 × {args.repeat} 次，含计数、排序、取文档、高亮）："
        f"p50 {fts_p50:.1f} ms，p95 {fts_p95:.1f} ms，最大 {max(ms):.1f} ms"
    )
    if like:  # --like-repeat 0: no baseline
        like_p50, like_p95 = pct(like, 50), pct(like, 95)
        print(
            f"基线 LIKE '%q%' 扫描（计数 + 最新 20 条）：p50 {like_p50:.1f} ms，"
            f"p95 {like_p95:.1f} ms"
        )
        print(f"倍数：p50 快 {like_p50 / fts_p50:,.0f} 倍，p95 快 {like_p95 / fts_p95:,.0f} 倍")
    if server:
        values = [v[0] for v in server.values()]
        print(
            f"服务器端（EXPLAIN ANALYZE，各检索式中位数）：p50 {pct(values, 50):.1f} ms，"
            f"p95 {pct(values, 95):.1f} ms，最大 {max(values):.1f} ms"
        )
    with open("/proc/loadavg") as f:
        load_after = " / ".join(f.read().split()[:3])
    print(f"负载（1/5/15 分钟）：检索计时后 {load_before}，LIKE 之后 {load_after}")
    for name, (median, total, capped) in per_query.items():
        extra = ""
        if name in server:
            extra = f"  服务器 {server[name][0]:6.1f} ms / {server[name][1]} 条语句"
        print(f"   {median:7.1f} ms  {'>' if capped else ' '}{total:>6}  {name}{extra}")


def main():
    print(
        f"数据库：{connection.vendor} {connection.settings_dict['NAME']}；分词：{analysis.current_mode()}"
    )
    call_command("migrate", verbosity=0)
    if connection.vendor == "sqlite":
        with connection.cursor() as c:
            c.execute("PRAGMA cache_size = -262144")  # 256 MB page cache
    if not args.no_quality and not args.measure_only:  # quality() empties the index
        quality()
    if args.quality_only:
        return
    if args.measure_only:
        measure(SearchDocument.objects.count(), None)
        print(f"\n数据库目录：{workdir}")
        return
    clear_index()
    sentences = [s for group in seed_sentences() for s in group]
    rng = random.Random(20260101)
    done = 0
    print(f"== 2. 合成语料（{len(sentences)} 个真实种子句子随机组合）")
    for size in sorted(int(s) for s in args.sizes.split(",")):
        seconds = (fast_build if args.fast else build)(done, size, rng, sentences)
        t0 = time.perf_counter()
        steps = backends.optimize()
        merge_s = time.perf_counter() - t0
        rate = (size - done) / seconds
        done = size
        measure(size, (rate, seconds, merge_s, steps))
    print(f"\n数据库目录：{workdir}")


if __name__ == "__main__":
    main()
