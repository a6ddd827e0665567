"""PostgreSQL: the newest matches read by the probe, the walk along the key, the windows of
the GIN index, the RUM index and among the loose query's matches are exactly the ones the
whole GIN index gives, in the same order and with the same count, for every tier, filter
and sort — with the RUM index (migration 0008) and without it (the GIN fallback)."""

import datetime as dt
import random

import pytest
from django.db import connection, transaction

from gongkai.search import analysis, backends, backends_pg
from gongkai.search.registry import SearchDocumentData

pytestmark = pytest.mark.django_db

WORDS = ["政务公开", "低保", "信息发布", "保密审查", "医疗", "税务", "公开", "政策解读"]
QUERIES = ["公开", "政务公开", "税", "低保 公开", "保密审查 信息发布", "政策解读", "医疗保障"]


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


def _whole_index_tiers(cursor, newest, tiers, loose, where, cap, top):
    return [backends_pg._indexed(cursor, c, tsq, where, cap, None) for c, tsq in tiers]


def _ids(monkeypatch, q, *, probe, walk_max, sort="relevance", filters=None):
    monkeypatch.setattr(backends, "COUNT_CAP", 20)
    monkeypatch.setattr(backends, "RANK_MAX", 20)
    monkeypatch.setattr(backends, "TIER_CAP", 15)
    monkeypatch.setattr(backends_pg, "PROBE", probe)
    monkeypatch.setattr(backends_pg, "WALK_MAX", walk_max)
    query = analysis.parse_query(q)
    page = backends.search_ids(query, filters, sort=sort, limit=30)
    return page.ids, page.total


FILTERS = (
    None,
    backends.Filters(unit_id=2),
    backends.Filters(year=2021, unit_ids=(1, 3)),
)


def _has_rum() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('search_doc_rum') IS NOT NULL")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
@pytest.mark.parametrize("rum", [False, True], ids=["gin", "rum"])
def test_probes_walks_and_windows_give_the_same_pages_as_the_whole_index(monkeypatch, rum):
    if rum and not _has_rum():
        pytest.skip("the rum extension is not installed on this server")
    monkeypatch.setattr(backends_pg, "RUM", rum)
    _corpus()
    used = set()
    way = {"now": ""}
    for name in ("_walk", "_indexed", "_rum", "among"):
        real = getattr(backends_pg, name)

        def spy(*args, _name=name, _real=real, **kwargs):
            used.add((_name, way["now"]))
            return _real(*args, **kwargs)

        monkeypatch.setattr(backends_pg, name, spy)
    for q in QUERIES:
        for sort in ("relevance", "date"):
            for filters in FILTERS:
                way["now"] = "whole"
                with monkeypatch.context() as m:
                    # The reference: every tier from the whole GIN index; the loose
                    # query's newest matches by a walk over the whole table.
                    m.setattr(backends_pg, "tier_ids", _whole_index_tiers)
                    whole = _ids(m, q, probe=10**9, walk_max=None, sort=sort, filters=filters)
                for probe, walk_max in ((8, 10**6), (8, 0), (40, 10**6), (40, None)):
                    way["now"] = f"{probe}/{walk_max}"
                    got = _ids(
                        monkeypatch, q, probe=probe, walk_max=walk_max, sort=sort, filters=filters
                    )
                    assert got == whole, (q, sort, filters, probe, walk_max)
    # Every way of reading was taken: walks and GIN windows (or the RUM index) below the
    # probe, and the tiers among the loose query's newest matches.
    index = "_rum" if rum else "_indexed"
    assert {("_walk", "8/1000000"), (index, "8/0"), ("among", "8/0")} <= used
    assert ("_indexed", "whole") in used
    if not rum:
        assert not any(name == "_rum" for name, _way in used)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_without_the_rum_index_the_search_reads_the_gin_index(monkeypatch):
    """Where the rum package is missing, migration 0008 creates nothing and every search
    reads through the GIN index, with the same pages; where it is there, the migration
    creates the index and the function and the search uses them."""
    import importlib

    migration = importlib.import_module("gongkai.search.migrations.0008_rum_index")
    _corpus()
    monkeypatch.setattr(backends_pg, "RUM", None)
    calls = []
    real_rum = backends_pg._rum

    def spy(*args, **kwargs):
        calls.append(args[2])
        return real_rum(*args, **kwargs)

    monkeypatch.setattr(backends_pg, "_rum", spy)

    def pages():
        backends_pg._rum_servers.clear()
        return [
            _ids(monkeypatch, q, probe=8, walk_max=0, sort=sort, filters=filters)
            for q in QUERIES
            for sort in ("relevance", "date")
            for filters in FILTERS
        ]

    with connection.schema_editor() as editor:
        migration.down(None, editor)  # as on a server without the package
        monkeypatch.setattr(migration, "rum_extension", lambda connection: False)
        migration.up(None, editor)
    assert not _has_rum()
    without = pages()
    assert calls == []  # the GIN path only
    monkeypatch.undo()
    monkeypatch.setattr(backends_pg, "RUM", None)
    monkeypatch.setattr(backends_pg, "_rum", spy)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        available = cursor.fetchone() is not None
    if not available:
        return
    with connection.schema_editor() as editor:
        migration.up(None, editor)
    assert _has_rum()
    assert pages() == without
    assert calls  # the RUM index was read
