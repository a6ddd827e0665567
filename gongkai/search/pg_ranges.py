"""The partial GIN indexes of the search table on PostgreSQL, one per range of ``RANGE``
ids: their names and bounds, the blocks old ranges are merged into, the newest ranges'
sub-ranges, and their upkeep (``ensure_ranges`` after a write, ``maintain_ranges`` hourly,
``manage.py search_ranges``). The reads that name them are in ``backends_pg``.

Every setting of the layout (``RANGE``, ``FANOUT``, ``KEEP``, ``SUBS``…) lives here only:
the reads look them up on this module, so that a test that changes one changes both.
"""

from __future__ import annotations

# The vectors' GIN index is one partial index per range of RANGE ids (``ensure_ranges``):
# a read of the newest ids decodes the postings of its range, not of the whole table,
# so its cost stays what it was at RANGE documents however large the table grows.
RANGE = 50_000

# The columns indexed by ranges, and their indexes' names (followed by the range).
RANGED = {"tsv": "search_doc_tsv_r", "tsv_title": "search_doc_title_r"}


def range_of(doc_id: int) -> int:
    """The range of an id: range ``k`` holds ``k * RANGE < id <= (k + 1) * RANGE``."""
    return max(0, (int(doc_id) - 1) // RANGE)


def range_index_sql(column: str, k: int, *, concurrently: bool = False, n: int = 1) -> str:
    """The partial GIN index of range ``k`` (``n`` > 1: of the block of ``n`` ranges from
    ``k``, named ``…r<k>_<n>``)."""
    name = f"{RANGED[column]}{int(k)}" + (f"_{int(n)}" if n > 1 else "")
    return (
        f"CREATE INDEX {'CONCURRENTLY ' if concurrently else ''}IF NOT EXISTS "
        f"{name} ON search_searchdocument USING gin ({column}) "
        f"WHERE id > {int(k) * RANGE} AND id <= {(int(k) + int(n)) * RANGE}"
    )


_COVERED: dict[tuple, int] = {}  # (alias, database) → the last range known to be indexed
# Old ranges are also indexed in blocks of FANOUT ** level ranges (aligned on their size),
# so that a read of every range left (a rare query: its matches are in few rows of each)
# reads a few indexes: at a million documents six per column instead of twenty-one, and
# planning a statement of twenty-one partial index scans had cost more than running it
# (税's title tier: 28 ms planned, under 1 ms run). Each range keeps its own index too: a
# read of a few ranges (a query whose matches are sparse, not rare) must not decode and
# re-check a whole block (政策解读 in 2021, title tier: 147 ms through the block, 9 ms
# through its ranges). The newest KEEP complete ranges are in no block.
FANOUT = 4
KEEP = 2
LAYOUT_TTL = 60.0  # seconds a process trusts the layout of the indexes it read
_LAYOUT: dict[tuple, tuple[float, dict]] = {}  # (alias, database, RANGE) → (read at, spans)


def _index_spans(cursor) -> dict[str, list[tuple[int, int]]]:
    """The valid range and block indexes of each ranged column: [(first range, ranges)]."""
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
        "WHERE i.indrelid = 'search_searchdocument'::regclass AND i.indisvalid "
        "AND c.relname LIKE %s",
        ["search\\_doc\\_%"],
    )
    names = [r[0] for r in cursor.fetchall()]
    spans: dict[str, list[tuple[int, int]]] = {column: [] for column in RANGED}
    for column, prefix in RANGED.items():
        for name in names:
            rest = name[len(prefix) :] if name.startswith(prefix) else ""
            first, _sep, n = rest.partition("_")
            if first.isdigit() and (n.isdigit() or not n):
                spans[column].append((int(first), int(n or 1)))
    return spans


def forget_layout() -> None:
    _LAYOUT.clear()


def _layout(cursor) -> tuple[dict, dict]:
    """({column: {range: (first range, ranges)}} of the blocks, {column: {sub-range}} of
    the sub-ranges), read from the catalogue at most every LAYOUT_TTL seconds."""
    import time

    key = (*_db_key(cursor), RANGE)
    now = time.monotonic()
    cached = _LAYOUT.get(key)
    if cached is None or now - cached[0] > LAYOUT_TTL:
        spans = _index_spans(cursor)
        blocks = {
            c: {k: (first, n) for first, n in spans[c] if n > 1 for k in range(first, first + n)}
            for c in RANGED
        }
        cached = _LAYOUT[key] = (now, (blocks, _sub_spans(cursor)))
    return cached[1]


def index_blocks(cursor, column: str) -> dict[int, tuple[int, int]]:
    """{range: (first range, ranges)} of the ranges of ``column`` read through a block
    index (``_layout``). A layout that is out of date costs time, never results: a block
    is dropped only once a larger one holds it, whose predicate its bounds imply, so the
    planner reads that one instead."""
    return _layout(cursor)[0].get(column, {})


