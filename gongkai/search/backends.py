"""Writing to and reading from the full-text index, on SQLite (FTS5) or PostgreSQL.

Everything that differs between the two databases is in this module and branches on
``connection.vendor``; callers use ``index_batch`` and ``search_ids``.

Ranking (both backends): candidates come in tiers, each capped at ``TIER_CAP`` rows
taken newest-first from the index, so that a query matching half a million documents
costs no more than a rare one:

1. the exact phrase(s) in the title (title also holds the doc number and index number),
2. the exact phrase(s) anywhere,
3. the words of a long term (jieba) all in the title, scattered,
4. those words anywhere, scattered.

Inside a tier: BM25 with the title weighted 10× the body (FTS5) / ``ts_rank`` with
weights A=1, D=0.1 (PostgreSQL) when the ranking function is cheap (see ``_ranked``);
then the newest date first.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from gongkai.core.bulk import update_rows
from gongkai.search import analysis
from gongkai.search.contract import SearchDocumentData
from gongkai.search.models import SearchDocument

TIER_CAP = 200  # candidates per tier (at least offset + limit)
# Matches counted exactly; above, "more than 200", and only the first 200 results (ten
# pages of 20) are listed: counting further cost PostgreSQL most of a search at a million
# documents (issue 23), and nobody reads past the tenth page of a search they can narrow.
COUNT_CAP = 200
RANK_MAX = 200  # at most COUNT_CAP: the count must be exact to bound bm25's IDF scan
TEXT_KEEP = 3000  # characters of body kept for snippets
SEP = "\x1f"


def vendor() -> str:
    return connection.vendor


# --- analysis of one document ----------------------------------------------------


def _h(value: str) -> str:
    return hashlib.blake2s(value.encode(), digest_size=6).hexdigest()


def facet_tokens(
    *, source: str, unit_id=None, year=None, topic="", kind="", validity=""
) -> list[str]:
    out = ["s" + _h(source)]
    if unit_id is not None:
        out.append(f"u{int(unit_id)}")
    if year:
        out.append(f"y{int(year)}")
    if topic:
        out.append("t" + _h(topic))
    if kind:
        out.append("k" + _h(kind))
    if validity:
        out.append("v" + _h(validity))
    return out


@dataclass
class Analysed:
    title: str  # space-separated tokens
    body: str
    facets: str

    def pack(self) -> bytes:
        return zlib.compress(SEP.join([self.title, self.body, self.facets]).encode(), 6)

    @classmethod
    def unpack(cls, blob) -> Analysed | None:
        if not blob:
            return None
        title, body, facets = zlib.decompress(bytes(blob)).decode().split(SEP)
        return cls(title, body, facets)


def analyse(source: str, data: SearchDocumentData, mode: str | None = None) -> Analysed:
    mode = mode or analysis.current_mode()
    title_text = " ".join(x for x in (data.title, data.doc_number, data.index_number) if x)
    body_text = "\n".join(x for x in (data.body, data.extra_text) if x)
    year = data.date.year if data.date else None
    facets = facet_tokens(
        source=source,
        unit_id=data.unit_id,
        year=year,
        topic=data.topic,
        kind=data.kind,
        validity=data.validity,
    )
    return Analysed(
        " ".join(analysis.index_tokens(title_text, mode)),
        " ".join(analysis.index_tokens(body_text, mode)),
        " ".join(facets),
    )


# --- writing ----------------------------------------------------------------------


def _row_values(source: str, pk: int, data: SearchDocumentData, packed: bytes, now) -> dict:
    return {
        "source": source,
        "object_pk": pk,
        "title": data.title[:500],
        "url": data.url[:500],
        "date": data.date,
        "year": data.date.year if data.date else None,
        "unit_id": data.unit_id,
        "unit_name": (data.unit_name or "")[:200],
        "topic": (data.topic or "")[:100],
        "kind": (data.kind or "")[:100],
        "validity": (data.validity or "")[:50],
        "doc_number": (data.doc_number or "")[:100],
        "index_number": (data.index_number or "")[:100],
        "text": (data.body or data.extra_text or "")[:TEXT_KEEP],
        "tokens": packed,
        "indexed_at": now,
    }


def _fts_delete(cursor, rows: list[tuple[int, Analysed]]) -> None:
    if rows:
        cursor.executemany(
            "INSERT INTO search_fts(search_fts, rowid, title, body, facets) "
            "VALUES ('delete', %s, %s, %s, %s)",
            [(rid, a.title, a.body, a.facets) for rid, a in rows],
        )
        cursor.executemany(
            "INSERT INTO search_fts_title(search_fts_title, rowid, title, facets) "
            "VALUES ('delete', %s, %s, %s)",
            [(rid, a.title, a.facets) for rid, a in rows],
        )


def _fts_insert(cursor, rows: list[tuple[int, Analysed]]) -> None:
    if rows:
        cursor.executemany(
            "INSERT INTO search_fts(rowid, title, body, facets) VALUES (%s, %s, %s, %s)",
            [(rid, a.title, a.body, a.facets) for rid, a in rows],
        )
        cursor.executemany(
            "INSERT INTO search_fts_title(rowid, title, facets) VALUES (%s, %s, %s)",
            [(rid, a.title, a.facets) for rid, a in rows],
        )


def _pg_set_tsv(cursor, rows: list[tuple[int, Analysed]]) -> None:
    if rows:
        cursor.executemany(
            "UPDATE search_searchdocument SET tsv = %s::tsvector, tsv_title = %s::tsvector "
            "WHERE id = %s",
            [
                (
                    analysis.pg_tsvector(a.title.split(), a.body.split()),
                    analysis.pg_tsvector(a.title.split(), []),
                    rid,
                )
                for rid, a in rows
            ],
        )


_ROW_FIELDS = [f.column for f in SearchDocument._meta.concrete_fields if f.column != "id"]


def _sqlite_insert_rows(cursor, docs: list[SearchDocument]) -> None:
    """Plain executemany with ids taken inside the (IMMEDIATE, so exclusive) write
    transaction: the ORM's bulk_create costs more than the analysis at a million rows."""
    cursor.execute("SELECT coalesce(max(id), 0) FROM search_searchdocument")
    next_id = cursor.fetchone()[0] + 1
    for doc in docs:
        doc.id = next_id
        next_id += 1
    columns = ", ".join(["id", *_ROW_FIELDS])
    marks = ", ".join(["%s"] * (len(_ROW_FIELDS) + 1))
    fields = [SearchDocument._meta.get_field(c) for c in _ROW_FIELDS]
    cursor.executemany(
        f"INSERT INTO search_searchdocument ({columns}) VALUES ({marks})",  # noqa: S608 (model columns)
        [
            [doc.id, *(f.get_db_prep_save(getattr(doc, f.attname), connection) for f in fields)]
            for doc in docs
        ],
    )


