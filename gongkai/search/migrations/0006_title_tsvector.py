"""PostgreSQL: the title's tokens in their own tsvector column with its own GIN index, so
that the title tiers of the ranking test a short vector (no weight restriction, which
would make every candidate be re-checked against the whole document's vector)."""

from django.db import migrations

PG_UP = [
    "ALTER TABLE search_searchdocument ADD COLUMN IF NOT EXISTS tsv_title tsvector",
    # Existing rows: the title's lexemes are the ones weighted A.
    "UPDATE search_searchdocument SET tsv_title = ts_filter(tsv, '{a}') "
    "WHERE tsv IS NOT NULL AND tsv_title IS NULL",
    "CREATE INDEX IF NOT EXISTS search_doc_tsv_title ON search_searchdocument "
    "USING gin (tsv_title)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS search_doc_tsv_title",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tsv_title",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0005_load_common_synonyms")]

    operations = [migrations.RunPython(_run(PG_UP), _run(PG_DOWN))]
