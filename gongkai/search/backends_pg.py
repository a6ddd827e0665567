"""Reading the search index on PostgreSQL: the newest matches of a query, without reading
all of them.

GIN answers ``tsv @@ query`` with a bitmap of *every* matching row, unordered, and its
cost grows with the posting lists of the query's words — at a million documents a
common bigram has hundreds of thousands. A page of results needs only the newest few
hundred matches, and the count stops at ``COUNT_CAP + 1``. So every read here asks for
"the ``cap`` newest rows that match" (``newest_ids``), in up to three steps:

1. **probe**: the newest ``PROBE`` ids, read backwards along the primary key, each row
   checked against its vector — a word in most documents (公开, 政府) is done here;
2. the probe's hit rate tells how many rows hold ``cap`` matches, and which of two ways
   is cheaper (``_walk_is_cheaper``): the **walk** goes on backwards along the key and
   stops at the ``cap``-th match (its cost does not grow with the table); a **window**
   of the newest ids large enough to hold them is read through the GIN index ANDed with
   the key's range, so that only candidates inside the window are fetched and
   re-checked;
3. **whole index**: a query the probe did not meet at all is rare; its bitmap is small.

The GIN indexes are partial, one per range of ``RANGE`` ids (``ensure_ranges``): a window
names its ranges' bounds and decodes only their postings, so a read of the newest
matches costs what it cost at ``RANGE`` documents however large the table grows; the
whole index is read range by range, newest first, as many at a time as the rate of
matches found so far says are needed; all the ranges left at once go through the blocks
that old ranges are also indexed in (``merge_ranges``), a few indexes instead of one per
range.

The newest ranges are also indexed in sub-ranges of a quarter of a range (``keep_subs``):
a window that leaves some of them out reads only the candidates of those it overlaps. The
statements are prepared once per connection with generic plans (``run``): planning a union
of partial index scans cost more than running it.

The ranking tiers (title phrase, phrase, title words, words) all match a subset of the
loose query's matches, so each tier is first looked for among the newest loose matches
already read for the count (``among``); only a tier with too few there reads the table,
and only while the tiers before it do not already fill the page.

Every read returns each match's date with its id (kept in ``dates``): a page ordered
without ``ts_rank`` (a date sort; tiers of more than ``RANK_MAX`` matches) is sorted from
them (``by_date``), with no statement that fetches its candidates' rows again.

The results are exactly those of the whole index, in the same order
(``tests/test_pg_windows.py``, ``tests/test_pg_dates.py``).
"""

from __future__ import annotations

import math
import weakref

from gongkai.core import conf
from gongkai.search import pg_ranges as ranges

PROBE = 512  # newest ids checked row by row first
WINDOW_SLACK = 2.0  # a window holds this many times the matches the probe's rate predicts
# Relative costs, in units of one row read along the key and checked against its vector
# (measured with EXPLAIN ANALYZE at 100,000 and 1,000,000 documents): one posting the
# GIN index decodes into its bitmap, one id of the window's range of the key, one GIN
# candidate fetched to be re-checked (a phrase) or only fetched (words alone).
COST_POSTING = 0.3
COST_RANGE = 0.02
COST_RECHECK = 1.0
COST_FETCH = 0.3
WALK_MAX = None  # tests: force the walk (a large number) or the index (0)
# A read of the ranges below the first takes as many as the rate of matches found so far
# says hold the rest, times this: every range read costs its candidates' fetches and
# re-checks (a phrase: ~6 µs each, 500 a range for 保密审查 信息发布 at a million), a
# range short costs one more statement (~2–3 ms at idle).
BATCH_SLACK = 1.25


_SESSIONS: weakref.WeakSet = weakref.WeakSet()