def index_batch(
    source: str,
    items: list[tuple[int, SearchDocumentData | None]],
    *,
    mode: str | None = None,
    now=None,
) -> tuple[int, int]:
    """Put documents into the index (``None`` removes); returns (indexed, removed).

    Call inside a transaction. Rows keep their id when re-indexed."""
    now = now or timezone.now()
    pks = [pk for pk, _ in items]
    existing = {
        row[0]: (row[1], row[2])
        for row in SearchDocument.objects.filter(source=source, object_pk__in=pks).values_list(
            "object_pk", "id", "tokens"
        )
    }
    is_sqlite = vendor() == "sqlite"
    to_remove_fts: list[tuple[int, Analysed]] = []
    delete_ids: list[int] = []
    updates: list[SearchDocument] = []
    creates: list[SearchDocument] = []
    analysed_by_pk: dict[int, Analysed] = {}
    for pk, data in items:
        old = existing.get(pk)
        if old and is_sqlite:
            old_analysed = Analysed.unpack(old[1])
            if old_analysed is not None:
                to_remove_fts.append((old[0], old_analysed))
        if data is None:
            if old:
                delete_ids.append(old[0])
            continue
        a = analyse(source, data, mode)
        analysed_by_pk[pk] = a
        values = _row_values(source, pk, data, a.pack(), now)
        if old:
            updates.append(SearchDocument(id=old[0], **values))
        else:
            creates.append(SearchDocument(**values))
    with connection.cursor() as cursor:
        if is_sqlite:
            _fts_delete(cursor, to_remove_fts)
        if delete_ids:
            SearchDocument.objects.filter(id__in=delete_ids).delete()
        if updates:
            fields = [f for f in _row_values(source, 0, SearchDocumentData("", "", ""), b"", now)]
            update_rows(updates, fields)
        if creates and is_sqlite:
            _sqlite_insert_rows(cursor, creates)
        elif creates:
            SearchDocument.objects.bulk_create(creates, batch_size=500)
            from gongkai.search.pg_ranges import ranges_after_write

            ranges_after_write(cursor, max(d.id for d in creates))
        written = [(d.id, analysed_by_pk[d.object_pk]) for d in updates + creates]
        if is_sqlite:
            _fts_insert(cursor, written)
        else:
            _pg_set_tsv(cursor, written)
    return len(written), len(delete_ids)


