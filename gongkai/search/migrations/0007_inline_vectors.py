"""PostgreSQL: keep the tsvectors in the row, compressed with lz4 where the server has it.

A vector stored out of line (TOAST) costs a lookup in the TOAST table and a pglz
decompression each time a row is checked against a query: a phrase query re-checks every
candidate the GIN index gives, and the windows of the newest ids check every row they
read. Kept in the row (storage MAIN, moved out only when a row would not fit in a page)
and compressed with lz4, the same check costs about a third. Rows written before this
migration keep their storage until they are indexed again (``manage.py search_rebuild``)."""

from django.db import migrations

COLUMNS = ("tsv", "tsv_title")


def up(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
            "AND 'lz4' = ANY(enumvals)"
        )
        lz4 = cursor.fetchone() is not None
    for column in COLUMNS:
        schema_editor.execute(
            f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET STORAGE MAIN"
        )
        if lz4:
            schema_editor.execute(
                f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET COMPRESSION lz4"
            )


def down(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(
            f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET STORAGE EXTENDED"
        )
        schema_editor.execute(
            f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET COMPRESSION DEFAULT"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0006_title_tsvector")]

    operations = [migrations.RunPython(up, down)]
