"""SQLite: a small FTS5 index of titles alone, so that the title tiers of the ranking read
only title postings instead of checking every body match for a title position."""

from django.db import migrations

SQLITE_UP = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_title USING fts5("
    "title, facets, content='', tokenize='unicode61 remove_diacritics 0', detail=full)",
]
SQLITE_DOWN = ["DROP TABLE IF EXISTS search_fts_title"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_index")]

    operations = [migrations.RunPython(_run({"sqlite": SQLITE_UP}), _run({"sqlite": SQLITE_DOWN}))]