def remove_stale(source: str, before) -> int:
    """Remove rows of ``source`` not re-indexed since ``before`` (after a rebuild)."""
    removed = 0
    while True:
        batch = list(
            SearchDocument.objects.filter(source=source, indexed_at__lt=before).values_list(
                "object_pk", flat=True
            )[:500]
        )
        if not batch:
            return removed
        removed += index_batch(source, [(pk, None) for pk in batch])[1]


def index_size_bytes() -> int:
    """Bytes used by the full-text index itself (not the document table)."""
    with connection.cursor() as cursor:
        if vendor() == "sqlite":
            try:
                cursor.execute(
                    "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search_fts%%'"
                )
                return int(cursor.fetchone()[0])
            except Exception:  # dbstat not compiled in
                cursor.execute("SELECT coalesce(sum(length(block)), 0) FROM search_fts_data")
                return int(cursor.fetchone()[0])
        cursor.execute(
            "SELECT (SELECT coalesce(sum(pg_relation_size(indexrelid)), 0) FROM pg_index "
            "WHERE indexrelid::regclass::text LIKE 'search\\_doc\\_tsv%%' "
            "OR indexrelid::regclass::text LIKE 'search\\_doc\\_title\\_r%%') + "
            "coalesce((SELECT sum(pg_column_size(tsv)) + sum(coalesce(pg_column_size(tsv_title), 0)) "
            "FROM search_searchdocument), 0)"
        )
        return int(cursor.fetchone()[0])


# --- reading ----------------------------------------------------------------------


@dataclass
class Filters:
    unit_id: int | None = None
    topic: str = ""
    year: int | None = None
    kind: str = ""
    validity: str = ""
    source: str = ""
    # The units of the hosted site the request is for (None: every unit).
    unit_ids: tuple[int, ...] | None = None

    def any(self) -> bool:
        return bool(
            self.unit_id is not None
            or self.unit_ids is not None
            or self.topic
            or self.year
            or self.kind
            or self.validity
            or self.source
        )


def _sqlite_filter(filters: Filters) -> str:
    tokens = []
    if filters.source:
        tokens.append("s" + _h(filters.source))
    if filters.unit_id is not None:
        tokens.append(f"u{int(filters.unit_id)}")
    if filters.year:
        tokens.append(f"y{int(filters.year)}")
    if filters.topic:
        tokens.append("t" + _h(filters.topic))
    if filters.kind:
        tokens.append("k" + _h(filters.kind))
    if filters.validity:
        tokens.append("v" + _h(filters.validity))
    sql = "".join(f' AND facets : "{t}"' for t in tokens)
    if filters.unit_ids is not None:
        one_of = " OR ".join(f'"u{int(u)}"' for u in filters.unit_ids) or '"u0"'
        sql += f" AND facets : ({one_of})"
    return sql


def _pg_filter(filters: Filters) -> tuple[str, list]:
    sql, params = [], []
    for column, value in (
        ("source", filters.source),
        ("unit_id", filters.unit_id),
        ("year", filters.year),
        ("topic", filters.topic),
        ("kind", filters.kind),
        ("validity", filters.validity),
    ):
        if value not in (None, ""):
            sql.append(f" AND {column} = %s")
            params.append(value)
    if filters.unit_ids is not None:
        from gongkai.search.backends_pg import int_array

        sql.append(" AND unit_id = ANY(%s::bigint[])")
        params.append(int_array(filters.unit_ids))
    return "".join(sql), params


@dataclass
class IdPage:
    ids: list[int]
    total: int  # capped at COUNT_CAP
    capped: bool


def _ranked(query: analysis.Query, total: int, is_loose: bool) -> bool:
    """Whether a tier is ordered by the ranking function before the date.

    FTS5's bm25 counts, for every phrase of the query, all the documents containing it
    (its IDF) — a scan of the whole phrase match set. That is bounded only when the
    query is one phrase whose matches we counted (``total``): one term, not a prefix,
    an exact tier, at most ``RANK_MAX`` matches. Otherwise (several terms, the scattered
    words of a long term) the tier is ordered by date: the same rule on PostgreSQL, so
    both backends give the same order."""
    return (
        total <= RANK_MAX and not is_loose and len(query.terms) == 1 and not query.terms[0].prefix
    )


def _tiers(query: analysis.Query) -> list[tuple[str, bool, bool]]:
    """(kind, title_only, loose) for every distinct tier of this query."""
    tiers = [("title", True, False), ("all", False, False)]
    if any(t.parts for t in query.terms):
        tiers += [("title", True, True), ("all", False, True)]
    return tiers


