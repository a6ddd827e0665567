"""PostgreSQL: the newest ranges' GIN indexes also cut into sub-ranges (``pg_ranges``).

The newest two ranges of 50,000 ids (that of the largest id and the one before) and the
next range are also indexed in four sub-ranges of 12,500 ids each
(``search_doc_tsv_s12500_<j>``, ``search_doc_title_s12500_<j>``: ``id > j * 12500 AND
id <= (j + 1) * 12500``). A search reads the newest matches of a query from a window of
the newest ids; through a range's index it fetched every candidate of the range to test
the window's bounds, through a sub-range's a quarter of them. The periodic job
``search.ranges`` (and ``manage.py search_ranges``) keeps them as the table grows and
drops those of older ranges, without blocking writers. Each index is built by one pass
over the table: about ten seconds each at a million documents, inside the migration's
transaction."""

from django.db import migrations


def up(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from gongkai.search import pg_ranges

    with schema_editor.connection.cursor() as cursor:
        pg_ranges.keep_subs(cursor)


def down(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from gongkai.search import pg_ranges

    with schema_editor.connection.cursor() as cursor:
        for _column, name, _size, _j in pg_ranges._sub_names(cursor):
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
    pg_ranges.forget_layout()


class Migration(migrations.Migration):
    dependencies = [("search", "0010_filter_walk_indexes")]

    operations = [migrations.RunPython(up, down)]
