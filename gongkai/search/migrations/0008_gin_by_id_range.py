"""PostgreSQL: the vectors' GIN indexes cut into one partial index per range of 50,000 ids.

A search reads the newest matches of a query; through one GIN index over the whole table
that decodes the posting lists of the query's words in every row, a cost that grows with
the table (issue 23). A partial index per range of ids (``id > k * 50000 AND id <=
(k + 1) * 50000``) lets a read of the newest ids decode only its range's postings
(``pg_ranges``). This migration replaces the whole-table index by the ranges of the rows
present and the next range, for the body's vectors (``search_doc_tsv_r<k>``) and the
titles' (``search_doc_title_r<k>``); ``index_batch`` adds each later range before its first row
(and ``manage.py search_ranges`` without blocking writers). On a large table it takes as
long as building the index did (about a minute per 100,000 documents, in all)."""

from django.db import migrations

RANGE = 50_000  # = pg_ranges.RANGE; kept here so that the migration does not change


INDEXES = {
    "tsv": ("search_doc_tsv", "search_doc_tsv_r"),
    "tsv_title": ("search_doc_tsv_title", "search_doc_title_r"),
}


def _create(cursor, column, k):
    cursor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEXES[column][1]}{k} ON search_searchdocument "
        f"USING gin ({column}) WHERE id > {k * RANGE} AND id <= {(k + 1) * RANGE}"
    )


def up(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM search_searchdocument")
        top = cursor.fetchone()[0]
        for column, (whole, _prefix) in INDEXES.items():
            cursor.execute(f"DROP INDEX IF EXISTS {whole}")
            for k in range(max(0, (top - 1) // RANGE) + 2):
                _create(cursor, column, k)


def down(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
            "WHERE i.indrelid = 'search_searchdocument'::regclass "
            "AND (c.relname LIKE 'search\\_doc\\_tsv\\_r%%' "
            "OR c.relname LIKE 'search\\_doc\\_title\\_r%%')"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')
        for column, (whole, _prefix) in INDEXES.items():
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {whole} ON search_searchdocument USING gin ({column})"
            )


class Migration(migrations.Migration):
    dependencies = [("search", "0007_inline_vectors")]

    operations = [migrations.RunPython(up, down)]