def search_ids(
    query: analysis.Query,
    filters: Filters | None = None,
    *,
    sort: str = "relevance",
    offset: int = 0,
    limit: int = 20,
    known_total: int | None = None,
    memo: dict | None = None,
) -> IdPage:
    """Ids of one page of results, best first, with the (capped) number of matches.

    ``limit=0`` only counts; ``known_total`` skips the count. ``memo``: a dict kept
    between the count and the page read of one search (PostgreSQL reuses its scan)."""
    filters = filters or Filters()
    if query.empty:
        return IdPage([], 0, False)
    if vendor() == "sqlite":
        return _sqlite_search(query, filters, sort, offset, limit, known_total)
    return _pg_search(query, filters, sort, offset, limit, known_total, memo)


def _reader():
    """The database a search reads: a streaming replica for a public search
    (gongkai/core/replicas.py), else the primary."""
    from django.db import connections, router

    return connections[router.db_for_read(SearchDocument)]


def _sqlite_search(query, filters, sort, offset, limit, known_total) -> IdPage:
    flt = _sqlite_filter(filters)
    loose = f"({analysis.fts_expression(query, loose=True)}){flt}"
    with _reader().cursor() as cursor:
        if known_total is None:
            cursor.execute(
                "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
                "LIMIT %s)",
                [loose, COUNT_CAP + 1],
            )
            total = cursor.fetchone()[0]
        else:
            total = known_total
        if total == 0 or limit <= 0:
            return IdPage([], min(total, COUNT_CAP), total > COUNT_CAP)
        if sort == "date":
            cursor.execute(
                "SELECT d.id FROM search_searchdocument d WHERE d.id IN ("
                " SELECT rowid FROM search_fts WHERE search_fts MATCH %s"
                " ORDER BY rowid DESC LIMIT %s)"
                " ORDER BY d.date IS NULL, d.date DESC, d.id DESC LIMIT %s OFFSET %s",
                [loose, COUNT_CAP, limit, offset],
            )
            return IdPage(
                [r[0] for r in cursor.fetchall()], min(total, COUNT_CAP), total > COUNT_CAP
            )
        parts, params = [], []
        for n, (_kind, title_only, is_loose) in enumerate(_tiers(query), start=1):
            rank = _ranked(query, total, is_loose)
            expr = analysis.fts_expression(query, loose=is_loose)
            match = f"({expr}){flt}"
            # Title tiers read the small title-only index; the others the full one.
            table = "search_fts_title" if title_only else "search_fts"
            score = "0.0"
            if rank:
                weights = "1.0, 0.0" if title_only else "10.0, 1.0, 0.0"
                score = f"bm25({table}, {weights})"
            # Only constants and our own table names are formatted in; text is a parameter.
            parts.append(
                f"SELECT * FROM (SELECT rowid AS id, {n} AS tier, {score} AS score "  # noqa: S608
                f"FROM {table} WHERE {table} MATCH %s ORDER BY rowid DESC LIMIT %s)"
            )
            params += [match, max(TIER_CAP, offset + limit)]
        sql = (
            "SELECT c.id FROM (SELECT id, min(tier) AS tier, score FROM ("  # noqa: S608 (constants only; user text is a parameter)
            + " UNION ALL ".join(parts)
            + ") GROUP BY id) c JOIN search_searchdocument d ON d.id = c.id "
            "ORDER BY c.tier, round(c.score, 2), d.date IS NULL, d.date DESC, d.id DESC "
            "LIMIT %s OFFSET %s"
        )
        cursor.execute(sql, [*params, limit, offset])
        return IdPage([r[0] for r in cursor.fetchall()], min(total, COUNT_CAP), total > COUNT_CAP)