def session(cursor) -> None:
    """Turn the server's JIT compiler off for this connection (once per connection).

    The walks and windows below are cheap in fact but priced high by the planner (a range
    of the key bounded by a value it cannot see, a vector check per row), so with the
    server's defaults every other statement of a search crossed ``jit_above_cost`` and
    spent 40–50 ms compiling itself before running for a few (``search_reads.py``, 1,000,000
    documents). Web requests never gain from JIT; the setting lasts as long as the
    connection.

    Parallel workers are turned off too: the reads of many ranges at once (a union of
    partial index scans) were planned as a parallel append, and starting its two workers
    took 10–17 ms on a busy machine for a statement that ran in under one
    (EXPLAIN ANALYZE at a million documents: 税's title tier); planning the parallel
    paths also doubled the planning time of such a union. No search statement reads
    enough rows to gain from them."""
    raw = cursor.db.connection
    if raw is None or raw in _SESSIONS:
        return
    cursor.execute(
        "SELECT set_config('jit', 'off', false), "
        "set_config('max_parallel_workers_per_gather', '0', false), "
        "set_config('plan_cache_mode', 'force_generic_plan', false)"
    )
    _SESSIONS.add(raw)


# Statements run through ``run`` are prepared once per connection with a generic plan
# (``plan_cache_mode``, set by ``session``): planning a union of partial GIN index scans
# cost 1–2 ms a scan (the planner proves each partial index's predicate against every
# scan's bounds: at a million documents, 40-odd indexes), often more than running it.
# The ranges' bounds are literals in the text, so a generic plan still names the partial
# indexes; the query text, bounds of a window and filters' values are parameters. Off
# (``GONGKAI_SEARCH_PREPARE = False`` in the settings) behind a pooler that does not keep
# a session's prepared statements (PgBouncer in transaction mode).
PREPARE = True
PREPARED_MAX = 500  # statements kept per connection; all dropped when it is reached
_PREPARED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def run(cursor, sql: str, params: list) -> None:
    """``cursor.execute(sql, params)``, through a prepared statement of this connection."""
    raw = cursor.db.connection
    if not PREPARE or raw is None or not conf.get("GONGKAI_SEARCH_PREPARE"):
        cursor.execute(sql, params)
        return
    names = _PREPARED.setdefault(raw, {})
    name = names.get(sql)
    if name is None:
        if len(names) >= PREPARED_MAX:
            # ours only: a driver that prepares statements itself keeps its own
            cursor.execute("; ".join(f"DEALLOCATE {n}" for n in names.values()))
            names.clear()
        name = f"gk_search_{len(names) + 1}"
        pieces = sql.split("%s")
        numbered = pieces[0] + "".join(f"${n}{rest}" for n, rest in enumerate(pieces[1:], 1))
        cursor.execute(f"PREPARE {name} AS {numbered.replace('%%', '%')}")
        names[sql] = name
    if params:
        cursor.execute(f"EXECUTE {name}({', '.join(['%s'] * len(params))})", params)
    else:
        cursor.execute(f"EXECUTE {name}")


def int_array(values) -> str:
    """An array of ids as one text parameter (cast ``::bigint[]`` in the statement): the
    driver quotes a list of a thousand ints element by element, several times slower."""
    return "{" + ",".join(str(int(v)) for v in values) + "}"


def _walk_is_cheaper(
    tsq: str, hits: int, rows: int, cap: int, top: int, loose_hits: int | None = None
) -> bool:
    """Walk along the key, or read a window of the GIN index? From the hit rate seen so
    far (``hits`` in the newest ``rows``; ``loose_hits`` without the filters): a walk
    checks ``cap / rate`` rows whatever the size of the table; the index decodes the
    postings of the query's words — of every row, whatever the filters: about the
    unfiltered rate × table rows, more for a phrase, whose words are each more common
    than the phrase — and fetches the window's candidates."""
    rate = hits / rows
    walk = cap / rate
    if WALK_MAX is not None:
        return walk <= WALK_MAX
    phrase = "<->" in tsq
    postings = max(hits, loose_hits or 0) / rows * top * (3 if phrase else 1)
    # The candidates fetched: those of the window when the planner ANDs the index with
    # the key's range; every candidate of the ranges read (``top``: their rows) when it
    # filters them instead, as it does with the ranges' partial indexes — each fetched
    # at random, about the cost of a row walked (search_reads.py at a million: 政策解读
    # in 2021 136 ms through the window, 40 ms walking; 政务服务便民热线 108 ms, 27 ms).
    candidates = max(hits, loose_hits or 0) / rows * top
    index = (
        postings * COST_POSTING
        + walk * WINDOW_SLACK * COST_RANGE
        + cap * (COST_RECHECK if phrase else COST_FETCH)
        + max(0.0, candidates - cap) * COST_RECHECK
    )
    return walk <= index


