"""PostgreSQL: the newest matches read by the probe, the walk along the key, the windows of
the GIN index and among the loose query's matches are exactly the ones the whole GIN
index gives, in the same order and with the same count, for every tier, filter and sort."""

import datetime as dt
import random

import pytest
from django.db import connection, transaction

from gongkai.search import analysis, backends, backends_pg, pg_ranges
from gongkai.search.registry import SearchDocumentData
from gongkai.search.synonyms import build_map

pytestmark = pytest.mark.django_db

SYNONYMS = build_map(["低保、最低生活保障"])


def parse(q):
    return analysis.parse_query(q, analysis.current_mode(), synonyms=SYNONYMS)


WORDS = [
    "政务公开",
    "低保",
    "信息发布",
    "保密审查",
    "医疗",
    "税务",
    "公开",
    "政策解读",
    "最低生活保障",
]
QUERIES = [
    "公开",
    "政务公开",
    "税",
    "低保",
    "低保 公开",
    "保密审查 信息发布",
    "政策解读",
    "医疗保障",
]


def _cases() -> list:
    """Each query with both sorts, without and with a unit filter, on two pages."""
    return [
        (q, sort, filters, page)
        for q in QUERIES
        for sort in ("relevance", "date")
        for filters in (None, backends.Filters(unit_id=2))
        for page in ((0, 30), (10, 5))
    ]


def _corpus(n=400):
    rng = random.Random(7)
    items = []
    for pk in range(1, n + 1):
        title = "关于" + "".join(rng.choice(WORDS) for _ in range(2)) + "的通知"
        body = "，".join(rng.choice(WORDS) + "工作" for _ in range(rng.randint(1, 6)))
        items.append(
            (
                pk,
                SearchDocumentData(
                    title=title,
                    body=body,
                    url=f"/d/{pk}/",
                    date=dt.date(2020 + pk % 5, 1 + pk % 12, 1 + pk % 28),
                    unit_id=1 + pk % 3,
                    unit_name=f"单位{1 + pk % 3}",
                ),
            )
        )
    with transaction.atomic():
        backends.index_batch("test.windows", items)


def _whole_index_tiers(cursor, newest, tiers, loose, flt, fparams, cap, top, *_need_rates):
    # Every tier read in full (``need`` ignored), each in one statement over the table.
    return [backends_pg._indexed(cursor, c, tsq, flt, fparams, cap, None) for c, tsq in tiers]


def _ids(monkeypatch, q, *, probe, walk_max, sort="relevance", filters=None, page=(0, 30)):
    monkeypatch.setattr(backends, "COUNT_CAP", 20)
    monkeypatch.setattr(backends, "RANK_MAX", 20)
    monkeypatch.setattr(backends, "TIER_CAP", 15)
    monkeypatch.setattr(backends_pg, "PROBE", probe)
    monkeypatch.setattr(backends_pg, "WALK_MAX", walk_max)
    query = parse(q)  # with a synonym: its alternatives read one by one
    offset, limit = page
    result = backends.search_ids(query, filters, sort=sort, offset=offset, limit=limit)
    return result.ids, result.total


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_probes_walks_and_windows_give_the_same_pages_as_the_whole_index(monkeypatch):
    _corpus()
    used = set()
    way = {"now": ""}
    for name in ("_walk", "_indexed", "among"):
        real = getattr(backends_pg, name)

        def spy(*args, _name=name, _real=real, **kwargs):
            used.add((_name, way["now"]))
            return _real(*args, **kwargs)

        monkeypatch.setattr(backends_pg, name, spy)
    cases = _cases()
    for q, sort, filters, page in cases:
        way["now"] = "whole"
        with monkeypatch.context() as m:
            # The reference: every tier read in full from the whole table; the loose
            # query's newest matches by a walk over the whole table.
            m.setattr(backends_pg, "tier_ids", _whole_index_tiers)
            whole = _ids(m, q, probe=10**9, walk_max=None, sort=sort, filters=filters, page=page)
        # Ranges of the index as in production, and ranges of 50 ids (the corpus's 400
        # rows in eight ranges: windows and whole reads cut at their bounds).
        for span in (pg_ranges.RANGE, 50):
            for probe, walk_max in ((8, 10**6), (8, 0), (40, 10**6), (40, None)):
                way["now"] = f"{probe}/{walk_max}"
                with monkeypatch.context() as m:
                    m.setattr(pg_ranges, "RANGE", span)
                    got = _ids(
                        m, q, probe=probe, walk_max=walk_max, sort=sort, filters=filters, page=page
                    )
                assert got == whole, (q, sort, filters, page, span, probe, walk_max)
    # Every way of reading was taken: walks and GIN windows below the probe, and the
    # tiers among the loose query's newest matches.
    assert {("_walk", "8/1000000"), ("_indexed", "8/0"), ("among", "8/0")} <= used
    assert ("_indexed", "whole") in used