def _pg_search(query, filters, sort, offset, limit, known_total, memo=None) -> IdPage:
    from gongkai.search import backends_pg

    flt, fparams = _pg_filter(filters)
    loose = analysis.pg_tsquery(query, loose=True)
    memo = memo if memo is not None else {}
    key = (loose, flt, tuple(map(str, fparams)))
    # Title tiers match the title-only column (the same matches as the A-weighted query
    # on ``tsv``, without checking weights against each row).
    kinds = _tiers(query)
    tiers = [
        ("tsv_title" if title_only else "tsv", analysis.pg_tsquery(query, loose=is_loose))
        for _kind, title_only, is_loose in kinds
    ]
    with _reader().cursor() as cursor:
        backends_pg.session(cursor)
        # The newest COUNT_CAP + 1 matches of the loose query: the count, the set sorted
        # by date, and where every ranking tier is looked for first. Kept for the page
        # read that follows (one search: the count, then its page). The reads keep each
        # id's date (``dates``): a page ordered without ``ts_rank`` is sorted here, not
        # by a statement that reads its candidates' rows again.
        if memo.get("key") == key:
            top, newest, rates, dates = memo["top"], memo["ids"], memo["rates"], memo["dates"]
        else:
            dates = {}
            newest, top, rates = backends_pg.newest_ids(
                cursor, "tsv", loose, flt, fparams, COUNT_CAP + 1, tiers, dates
            )
            memo.update(key=key, top=top, ids=newest, rates=rates, dates=dates)
        total = len(newest) if known_total is None else known_total
        if total == 0 or limit <= 0:
            return IdPage([], min(total, COUNT_CAP), total > COUNT_CAP)
        if sort == "date":
            page = backends_pg.by_date(newest[:COUNT_CAP], dates, offset, limit)
            if page is not None:
                return IdPage(page, min(total, COUNT_CAP), total > COUNT_CAP)
            backends_pg.run(
                cursor,
                "SELECT id FROM search_searchdocument WHERE id = ANY(%s::bigint[]) "
                "ORDER BY date DESC NULLS LAST, id DESC LIMIT %s OFFSET %s",
                [backends_pg.int_array(newest[:COUNT_CAP]), limit, offset],
            )
            return IdPage(
                [r[0] for r in cursor.fetchall()], min(total, COUNT_CAP), total > COUNT_CAP
            )
        scores, sparams = [], []
        for n, (_kind, title_only, is_loose) in enumerate(kinds, start=1):
            if _ranked(query, total, is_loose):
                # ts_rank is higher-better; negate it so that, as with bm25, lower sorts
                # first. Computed only for the candidates.
                tsq = analysis.pg_tsquery(query, loose=is_loose, title_only=title_only)
                scores.append(
                    f"WHEN {n} THEN -ts_rank('{{0.1, 0.1, 0.1, 1.0}}', d.tsv, %s::tsquery)"
                )
                sparams.append(tsq)
        cap = max(TIER_CAP, offset + limit)
        tier_of: dict[int, int] = {}
        # Tiers below those that already fill the page are not read (``need``).
        for n, ids in enumerate(
            backends_pg.tier_ids(
                cursor, newest, tiers, loose, flt, fparams, cap, top, offset + limit, rates, dates
            ),
            start=1,
        ):
            for doc_id in ids:
                tier_of.setdefault(doc_id, n)
        if not tier_of:
            return IdPage([], min(total, COUNT_CAP), total > COUNT_CAP)
        page = None if scores else backends_pg.by_date(list(tier_of), dates, offset, limit, tier_of)
        if page is not None:
            return IdPage(page, min(total, COUNT_CAP), total > COUNT_CAP)
        score = f"CASE c.tier {' '.join(scores)} ELSE 0.0 END" if scores else "0.0"
        sql = (
            "SELECT d.id FROM unnest(%s::bigint[], %s::int[]) AS c(id, tier) "  # noqa: S608 (constants only; user text is a parameter)
            "JOIN search_searchdocument d ON d.id = c.id "
            f"ORDER BY c.tier, round(({score})::numeric, 2), d.date DESC NULLS LAST, d.id DESC "
            "LIMIT %s OFFSET %s"
        )
        ids = list(tier_of)
        tiers_of = backends_pg.int_array(tier_of[i] for i in ids)
        backends_pg.run(
            cursor, sql, [backends_pg.int_array(ids), tiers_of, *sparams, limit, offset]
        )
        return IdPage([r[0] for r in cursor.fetchall()], min(total, COUNT_CAP), total > COUNT_CAP)


def optimize(step_pages: int = 2000) -> int:
    """Merge the FTS5 index segments (SQLite), in short steps so that writers waiting on
    the database are not held up for long; returns the number of steps.

    PostgreSQL's GIN index needs nothing."""
    from django.db import transaction

    if vendor() != "sqlite":
        return 0
    steps = 0
    for table in ("search_fts", "search_fts_title"):
        while True:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT total_changes()")
                before = cursor.fetchone()[0]
                cursor.execute(
                    f"INSERT INTO {table}({table}, rank) VALUES ('merge', %s)",  # noqa: S608
                    [-step_pages],
                )
                cursor.execute("SELECT total_changes()")
                after = cursor.fetchone()[0]
            steps += 1
            # FTS5: a merge that did no work changes fewer than 2 rows.
            if after - before < 2:
                break
    return steps