def _range(low, high) -> tuple[str, list]:
    sql, params = [], []
    if low is not None:
        sql.append("id > %s")
        params.append(low)
    if high is not None:
        sql.append("id < %s")
        params.append(high)
    return " AND ".join(sql) or "TRUE", params


def _walk(cursor, column, tsq, flt, fparams, cap, low, high=None, dates=None):
    """The ``cap`` newest matches with ``low < id < high``, checking rows newest first and
    stopping at the ``cap``-th (OFFSET 0 keeps the match out of the inner scan, so that
    the planner cannot turn it into a bitmap of every match)."""
    where, params = _range(low, high)
    cursor.execute(
        f"SELECT id, date FROM (SELECT id, date, {column} AS v FROM search_searchdocument "  # noqa: S608 (constants only; user text is a parameter)
        f"WHERE {where}{flt} ORDER BY id DESC OFFSET 0) s "
        "WHERE v @@ %s::tsquery LIMIT %s",
        [*params, *fparams, tsq, cap],
    )
    return _ids(cursor.fetchall(), dates)


def _ids(rows, dates) -> list[int]:
    """The ids of rows (id, date), each row's date kept in ``dates`` (when given): the
    page is ordered by date without reading the rows again (``backends._pg_search``)."""
    if dates is not None:
        dates.update(rows)
    return [r[0] for r in rows]


def _pieces(low, high, blocks=None) -> list[tuple[int, int, int, int]]:
    """``low < id < high`` cut at the bounds of the ranges' indexes, newest first:
    (first range, ranges, low, high) — one range, or the ``blocks`` of old ranges merged
    into one index (``{range: (first, ranges)}``, ``index_blocks``)."""
    low, out = max(0, low or 0), []
    blocks = blocks or {}
    while high - 1 > low:
        k = ranges.range_of(high - 1)
        first, n = blocks.get(k, (k, 1))
        if low > first * ranges.RANGE:
            first, n = k, 1  # a block cut by ``low``: its ranges' own indexes are smaller
        bottom = max(low, first * ranges.RANGE)
        out.append((first, n, bottom, high))
        high = bottom + 1
    return out


def _range_rows(low, high, top) -> int:
    """Rows whose postings a GIN read of ``low < id < high`` decodes: whole ranges."""
    return min(top, ranges.RANGE * max(1, len(_pieces(low, high))))


def _indexed(cursor, column, tsq, flt, fparams, cap, low, high=None, dates=None):
    """The ``cap`` newest matches with ``low < id < high`` (None: no bound), through the
    GIN bitmap ("id + 0": sort the few rows it gives rather than walk the key).

    On a ranged column each statement names its ranges' bounds, so that the planner
    takes their partial indexes; the ranges are read newest first: the first alone, then
    as many as the rate of matches found so far says hold the rest (twice that), all the
    others at once when none was found (a rare query: small posting lists). All the others
    at once are read through the blocks of old ranges (``merge_ranges``) where there are:
    the same postings, in a few index scans, in a statement planned against a few."""
    if column in ranges.RANGED and high is not None:
        ids: list[int] = []
        pieces, batch, rows = _pieces(low, high), 1, 0
        while pieces and len(ids) < cap:
            whole = not ids and batch >= len(pieces)
            if batch >= len(pieces) > 1:
                # all the rest at once: through the blocks the old ranges form, if any
                pieces = _pieces(low, pieces[0][3], ranges.index_blocks(cursor, column))
                batch = len(pieces)
            # The alternatives of a query read apart only where their candidates are many:
            # a title's vector is short to re-check, and a read of all the ranges left when
            # none matched so far meets few candidates; one scan per range is half the
            # planning (at a million, 政务公开 低保's title phrase: 13 ms planned for 8 scans).
            query = str(tsq) if column == "tsv_title" or whole else tsq
            ids += _read_pieces(
                cursor, column, query, flt, fparams, cap - len(ids), pieces[:batch], dates
            )
            rows += sum(hi - lo - 1 for _k, _n, lo, hi in pieces[:batch])
            pieces = pieces[batch:]
            if not ids:
                batch = len(pieces)
            else:
                batch = max(
                    1, math.ceil((cap - len(ids)) * rows / len(ids) * BATCH_SLACK / ranges.RANGE)
                )
        return ids
    where, params = _range(low, high)
    cursor.execute(
        f"SELECT id, date FROM search_searchdocument WHERE {column} @@ %s::tsquery "  # noqa: S608 (constants only; user text is a parameter)
        f"AND {where}{flt} ORDER BY id + 0 DESC LIMIT %s",
        [tsq, *params, *fparams, cap],
    )
    return _ids(cursor.fetchall(), dates)


