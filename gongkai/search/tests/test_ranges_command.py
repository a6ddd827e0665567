"""``manage.py search_ranges``: the partial GIN indexes of the ranges ahead, on PostgreSQL;
a clear message on SQLite."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from gongkai.search import pg_ranges


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite's message")
def test_on_sqlite_the_command_says_it_is_not_needed(db):
    with pytest.raises(CommandError, match="SQLite"):
        call_command("search_ranges")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL indexes")
@pytest.mark.django_db(transaction=True)  # CREATE INDEX CONCURRENTLY: not in a transaction
def test_the_command_builds_the_ranges_ahead_and_then_has_nothing_to_do(monkeypatch):
    out = StringIO()
    call_command("search_ranges", "--ahead", "3", "--json", stdout=out)
    first = json.loads(out.getvalue())
    with connection.cursor() as cursor:
        missing, last = pg_ranges.missing_ranges(cursor, ahead=3)
        assert missing == [] and last == first["last_range"]
        for column, prefix in pg_ranges.RANGED.items():
            cursor.execute("SELECT pg_get_indexdef(%s::regclass)", [f"{prefix}{last}"])
            low, high = last * pg_ranges.RANGE, (last + 1) * pg_ranges.RANGE
            assert f"gin ({column}) WHERE ((id > {low}) AND (id <= {high}))" in cursor.fetchone()[0]
    again = StringIO()
    call_command("search_ranges", "--ahead", "3", "--json", stdout=again)
    assert json.loads(again.getvalue())["created"] == []
    # the ranges past the migration's were made here: leave the database as the others expect
    with connection.cursor() as cursor:
        for name in first["created"]:
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')


def test_the_worker_keeps_the_ranges_every_hour(db):
    import datetime as dt

    from gongkai.core import plugs

    job = {j.name: j for j in plugs.periodic_jobs()}["search.ranges"]
    assert job.interval == dt.timedelta(hours=1)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL indexes")
def test_the_periodic_task_inside_a_transaction_builds_without_concurrently(db):
    """In a transaction (a worker that wraps its tasks, or a test) CONCURRENTLY cannot run:
    the ranges ahead are built plainly, and the blocks (none on a small table)."""
    from gongkai.search.tasks import maintain_ranges

    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM search_searchdocument")
        top = cursor.fetchone()[0]
    message = maintain_ranges.call()
    assert "已覆盖到第" in message
    with connection.cursor() as cursor:
        missing, _last = pg_ranges.missing_ranges(cursor, top, ahead=2)
        assert missing == []
        assert pg_ranges.merged_blocks(top) == []


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite's answer")
def test_the_periodic_task_does_nothing_on_sqlite(db):
    from gongkai.search.tasks import maintain_ranges

    assert maintain_ranges.call() == "SQLite：无需分段索引"
