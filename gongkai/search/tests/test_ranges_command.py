"""``manage.py search_ranges``: the partial GIN indexes of the ranges ahead, on PostgreSQL;
a clear message on SQLite."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from gongkai.search import backends_pg


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
        missing, last = backends_pg.missing_ranges(cursor, ahead=3)
        assert missing == [] and last == first["last_range"]
        for column, prefix in backends_pg.RANGED.items():
            cursor.execute("SELECT pg_get_indexdef(%s::regclass)", [f"{prefix}{last}"])
            low, high = last * backends_pg.RANGE, (last + 1) * backends_pg.RANGE
            assert f"gin ({column}) WHERE ((id > {low}) AND (id <= {high}))" in cursor.fetchone()[0]
    again = StringIO()
    call_command("search_ranges", "--ahead", "3", "--json", stdout=again)
    assert json.loads(again.getvalue())["created"] == []
    # the ranges past the migration's were made here: leave the database as the others expect
    with connection.cursor() as cursor:
        for name in first["created"]:
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
