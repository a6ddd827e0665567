"""PostgreSQL: the old ranges' partial GIN indexes also built as blocks (``pg_ranges``).

Below the newest ``KEEP`` complete ranges, ranges are grouped into blocks of ``FANOUT **
level`` ranges aligned on their size, each with one more partial index
(``search_doc_tsv_r<k>_<n>`` for the ranges k … k + n - 1), so that a read of every range
left — a rare query — reads a few indexes and its statement is planned against a few: at
1,000,000 documents one block of 16 ranges and five ranges per column instead of 21
ranges. The ranges keep their own indexes for the reads of a few of them. The periodic
job ``search.ranges`` (and ``manage.py search_ranges``) builds the blocks as the table
grows, without blocking writers.

Here the blocks are built inside the migration's transaction: at a million documents the
block of 800,000 rows took 7 minutes (both columns) on a busy two-core machine; nothing
is built below 300,000 documents."""

from django.db import migrations


def up(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from gongkai.search import pg_ranges

    with schema_editor.connection.cursor() as cursor:
        pg_ranges.merge_ranges(cursor)


def down(apps, schema_editor):
    """The blocks dropped (every range has its own index)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    from gongkai.search import pg_ranges

    with schema_editor.connection.cursor() as cursor:
        pg_ranges.ensure_ranges(cursor)
        spans = pg_ranges._index_spans(cursor)
        for column, prefix in pg_ranges.RANGED.items():
            for first, n in spans[column]:
                if n > 1:
                    cursor.execute(f"DROP INDEX IF EXISTS {prefix}{first}_{n}")
    pg_ranges.forget_layout()


class Migration(migrations.Migration):
    dependencies = [("search", "0008_gin_by_id_range")]

    operations = [migrations.RunPython(up, down)]
