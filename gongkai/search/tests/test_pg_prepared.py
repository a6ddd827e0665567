"""PostgreSQL: the search's statements prepared once per connection with a generic plan
(``backends_pg.run``) give the same pages as the same statements planned each time, are
prepared once, and a generic plan of a filtered read still reads the GIN index."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gongkai.search import backends, backends_pg, pg_ranges
from gongkai.search.tests.test_pg_windows import _cases, _corpus, _ids, parse

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend"),
]


def test_prepared_generic_plans_give_the_same_pages_as_planning_each_statement(monkeypatch):
    _corpus()
    for q, sort, filters, page in _cases():
        for span in (pg_ranges.RANGE, 50):
            for probe, walk_max in ((8, 10**6), (8, 0), (40, None)):
                got = {}
                for prepare in (False, True):
                    with monkeypatch.context() as m:
                        m.setattr(backends_pg, "PREPARE", prepare)
                        m.setattr(pg_ranges, "RANGE", span)
                        got[prepare] = _ids(
                            m,
                            q,
                            probe=probe,
                            walk_max=walk_max,
                            sort=sort,
                            filters=filters,
                            page=page,
                        )
                assert got[True] == got[False], (q, sort, filters, page, span, probe, walk_max)


def test_each_statement_is_prepared_once_per_connection(monkeypatch):
    _corpus()
    query = parse("保密审查 信息发布")
    filters = backends.Filters(unit_id=2)

    def statements(query=query, filters=filters):
        with CaptureQueriesContext(connection) as ctx:
            backends.search_ids(query, filters, offset=0, limit=20)
        return [q["sql"] for q in ctx.captured_queries]

    with connection.cursor() as cursor:  # nothing prepared by earlier tests
        cursor.execute("DEALLOCATE ALL")
    backends_pg._PREPARED.pop(connection.connection, None)
    first = statements()
    assert any(s.startswith("PREPARE gk_search_") for s in first)
    again = statements()
    assert not any(s.startswith("PREPARE") for s in again)
    assert any(s.startswith("EXECUTE gk_search_") for s in again)
    # full: every statement dropped, then prepared anew
    monkeypatch.setattr(backends_pg, "PREPARED_MAX", 1)
    third = statements(parse("政策解读"), None)  # statements not prepared yet
    assert any(s.startswith("DEALLOCATE gk_search_") for s in third)
    monkeypatch.setattr(backends_pg, "PREPARED_MAX", 500)
    # off: the statements themselves
    monkeypatch.setattr(backends_pg, "PREPARE", False)
    assert not any(s.startswith(("PREPARE", "EXECUTE")) for s in statements())


def test_a_generic_plan_of_a_filtered_read_reads_the_gin_index_and_tests_the_rows():
    """A generic plan cannot tell how many rows the text matches; it took a bitmap of the
    year's btree ANDed with the GIN index's (62,000 rows of a year, 35 ms a range at a
    million documents)."""
    _corpus()
    with connection.cursor() as cursor:
        # as ``session`` sets it (a setting made in an earlier test's transaction is gone)
        cursor.execute("SET plan_cache_mode = force_generic_plan")
        cursor.execute("SELECT max(id) FROM search_searchdocument")
        top = cursor.fetchone()[0]
        seen = []
        real = backends_pg.run

        def spy(cur, sql, params):
            seen.append((sql, params))
            return real(cur, sql, params)

        backends_pg.run = spy
        try:
            pieces = backends_pg._pieces(top - 200, top + 1)
            backends_pg._read_pieces(
                cursor, "tsv_title", "'政务' <-> '公开'", " AND year = %s", [2021], 20, pieces
            )
        finally:
            backends_pg.run = real
        ((sql, params),) = seen
        name = backends_pg._PREPARED[cursor.db.connection][sql]
        cursor.execute(f"EXPLAIN EXECUTE {name}({', '.join(['%s'] * len(params))})", params)
        plan = "\n".join(r[0] for r in cursor.fetchall())
    # the year is tested on the rows the scan gives, never by an index
    assert "BitmapAnd" not in plan
    assert "year" not in "".join(line for line in plan.splitlines() if "Cond" in line)
    assert "Filter: (f.year = $" in plan