def test_a_filtered_query_of_common_words_walks_rather_than_read_the_gin_window(monkeypatch):
    """The GIN window decodes the postings of the query's words in every row, whatever the
    filters: 政策解读 in one year (13 of the newest 512 rows, 160 without the year, at a
    million documents) costs 549 ms that way against 136 ms walking (search_reads.py)."""
    monkeypatch.setattr(backends_pg, "WALK_MAX", None)
    tsq = "('政策') & ('解读')"
    args = (tsq, 13, 512, 988, 1_000_000)
    assert backends_pg._walk_is_cheaper(*args, loose_hits=160)
    assert not backends_pg._walk_is_cheaper(*args)  # judged by the filtered rate alone
    # A rare word stays on the index, filtered or not.
    assert not backends_pg._walk_is_cheaper("('低保')", 1, 512, 1000, 1_000_000, loose_hits=7)


def test_pieces_cut_a_span_of_ids_at_the_ranges_bounds_newest_first(monkeypatch):
    monkeypatch.setattr(pg_ranges, "RANGE", 100)
    assert backends_pg._pieces(150, 420) == [
        (4, 1, 400, 420),
        (3, 1, 300, 401),
        (2, 1, 200, 301),
        (1, 1, 150, 201),
    ]
    assert backends_pg._pieces(None, 101) == [(0, 1, 0, 101)]
    assert backends_pg._pieces(None, 102) == [(1, 1, 100, 102), (0, 1, 0, 101)]
    assert backends_pg._pieces(5, 6) == []
    # every id of the span in exactly one piece, each piece inside one range
    ids = [i for _k, _n, lo, hi in backends_pg._pieces(7, 333) for i in range(hi - 1, lo, -1)]
    assert ids == list(range(332, 7, -1))
    assert all(
        pg_ranges.range_of(lo + 1) == k == pg_ranges.range_of(hi - 1)
        for k, _n, lo, hi in backends_pg._pieces(7, 333)
    )
    # ranges 0-3 merged into one block, 4-5 into another: a piece per block
    blocks = {k: (0, 4) for k in range(4)} | {4: (4, 2), 5: (4, 2)}
    assert backends_pg._pieces(None, 720, blocks) == [
        (7, 1, 700, 720),
        (6, 1, 600, 701),
        (4, 2, 400, 601),
        (0, 4, 0, 401),
    ]
    # a block that the span's low bound cuts is read through its ranges' own indexes,
    # which hold fewer candidates outside the span
    assert backends_pg._pieces(150, 720, blocks) == [
        (7, 1, 700, 720),
        (6, 1, 600, 701),
        (4, 2, 400, 601),
        (3, 1, 300, 401),
        (2, 1, 200, 301),
        (1, 1, 150, 201),
    ]
    assert backends_pg._pieces(450, 720, blocks)[-1] == (4, 1, 450, 501)
    ids = [
        i for _k, _n, lo, hi in backends_pg._pieces(7, 733, blocks) for i in range(hi - 1, lo, -1)
    ]
    assert ids == list(range(732, 7, -1))


