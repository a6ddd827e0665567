"""The full-text index: FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL."""

from django.db import migrations

SQLITE_UP = [
    # Contentless: the text lives in search_searchdocument; rowid = its id.
    # Columns: title (title, doc number, index number), body, facets (filter tokens).
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, body, facets, content='', tokenize='unicode61 remove_diacritics 0', detail=full)",
]
SQLITE_DOWN = ["DROP TABLE IF EXISTS search_fts"]
PG_UP = [
    "ALTER TABLE search_searchdocument ADD COLUMN IF NOT EXISTS tsv tsvector",
    "CREATE INDEX IF NOT EXISTS search_doc_tsv ON search_searchdocument USING gin (tsv)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS search_doc_tsv",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tsv",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_document")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": PG_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": PG_DOWN}),
        )
    ]
