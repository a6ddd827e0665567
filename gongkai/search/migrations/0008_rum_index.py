"""PostgreSQL: RUM indexes that give the newest matches of a query in id order.

A GIN index answers ``tsv @@ query`` with a bitmap of every matching row, and the rows
have to be fetched to learn their ids before the newest can be kept. The RUM index
(``CREATE EXTENSION rum``, Debian package ``postgresql-<version>-rum``) stores each
posting's id beside it (``rum_tsvector_addon_ops`` with ``id`` attached), so that
``ORDER BY id <=| n LIMIT cap`` is answered from the index: only the ``cap`` rows kept
are fetched. ``search_rum_newest`` runs that read with bitmap and sequential scans
turned off for its own statement (the planner would otherwise often prefer the GIN
bitmap, whose cost it estimates lower).

Where the extension is not installed the migration does nothing and the search reads
through the GIN index as before (``backends_pg.rum_ready``).
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION search_rum_newest(
    p_column text, p_query tsquery, p_below bigint, p_cap integer,
    p_source text, p_unit bigint, p_year integer, p_topic text, p_kind text,
    p_validity text, p_units bigint[]
) RETURNS bigint[] LANGUAGE plpgsql STABLE
SET enable_bitmapscan = off SET enable_seqscan = off AS $fn$
BEGIN
    IF p_column = 'tsv_title' THEN
        RETURN ARRAY(
            SELECT d.id FROM search_searchdocument d
            WHERE d.tsv_title @@ p_query AND d.id + 0 < p_below
              AND (p_source IS NULL OR d.source = p_source)
              AND (p_unit IS NULL OR d.unit_id = p_unit)
              AND (p_year IS NULL OR d.year = p_year)
              AND (p_topic IS NULL OR d.topic = p_topic)
              AND (p_kind IS NULL OR d.kind = p_kind)
              AND (p_validity IS NULL OR d.validity = p_validity)
              AND (p_units IS NULL OR d.unit_id = ANY(p_units))
            ORDER BY d.id <=| (p_below - 1) LIMIT p_cap);
    END IF;
    RETURN ARRAY(
        SELECT d.id FROM search_searchdocument d
        WHERE d.tsv @@ p_query AND d.id + 0 < p_below
          AND (p_source IS NULL OR d.source = p_source)
          AND (p_unit IS NULL OR d.unit_id = p_unit)
          AND (p_year IS NULL OR d.year = p_year)
          AND (p_topic IS NULL OR d.topic = p_topic)
          AND (p_kind IS NULL OR d.kind = p_kind)
          AND (p_validity IS NULL OR d.validity = p_validity)
          AND (p_units IS NULL OR d.unit_id = ANY(p_units))
        ORDER BY d.id <=| (p_below - 1) LIMIT p_cap);
END
$fn$
"""

PG_UP = [
    "CREATE INDEX IF NOT EXISTS search_doc_rum ON search_searchdocument "
    "USING rum (tsv rum_tsvector_addon_ops, id) "
    "WITH (attach = 'id', to = 'tsv', order_by_attach = 't')",
    "CREATE INDEX IF NOT EXISTS search_doc_title_rum ON search_searchdocument "
    "USING rum (tsv_title rum_tsvector_addon_ops, id) "
    "WITH (attach = 'id', to = 'tsv_title', order_by_attach = 't')",
    FUNCTION,
]
PG_DOWN = [
    "DROP FUNCTION IF EXISTS search_rum_newest(text, tsquery, bigint, integer, text, bigint, "
    "integer, text, text, text, bigint[])",
    "DROP INDEX IF EXISTS search_doc_title_rum",
    "DROP INDEX IF EXISTS search_doc_rum",
]


def rum_extension(connection) -> bool:
    """Create the extension if its package is installed and this role may; whether it is
    there."""
    from django.db import DatabaseError, transaction

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'rum'")
        if cursor.fetchone():
            return True
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        if cursor.fetchone() is None:
            return False  # package not installed on the server
        try:
            with transaction.atomic(using=connection.alias):  # a savepoint
                cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
        except DatabaseError:  # not allowed to this role: a superuser can add it later
            return False
    return True


def up(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    if not rum_extension(schema_editor.connection):
        return  # the GIN index alone serves the search (slower at a million rows)
    for sql in PG_UP:
        schema_editor.execute(sql)


def down(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in PG_DOWN:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0007_inline_vectors")]

    operations = [migrations.RunPython(up, down)]