def test_old_ranges_merge_into_aligned_blocks_the_newest_stay_alone(monkeypatch):
    monkeypatch.setattr(pg_ranges, "RANGE", 100)
    monkeypatch.setattr(pg_ranges, "KEEP", 2)
    assert pg_ranges.merged_blocks(250) == []  # ranges 0-2: none old enough
    assert pg_ranges.merged_blocks(650) == [(0, 4)]  # range 6: 0-3 old
    assert pg_ranges.merged_blocks(1550) == [(0, 4), (4, 4), (8, 4)]  # 12-15 alone
    assert pg_ranges.merged_blocks(1850) == [(0, 16)]  # range 18: 0-15 old
    # a million documents in ranges of 50,000: one block of 16 ranges, then 16-20 alone
    monkeypatch.setattr(pg_ranges, "RANGE", 50_000)
    assert pg_ranges.merged_blocks(1_000_000) == [(0, 16)]
    for top in range(1, 40_000, 37):
        monkeypatch.setattr(pg_ranges, "RANGE", 100)
        blocks = pg_ranges.merged_blocks(top)
        covered = [k for first, n in blocks for k in range(first, first + n)]
        assert covered == list(range(len(covered)))  # contiguous from range 0, no overlap
        assert all(first % n == 0 for first, n in blocks)  # aligned on their size
        assert len(covered) <= max(0, pg_ranges.range_of(top) - 2)  # the newest two alone


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_blocks_of_old_ranges_give_the_same_pages_and_replace_their_ranges(monkeypatch):
    """Ranges of 50 ids grouped into blocks (two levels): the reads of all the ranges left
    name the blocks' bounds, the results are those of the whole index."""
    monkeypatch.setattr(pg_ranges, "_LAYOUT", {})  # the layout read here is not kept
    _corpus()
    cases = _cases()
    whole = []
    for q, sort, filters, page in cases:
        with monkeypatch.context() as m:
            m.setattr(backends_pg, "tier_ids", _whole_index_tiers)
            whole.append(
                _ids(m, q, probe=10**9, walk_max=None, sort=sort, filters=filters, page=page)
            )
    monkeypatch.setattr(pg_ranges, "RANGE", 50)
    monkeypatch.setattr(pg_ranges, "FANOUT", 2)
    monkeypatch.setattr(pg_ranges, "KEEP", 1)
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM search_searchdocument")
        top = cursor.fetchone()[0]
        pg_ranges.ensure_ranges(cursor, top)
        built, dropped = pg_ranges.merge_ranges(cursor)
        blocks = pg_ranges.merged_blocks(top)
        assert len({n for _k, n in blocks}) >= 2  # blocks of two sizes at least
        names = {f"search_doc_tsv_r{k}_{n}" for k, n in blocks}
        assert names <= set(built)
        spans = pg_ranges._index_spans(cursor)
        assert sorted(s for s in spans["tsv"] if s[1] > 1) == sorted(blocks)
        # every range keeps its own index; the smaller blocks the larger replaced are gone
        assert {(k, 1) for k in range(pg_ranges.range_of(top) + 1)} <= set(spans["tsv_title"])
        assert pg_ranges.missing_ranges(cursor, top)[0] == []
        assert pg_ranges.merge_ranges(cursor) == ([], [])  # nothing left to do
        # as the table grows, larger blocks replace the smaller ones they hold
        later = top + 7 * 50
        pg_ranges.merge_ranges(cursor, later)
        spans = pg_ranges._index_spans(cursor)
        assert sorted(s for s in spans["tsv"] if s[1] > 1) == pg_ranges.merged_blocks(later)
    read = []
    real = backends_pg._read_pieces

    def spy(cursor, column, tsq, flt, fparams, cap, pieces, dates=None):
        read.extend(pieces)
        return real(cursor, column, tsq, flt, fparams, cap, pieces, dates)

    monkeypatch.setattr(backends_pg, "_read_pieces", spy)
    for case, expected in zip(cases, whole, strict=True):
        q, sort, filters, page = case
        for probe, walk_max in ((8, 10**6), (8, 0), (40, None)):
            with monkeypatch.context() as m:
                got = _ids(
                    m, q, probe=probe, walk_max=walk_max, sort=sort, filters=filters, page=page
                )
            assert got == expected, (case, probe, walk_max)
    assert any(n > 1 for _k, n, _lo, _hi in read)  # blocks were read


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_each_range_has_its_index_before_its_first_row_and_reads_use_it(monkeypatch):
    """The migration indexes the ranges of the rows present and the next; indexing rows
    into the last indexed range adds the next one, with the bounds its reads name."""
    monkeypatch.setattr(pg_ranges, "RANGE", 100)
    monkeypatch.setattr(pg_ranges, "_COVERED", {})

    def ranges():
        with connection.cursor() as c:
            c.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
                "WHERE i.indrelid = 'search_searchdocument'::regclass "
                "AND c.relname LIKE 'search\\_doc\\_%%\\_r%%'"
            )
            return {r[0] for r in c.fetchall()}

    with connection.cursor() as c:
        c.execute(
            "SELECT 1 FROM pg_class WHERE relname IN ('search_doc_tsv', 'search_doc_tsv_title')"
        )
        assert c.fetchone() is None  # no index over the whole table any more
    _corpus(250)
    with connection.cursor() as c:
        c.execute("SELECT max(id) FROM search_searchdocument")
        top = c.fetchone()[0]  # the id sequence is not rolled back between tests
    last = pg_ranges.range_of(top) + 1  # the range after the last row's
    for prefix in ("search_doc_tsv_r", "search_doc_title_r"):
        assert {f"{prefix}{k}" for k in range(last + 1)} <= ranges()
        assert f"{prefix}{last + 1}" not in ranges()
    with connection.cursor() as c:
        c.execute("SELECT pg_get_indexdef('search_doc_tsv_r2'::regclass)")
        body = c.fetchone()[0]
        c.execute("SELECT pg_get_indexdef('search_doc_title_r2'::regclass)")
        title = c.fetchone()[0]
    # the bounds a read of range 2 names (``_read_pieces``), so that the planner can use it
    assert "gin (tsv) WHERE ((id > 200) AND (id <= 300))" in body
    assert "gin (tsv_title) WHERE ((id > 200) AND (id <= 300))" in title


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_a_term_with_synonyms_is_read_one_alternative_at_a_time(monkeypatch):
    """低保 and its synonym 最低生活保障 go to the index as two queries whose newest
    matches are merged: the same ids as the one query of both."""
    _corpus()
    query = parse("低保")
    tsq = analysis.pg_tsquery(query, loose=True)
    assert len(tsq.options) == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM search_searchdocument")
        top = cursor.fetchone()[0] + 1
        for span in (pg_ranges.RANGE, 50):
            monkeypatch.setattr(pg_ranges, "RANGE", span)
            for cap in (5, 40, 1000):
                split = backends_pg._indexed(cursor, "tsv", tsq, "", [], cap, None, top)
                whole = backends_pg._indexed(cursor, "tsv", str(tsq), "", [], cap, None, None)
                assert split == whole and split, (span, cap)