def index_subs(cursor, column: str) -> set[int]:
    """The sub-ranges of ``column`` that have their index (``_layout``). One dropped since
    costs time, never results: its range's own index holds its rows."""
    return _layout(cursor)[1].get(column, set())


# The newest SUBS ranges (that of the largest id and those before it), and the ranges
# ahead, are also indexed in FANOUT sub-ranges of RANGE / FANOUT ids: a read of the
# newest matches of a common query names a window inside the newest range, and a range's
# index gives every candidate of the range, each fetched to be tested against the
# window's bounds (保密审查 信息发布 at a million: the newest 187 matches through the
# range's index 1,545 buffers, through the sub-range's 399).
SUBS = 2
SUBBED = {"tsv": "search_doc_tsv_s", "tsv_title": "search_doc_title_s"}


def sub_size() -> int:
    """Ids in a sub-range (0: none, RANGE is not a multiple of FANOUT)."""
    return RANGE // FANOUT if RANGE % FANOUT == 0 and RANGE >= FANOUT else 0


def sub_index_name(column: str, j: int, size: int | None = None) -> str:
    """``search_doc_tsv_s<size>_<j>``: the size in the name, so that a change of RANGE
    never reads an index as the sub-range of another size."""
    return f"{SUBBED[column]}{size or sub_size()}_{int(j)}"


def sub_index_sql(column: str, j: int, *, concurrently: bool = False) -> str:
    size = sub_size()
    return (
        f"CREATE INDEX {'CONCURRENTLY ' if concurrently else ''}IF NOT EXISTS "
        f"{sub_index_name(column, j)} ON search_searchdocument USING gin ({column}) "
        f"WHERE id > {int(j) * size} AND id <= {(int(j) + 1) * size}"
    )


def _sub_names(cursor) -> list[tuple[str, str, int, int]]:
    """(column, name, size, sub-range) of every valid sub-range index."""
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
        "WHERE i.indrelid = 'search_searchdocument'::regclass AND i.indisvalid "
        "AND c.relname LIKE %s",
        ["search\\_doc\\_%\\_s%"],
    )
    out = []
    for (name,) in cursor.fetchall():
        for column, prefix in SUBBED.items():
            if not name.startswith(prefix):
                continue
            size, _sep, j = name[len(prefix) :].partition("_")
            if size.isdigit() and j.isdigit():
                out.append((column, name, int(size), int(j)))
    return out


def _sub_spans(cursor) -> dict[str, set[int]]:
    size = sub_size()
    spans: dict[str, set[int]] = {column: set() for column in SUBBED}
    for column, _name, s, j in _sub_names(cursor):
        if s == size:
            spans[column].add(j)
    return spans


def wanted_subs(top: int, *, ahead: int = 1) -> list[int]:
    """The sub-ranges of the newest SUBS ranges up to the range of ``top`` and of the
    ``ahead`` ranges after it."""
    if not sub_size():
        return []
    last = range_of(max(1, top))
    first = max(0, last - SUBS + 1)
    return list(range(first * FANOUT, (last + ahead + 1) * FANOUT))


def keep_subs(cursor, top=None, *, ahead: int = 1, concurrently: bool = False):
    """Build the sub-range indexes ``wanted_subs`` names that do not exist, then drop
    those of older ranges (and of another size); returns (built, dropped). A read uses a
    range's sub-ranges only when every one it needs exists (``index_subs``)."""
    if top is None:
        cursor.execute("SELECT coalesce(max(id), 0) FROM search_searchdocument")
        top = cursor.fetchone()[0]
    wanted = set(wanted_subs(top, ahead=ahead))
    have = _sub_names(cursor)
    how = "CONCURRENTLY " if concurrently else ""
    built, dropped = [], []
    size = sub_size()
    for column in SUBBED:
        present = {j for c, _n, s, j in have if c == column and s == size}
        for j in sorted(wanted - present):
            # a build that failed half-way (CONCURRENTLY) leaves an invalid index
            cursor.execute(f"DROP INDEX {how}IF EXISTS {sub_index_name(column, j)}")
            cursor.execute(sub_index_sql(column, j, concurrently=concurrently))
            built.append(sub_index_name(column, j))
    for _column, name, s, j in have:
        if s != size or j not in wanted:
            cursor.execute(f'DROP INDEX {how}IF EXISTS "{name}"')
            dropped.append(name)
    forget_layout()
    return built, dropped