# The columns the filters test (``backends._pg_filter``).
FILTERED = "id, date, source, unit_id, year, topic, kind, validity"


def _spans(cursor, column, pieces) -> list[tuple[int, int, int, int]]:
    """(bottom, top of the index's predicate, low, high) of each index scan that reads
    ``pieces``: a range's piece through the sub-ranges it overlaps when it does not
    overlap them all and each of them has its index (``index_subs``), else through its
    range's or block's index."""
    size = ranges.sub_size()
    subs = ranges.index_subs(cursor, column) if size else set()
    out = []
    for k, n, low, high in pieces:
        k, n = int(k), int(n)
        if n == 1 and subs:
            # ids low + 1 … high - 1; sub-range j holds j·size + 1 … (j + 1)·size
            js = [
                j
                for j in range((k + 1) * ranges.FANOUT - 1, k * ranges.FANOUT - 1, -1)
                if j * size + 1 <= high - 1 and (j + 1) * size >= low + 1
            ]
            # only when they leave some out: four scans of the same candidates cost more
            if 0 < len(js) < ranges.FANOUT and all(j in subs for j in js):
                out += [
                    (j * size, (j + 1) * size, max(low, j * size), min(high, (j + 1) * size + 1))
                    for j in js
                ]
                continue
        out.append((k * ranges.RANGE, (k + n) * ranges.RANGE, low, high))
    return out


def _read_pieces(cursor, column, tsq, flt, fparams, cap, pieces, dates=None) -> list[int]:
    """The ``cap`` newest matches in ``pieces`` (each inside one range), one statement.
    A query of alternatives (``analysis.PgAlternatives``) reads each alternative through
    the index on its own and merges them: only the candidates of an alternative that
    needs it (a phrase) are re-checked against their rows."""
    parts, params = [], []
    options = getattr(tsq, "options", ()) or (str(tsq),)
    for bottom, top, low, high in _spans(cursor, column, pieces):
        # A piece that is not its whole index's span is also bounded by parameters, on
        # "id + 0" so that no plan (a generic one knows no values: ``run``) reads it along
        # the key instead of the GIN index.
        part = low > bottom or high <= top
        for option in options:
            # The index's bounds are written as in its predicate (integers).
            read = (
                f"SELECT {FILTERED if flt else 'id, date'} FROM search_searchdocument "  # noqa: S608 (constants only; user text is a parameter)
                f"WHERE {column} @@ %s::tsquery AND id > {bottom} AND id <= {top}"
                + (" AND id + 0 > %s AND id + 0 < %s" if part else "")
            )
            # The filters test the candidates' rows: never a bitmap of a filter's btree
            # ANDed with the GIN index's (a generic plan, which cannot tell how many rows
            # the text matches, took it: 62,000 rows of a year, 35 ms a range).
            filtered = f"SELECT id, date FROM ({read} OFFSET 0) f WHERE TRUE{flt}"  # noqa: S608
            parts.append(filtered if flt else read)
            params += [option, *((low, high) if part else ()), *fparams]
    joint = " UNION " if len(options) > 1 else " UNION ALL "
    sql = parts[0] if len(parts) == 1 else joint.join(f"({p})" for p in parts)
    run(
        cursor,
        f"SELECT id, date FROM ({sql}) s ORDER BY id + 0 DESC LIMIT %s",  # noqa: S608 (constants only)
        [*params, cap],
    )
    return _ids(cursor.fetchall(), dates)


