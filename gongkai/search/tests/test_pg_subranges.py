"""PostgreSQL: the newest ranges also indexed in sub-ranges (``pg_ranges.keep_subs``);
a read of a window inside a range goes through the sub-ranges it overlaps and gives the
same ids as through the range's index."""

import pytest
from django.db import connection

from gongkai.search import backends_pg, pg_ranges
from gongkai.search.tests.test_pg_windows import _corpus

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend"),
]


def test_the_sub_ranges_of_the_newest_ranges_are_kept_as_the_table_grows(monkeypatch):
    monkeypatch.setattr(pg_ranges, "RANGE", 100)  # sub-ranges of 25 ids
    monkeypatch.setattr(pg_ranges, "SUBS", 2)
    assert pg_ranges.sub_size() == 25
    assert pg_ranges.wanted_subs(250) == list(range(4, 16))  # ranges 1 and 2, 3 ahead
    with connection.cursor() as cursor:
        built, _dropped = pg_ranges.keep_subs(cursor, 250)
        assert {f"search_doc_tsv_s25_{j}" for j in range(4, 16)} <= set(built)
        cursor.execute("SELECT pg_get_indexdef('search_doc_title_s25_5'::regclass)")
        assert "gin (tsv_title) WHERE ((id > 125) AND (id <= 150))" in cursor.fetchone()[0]
        assert pg_ranges.keep_subs(cursor, 250) == ([], [])  # nothing left to do
        # the table grew by two ranges: range 1's sub-ranges go, 4's and 5's come
        built, dropped = pg_ranges.keep_subs(cursor, 450)
        assert sorted(dropped) == sorted(
            pg_ranges.sub_index_name(c, j) for c in pg_ranges.SUBBED for j in range(4, 12)
        )
        assert {f"search_doc_title_s25_{j}" for j in range(16, 24)} <= set(built)
        assert pg_ranges.index_subs(cursor, "tsv") == set(range(12, 24))
        # sub-ranges of another size (RANGE changed) are not read, and dropped
        monkeypatch.setattr(pg_ranges, "RANGE", 200)
        pg_ranges.forget_layout()
        assert pg_ranges.index_subs(cursor, "tsv") == set()
        _built, dropped = pg_ranges.keep_subs(cursor, 450)
        assert "search_doc_tsv_s25_12" in dropped
        for name in pg_ranges._sub_names(cursor):
            assert name[2] == 50


def test_a_window_inside_a_range_is_read_through_its_sub_ranges(monkeypatch):
    _corpus()
    monkeypatch.setattr(pg_ranges, "RANGE", 100)
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM search_searchdocument")
        top = cursor.fetchone()[0]
        pg_ranges.keep_subs(cursor, top)
        k = pg_ranges.range_of(top)
        low, high = k * 100 + 10, k * 100 + 60  # ids k·100 + 11 … k·100 + 59
        assert backends_pg._spans(cursor, "tsv", [(k, 1, low, high)]) == [
            (k * 100 + 50, k * 100 + 75, k * 100 + 50, high),
            (k * 100 + 25, k * 100 + 50, k * 100 + 25, k * 100 + 51),
            (k * 100, k * 100 + 25, low, k * 100 + 26),
        ]
        # a piece that overlaps all its range's sub-ranges: the range's one index
        whole = (k * 100, (k + 1) * 100, k * 100 + 5, (k + 1) * 100 + 1)
        assert backends_pg._spans(cursor, "tsv", [(k, 1, *whole[2:])]) == [whole]
        # a range without its sub-ranges, and a block, are read through their own index
        assert backends_pg._spans(cursor, "tsv", [(k - 3, 1, 0, k * 100)]) == [
            ((k - 3) * 100, (k - 2) * 100, 0, k * 100)
        ]
        assert backends_pg._spans(cursor, "tsv", [(0, 4, 0, 401)]) == [(0, 400, 0, 401)]
        for tsq in ("'公开'", "'政务' <-> '公开'", "'低保' | '最低' <-> '生活'"):
            for column in ("tsv", "tsv_title"):
                for a, b in ((low, high), (k * 100, top + 1), (top - 30, top - 2)):
                    pieces = [(k, 1, a, b)]
                    got = backends_pg._read_pieces(cursor, column, tsq, "", [], 500, pieces)
                    monkeypatch.setattr(pg_ranges, "SUBBED", {})
                    pg_ranges.forget_layout()
                    whole = backends_pg._read_pieces(cursor, column, tsq, "", [], 500, pieces)
                    monkeypatch.undo()
                    monkeypatch.setattr(pg_ranges, "RANGE", 100)
                    pg_ranges.forget_layout()
                    assert got == whole and got == sorted(got, reverse=True), (tsq, column, a, b)
