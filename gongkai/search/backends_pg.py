"""Reading the search index on PostgreSQL: the newest matches of a query, without reading
all of them.

GIN answers ``tsv @@ query`` with a bitmap of *every* matching row, unordered, and its
cost grows with the posting lists of the query's words — at a million documents a
common bigram has hundreds of thousands. A page of results needs only the newest few
hundred matches, and the count stops at ``COUNT_CAP + 1``. So every read here asks for
"the ``cap`` newest rows that match" (``newest_ids``), in up to three steps:

1. **probe**: the newest ``PROBE`` ids, read backwards along the primary key, each row
   checked against its vector — a word in most documents (公开, 政府) is done here;
2. the probe's hit rate tells how many rows hold ``cap`` matches. Up to ``WALK_MAX``
   rows, the **walk** goes on backwards along the key and stops at the ``cap``-th match
   (its cost does not grow with the table). Beyond, a **window** of the newest ids large
   enough to hold them is read through the GIN index ANDed with the key's range, so that
   only candidates inside the window are fetched and re-checked;
3. **whole index**: a query the probe did not meet at all is rare; its bitmap is small.

The ranking tiers (title phrase, phrase, title words, words) all match a subset of the
loose query's matches, so each tier is first looked for among the newest loose matches
already read for the count (``among``); only a tier with too few there reads the table.

The results are exactly those of the whole index, in the same order
(``tests/test_pg_windows.py``).
"""

from __future__ import annotations

PROBE = 512  # newest ids checked row by row first
WALK_MAX = 12_000  # rows a walk along the key may be expected to check
WINDOW_SLACK = 2.0  # a window holds this many times the matches the probe's rate predicts


def _walk(cursor, column, tsq, flt, fparams, cap, low):
    """The ``cap`` newest matches above id ``low``, checking rows newest first and stopping
    at the ``cap``-th (OFFSET 0 keeps the match out of the inner scan, so that the planner
    cannot turn it into a bitmap of every match)."""
    cursor.execute(
        f"SELECT id FROM (SELECT id, {column} AS v FROM search_searchdocument "  # noqa: S608 (constants only; user text is a parameter)
        f"WHERE id > %s{flt} ORDER BY id DESC OFFSET 0) s "
        "WHERE v @@ %s::tsquery LIMIT %s",
        [low, *fparams, tsq, cap],
    )
    return [r[0] for r in cursor.fetchall()]


def _indexed(cursor, column, tsq, flt, fparams, cap, low):
    """The ``cap`` newest matches above id ``low`` (None: any), through the GIN bitmap
    ("id + 0": sort the few rows it gives rather than walk the key)."""
    where, params = f"{column} @@ %s::tsquery", [tsq]
    if low is not None:
        where, params = f"id > %s AND {where}", [low, tsq]
    cursor.execute(
        f"SELECT id FROM search_searchdocument WHERE {where}{flt} "  # noqa: S608 (constants only; user text is a parameter)
        "ORDER BY id + 0 DESC LIMIT %s",
        [*params, *fparams, cap],
    )
    return [r[0] for r in cursor.fetchall()]


def newest_ids(cursor, column: str, tsq: str, flt: str, fparams: list, cap: int, top: int):
    """The ids of the ``cap`` newest rows matching ``tsq`` on ``column``, newest first.

    ``top``: the largest id in the table."""
    if cap <= 0:
        return []
    if top > PROBE:
        ids = _walk(cursor, column, tsq, flt, fparams, cap, top - PROBE)
        if len(ids) >= cap:
            return ids
        if ids:
            expected_rows = PROBE * cap / len(ids)
            window = int(expected_rows * WINDOW_SLACK)
            if window < top:
                read = _walk if expected_rows <= WALK_MAX else _indexed
                ids = read(cursor, column, tsq, flt, fparams, cap, top - window)
                if len(ids) >= cap:  # the newest ``cap`` matches all lie inside the window
                    return ids
    return _indexed(cursor, column, tsq, flt, fparams, cap, None)


def tier_ids(cursor, newest, column, tsq, loose, flt, fparams, cap, top) -> list[int]:
    """The ``cap`` newest matches of one ranking tier. ``newest``: the newest matches of the
    loose query (``loose``), at most ``COUNT_CAP + 1`` — all of them when fewer."""
    from gongkai.search.backends import COUNT_CAP

    complete = len(newest) <= COUNT_CAP
    if column == "tsv" and tsq == loose:
        ids = newest[:cap]
    else:
        # Every tier matches a subset of the loose query's matches: its newest ``cap``
        # are among the loose query's newest when they give that many, or when those
        # are all of them.
        ids = among(cursor, newest, column, tsq, cap)
    if len(ids) >= cap or complete:
        return ids
    return newest_ids(cursor, column, tsq, flt, fparams, cap, top)


def among(cursor, ids: list[int], column: str, tsq: str, cap: int) -> list[int]:
    """Those of ``ids`` (newest first) that match ``tsq`` on ``column``, at most ``cap``."""
    cursor.execute(
        f"SELECT id FROM (SELECT id, {column} AS v FROM search_searchdocument "  # noqa: S608 (constants only; user text is a parameter)
        "WHERE id = ANY(%s) ORDER BY id DESC OFFSET 0) s WHERE v @@ %s::tsquery LIMIT %s",
        [ids, tsq, cap],
    )
    return [r[0] for r in cursor.fetchall()]