def probe(cursor, column: str, tsq: str, flt: str, fparams: list, cap: int, tiers=(), dates=None):
    """The newest matches among the newest ``PROBE`` ids, the largest id, how many of
    those ids match the query without the filters, and how many match each of ``tiers``
    ((column, tsquery), subsets of the query) without the filters (one statement); the
    matches' dates in ``dates`` (when given)."""
    # A tier matches a subset of the query's matches: checked only on the rows the query
    # matches (each check decompresses the row's vector again: 5 µs a body at a million
    # rows, three of them per row for a filtered query of scattered words).
    checks = "".join(
        f", CASE WHEN m THEN {c} @@ %s::tsquery ELSE FALSE END AS t{n}"
        for n, (c, _q) in enumerate(tiers)
    )
    counts = "".join(f", (SELECT count(*) FROM p WHERE m AND t{n})" for n in range(len(tiers)))  # noqa: S608
    vectors = "".join(f", {c}" for c in sorted({c for c, _q in tiers}))
    run(
        cursor,
        "WITH t AS (SELECT coalesce(max(id), 0) AS top FROM search_searchdocument), "  # noqa: S608 (constants only; user text is a parameter)
        f"p AS MATERIALIZED (SELECT id, date, m, f{checks} FROM (SELECT id, date{vectors}, "
        f"{column} @@ %s::tsquery AS m, (TRUE{flt}) AS f "
        "FROM search_searchdocument, t WHERE id > t.top - %s OFFSET 0) r) "
        "SELECT t.top, ARRAY(SELECT id FROM p WHERE m AND f ORDER BY id DESC LIMIT %s), "
        "ARRAY(SELECT date FROM p WHERE m AND f ORDER BY id DESC LIMIT %s), "
        f"(SELECT count(*) FROM p WHERE m){counts} FROM t",
        [*(q for _c, q in tiers), tsq, *fparams, PROBE, cap, cap],
    )
    top, ids, days, loose_hits, *tier_hits = cursor.fetchone()
    return _ids(list(zip(ids, days, strict=True)), dates), top, loose_hits, tier_hits


def below(
    cursor, column, tsq, flt, fparams, cap, floor, hits, rows, top, loose_hits=None, dates=None
) -> list[int]:
    """The ``cap`` newest matches under id ``floor``, knowing that the ``rows`` ids from
    ``floor`` up held ``hits`` matches (``loose_hits`` without the filters, when known):
    their rate sizes the window and picks the way."""
    if cap <= 0 or floor <= 1:
        return []
    if hits:
        window = int(rows * cap / hits * WINDOW_SLACK)
        if window < floor:
            low = floor - window
            span = _range_rows(low, floor, top) if column in ranges.RANGED else top
            walk_first = _walk_is_cheaper(tsq, hits, rows, cap, span, loose_hits)
            read = _walk if walk_first else _indexed
            ids = read(cursor, column, tsq, flt, fparams, cap, low, floor, dates)
            if len(ids) >= cap:  # the newest ``cap`` matches all lie inside the window
                return ids
    return _indexed(cursor, column, tsq, flt, fparams, cap, None, floor, dates)