def merged_blocks(top: int, *, keep: int | None = None) -> list[tuple[int, int]]:
    """The blocks (first range, ranges) that the old ranges below the newest ``keep``
    complete ranges (and the range of ``top``) form: from range 0 up, the largest block of
    ``FANOUT ** level`` ranges aligned on its size that holds only old ranges."""
    keep = KEEP if keep is None else keep
    old = range_of(max(1, top)) - keep  # ranges 0 … old - 1 are merged
    out, k = [], 0
    while k < old:
        n = 1
        while k % (n * FANOUT) == 0 and k + n * FANOUT <= old:
            n *= FANOUT
        if n == 1:
            break  # the ranges left are too few to make a block
        out.append((k, n))
        k += n
    return out


def merge_ranges(cursor, top=None, *, concurrently: bool = False) -> tuple[list[str], list[str]]:
    """Build the block index of every block ``merged_blocks`` wants that does not exist,
    then drop the smaller blocks inside it (the ranges keep theirs); returns (built,
    dropped). A block is built before those it replaces are dropped, so that a read always
    has an index for the bounds it names (``index_blocks``)."""
    if top is None:
        cursor.execute("SELECT coalesce(max(id), 0) FROM search_searchdocument")
        top = cursor.fetchone()[0]
    spans = _index_spans(cursor)
    built, dropped = [], []
    how = "CONCURRENTLY " if concurrently else ""
    for column, prefix in RANGED.items():
        have = set(spans[column])
        for first, n in merged_blocks(top):
            if (first, n) not in have:
                # a build that failed half-way (CONCURRENTLY) leaves an invalid index
                cursor.execute(f"DROP INDEX {how}IF EXISTS {prefix}{first}_{n}")
                cursor.execute(range_index_sql(column, first, concurrently=concurrently, n=n))
                built.append(f"{prefix}{first}_{n}")
                have.add((first, n))
            for k, m in sorted(have):
                if 1 < m < n and first <= k and k + m <= first + n:
                    name = f"{prefix}{k}" + (f"_{m}" if m > 1 else "")
                    cursor.execute(f"DROP INDEX {how}IF EXISTS {name}")
                    dropped.append(name)
                    have.discard((k, m))
    forget_layout()
    return built, dropped


def missing_ranges(cursor, top=None, *, ahead: int = 1) -> tuple[list[tuple[str, int]], int]:
    """(column, range) of every partial GIN index missing up to ``ahead`` ranges past the
    one of ``top`` (the largest id; read when None), and the last range that should be.
    Every range keeps its own index inside a block (``merge_ranges``)."""
    if top is None:
        cursor.execute("SELECT coalesce(max(id), 0) FROM search_searchdocument")
        top = cursor.fetchone()[0]
    last = range_of(max(1, top)) + ahead
    spans = _index_spans(cursor)
    missing = [
        (column, k) for k in range(last + 1) for column in RANGED if (k, 1) not in spans[column]
    ]
    return missing, last


def ensure_ranges(cursor, top=None, *, ahead: int = 1) -> list[str]:
    """Create the partial GIN index of every range up to ``ahead`` ranges past the one of
    ``top`` (the largest id; read when None) that does not exist yet; returns their names.

    Called by ``index_batch`` when its new rows reach the last indexed range, so that the
    next range has its index before its first row (built on an empty range it costs one
    pass over the table, once per RANGE documents); ``manage.py search_ranges`` does the
    same ahead of time without blocking writers (``CONCURRENTLY``)."""
    missing, last = missing_ranges(cursor, top, ahead=ahead)
    for column, k in missing:
        cursor.execute(range_index_sql(column, k))
    _COVERED[_db_key(cursor)] = last
    return [f"{RANGED[column]}{k}" for column, k in missing]


def maintain_ranges(cursor, *, ahead: int = 2) -> tuple[list[str], list[str], int]:
    """The indexes of the ranges ahead, then the old ranges merged into blocks; without
    blocking writers (CONCURRENTLY) when not inside a transaction. Returns (built,
    dropped, last range indexed)."""
    concurrently = not cursor.db.in_atomic_block
    missing, last = missing_ranges(cursor, ahead=ahead)
    built = []
    for column, k in missing:
        cursor.execute(range_index_sql(column, k, concurrently=concurrently))
        built.append(f"{RANGED[column]}{k}")
    merged, dropped = merge_ranges(cursor, concurrently=concurrently)
    subs, old_subs = keep_subs(cursor, concurrently=concurrently)
    return built + merged + subs, dropped + old_subs, last


def _db_key(cursor) -> tuple:
    return (cursor.db.alias, cursor.db.settings_dict.get("NAME"))


def ranges_after_write(cursor, top: int) -> None:
    """After rows up to id ``top`` were written: the next range gets its index in time."""
    key = _db_key(cursor)
    if _COVERED.get(key, -1) > range_of(max(1, top)):
        return
    ensure_ranges(cursor, top)
