"""PostgreSQL: a page ordered without ts_rank (a date sort, or tiers above RANK_MAX
matches) is sorted from the dates the reads kept: the same ids, in the same order, as the
statement that reads the candidates' rows again — with documents without a date (last)
and equal dates (newest id first) — and one statement fewer."""

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from gongkai.search import backends, backends_pg
from gongkai.search.registry import SearchDocumentData
from gongkai.search.tests.test_pg_windows import _cases, _corpus, parse

pytestmark = pytest.mark.django_db


def _undated_and_same_day():
    items = []
    for pk in range(401, 441):
        items.append(
            (
                pk,
                SearchDocumentData(
                    title="关于政务公开和低保的通知",
                    body="保密审查工作，信息发布工作，公开",
                    url=f"/d/{pk}/",
                    # a quarter without a date, the rest on two days
                    date=None if pk % 4 == 0 else dt.date(2024, 5, 1 + pk % 2),
                    unit_id=1 + pk % 3,
                    unit_name=f"单位{1 + pk % 3}",
                ),
            )
        )
    with transaction.atomic():
        backends.index_batch("test.dates", items)


def _page(q, sort, filters, page):
    offset, limit = page
    with CaptureQueriesContext(connection) as ctx:
        result = backends.search_ids(parse(q), filters, sort=sort, offset=offset, limit=limit)
    # the statements run, not those that prepare them (once per connection) nor the
    # reads of the indexes' layout (once a minute)
    run = [
        c
        for c in ctx.captured_queries
        if not c["sql"].startswith(("PREPARE", "SELECT set_")) and "pg_class" not in c["sql"]
    ]
    return (result.ids, result.total, result.capped), len(run)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_pages_sorted_from_the_kept_dates_equal_the_statement_s(monkeypatch):
    _corpus()
    _undated_and_same_day()
    monkeypatch.setattr(backends, "COUNT_CAP", 20)
    monkeypatch.setattr(backends, "RANK_MAX", 20)
    monkeypatch.setattr(backends, "TIER_CAP", 15)
    monkeypatch.setattr(backends_pg, "PROBE", 8)
    fewer = 0
    for q, sort, filters, page in _cases():
        kept, kept_statements = _page(q, sort, filters, page)
        with monkeypatch.context() as m:
            m.setattr(backends_pg, "by_date", lambda *a, **k: None)  # the statement orders
            read, read_statements = _page(q, sort, filters, page)
        assert kept == read, (q, sort, filters, page)
        assert kept_statements <= read_statements, (q, sort, filters, page)
        fewer += kept_statements < read_statements
    assert fewer  # the date sorts and the unranked pages


def test_by_date_orders_by_tier_then_date_none_last_then_id():
    dates = {1: dt.date(2024, 1, 1), 2: None, 3: dt.date(2024, 1, 1), 4: dt.date(2025, 1, 1)}
    assert backends_pg.by_date([1, 2, 3, 4], dates, 0, 10) == [4, 3, 1, 2]
    assert backends_pg.by_date([1, 2, 3, 4], dates, 1, 2) == [3, 1]
    assert backends_pg.by_date([1, 2, 3, 4], dates, 0, 10, {2: 1, 1: 2, 3: 2, 4: 2}) == [
        2,
        4,
        3,
        1,
    ]
    assert backends_pg.by_date([1, 5], dates, 0, 10) is None  # 5's date unknown