def newest_ids(
    cursor, column: str, tsq: str, flt: str, fparams: list, cap: int, tiers=(), dates=None
):
    """The ids of the ``cap`` newest rows matching ``tsq`` on ``column``, newest first,
    the largest id of the table, and the rate of each of ``tiers`` among the newest rows
    without the filters (measured only when there are filters; else None); their dates
    in ``dates`` (when given)."""
    tiers = tiers if flt else ()
    ids, top, loose_hits, tier_hits = probe(cursor, column, tsq, flt, fparams, cap, tiers, dates)
    rates = [h / PROBE for h in tier_hits] if tiers else None
    if len(ids) >= cap or top <= PROBE:
        return ids, top, rates
    floor = top - PROBE + 1
    return (
        ids
        + below(
            cursor,
            column,
            tsq,
            flt,
            fparams,
            cap - len(ids),
            floor,
            len(ids),
            PROBE,
            top,
            loose_hits,
            dates,
        ),
        top,
        rates,
    )


def tier_ids(
    cursor, newest, tiers, loose, flt, fparams, cap, top, need=None, rates=None, dates=None
) -> list[list[int]]:
    """The ``cap`` newest matches of each ranking tier (``tiers``: (column, tsquery)).

    ``newest``: the newest matches of the loose query (``loose``), at most
    ``COUNT_CAP + 1`` — all of them when fewer. Every tier matches a subset of the loose
    query's matches, so the tier's matches with ids from the lowest of ``newest`` up are
    exactly those among ``newest`` (one statement for all the tiers); only a tier with too
    few there reads further down.

    ``need``: the results the page needs (offset + limit). The results are ordered by
    tier first, so once the tiers read so far hold ``need`` distinct ids the later tiers
    cannot reach the page: they are left empty, unread. ``rates``: each tier's rate of
    matches without the filters (``newest_ids``), which the choice of a way to read it
    below needs: the GIN index decodes the postings of every row, filtered or not.
    ``dates``: the dates of the ids read below ``newest`` are added to it."""
    from gongkai.search.backends import COUNT_CAP

    if not newest:
        return [[] for _ in tiers]
    found = among(cursor, newest, tiers, loose)
    complete = len(newest) <= COUNT_CAP
    floor, rows = newest[-1], top - newest[-1] + 1
    out: list[list[int]] = []
    seen: set[int] = set()
    for n, ((column, tsq), ids) in enumerate(zip(tiers, found, strict=True)):
        if need is not None and len(seen) >= need:
            out.append([])
            continue
        if len(ids) < cap and not complete:
            loose_hits = rates[n] * rows if rates else None
            ids = ids + below(
                cursor,
                column,
                tsq,
                flt,
                fparams,
                cap - len(ids),
                floor,
                len(ids),
                rows,
                top,
                loose_hits,
                dates,
            )
        out.append(ids[:cap])
        seen.update(out[-1])
    return out


def among(cursor, ids: list[int], tiers, loose) -> list[list[int]]:
    """For each tier, those of ``ids`` (newest first) that match it."""
    found: list[list[int]] = [[] for _ in tiers]
    checks, params = [], []
    for n, (column, tsq) in enumerate(tiers):
        if column == "tsv" and tsq == loose:
            found[n] = list(ids)  # the loose query itself
            continue
        checks.append((n, f"{column} @@ %s::tsquery"))
        params.append(tsq)
    if not checks:
        return found
    run(
        cursor,
        f"SELECT id, {', '.join(c for _n, c in checks)} FROM search_searchdocument "  # noqa: S608 (constants only; user text is a parameter)
        "WHERE id = ANY(%s::bigint[]) ORDER BY id DESC",
        [*params, int_array(ids)],
    )
    for row in cursor.fetchall():
        for (n, _check), hit in zip(checks, row[1:], strict=True):
            if hit:
                found[n].append(row[0])
    return found


def by_date(ids, dates, offset, limit, tier_of=None) -> list[int] | None:
    """One page of ``ids`` ordered by tier (``tier_of``), then newest date (none last),
    then id, as ``backends._pg_search``'s statements order them, from the dates the
    reads kept (``dates``); None when one is missing."""
    if any(i not in dates for i in ids):
        return None
    tier_of = tier_of or {}

    def key(i):
        day = dates[i]
        return (tier_of.get(i, 0), day is None, -day.toordinal() if day else 0, -i)

    return sorted(ids, key=key)[offset : offset + limit]
