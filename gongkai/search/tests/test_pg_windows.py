"""PostgreSQL: the newest matches read from windows of the newest ids are exactly the ones
the whole GIN index gives, in the same order, for every tier, filter and sort."""

import datetime as dt
import random

import pytest
from django.db import connection, transaction

from gongkai.search import analysis, backends
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


def _ids(q, monkeypatch, *, windows, sort="relevance", filters=None):
    monkeypatch.setattr(backends, "COUNT_CAP", 20)
    monkeypatch.setattr(backends, "RANK_MAX", 20)
    monkeypatch.setattr(backends, "TIER_CAP", 15)
    monkeypatch.setattr(backends, "FIRST_WINDOW", 8 if windows else 0)
    monkeypatch.setattr(backends, "MAX_WINDOW", 10_000 if windows else -1)
    query = analysis.parse_query(q)
    return backends.search_ids(query, filters, sort=sort, limit=30).ids


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")
def test_windows_give_the_same_pages_as_the_whole_index(monkeypatch):
    _corpus()
    used = []
    real = backends._pg_newest_ids

    def spy(cursor, column, tsq, flt, fparams, cap, top):
        used.append(top)
        return real(cursor, column, tsq, flt, fparams, cap, top)

    monkeypatch.setattr(backends, "_pg_newest_ids", spy)
    for q in QUERIES:
        for sort in ("relevance", "date"):
            for filters in (None, backends.Filters(unit_id=2)):
                with_windows = _ids(q, monkeypatch, windows=True, sort=sort, filters=filters)
                whole = _ids(q, monkeypatch, windows=False, sort=sort, filters=filters)
                assert with_windows == whole, (q, sort, filters)
    assert any(used), "no query was dense enough to read windows"
