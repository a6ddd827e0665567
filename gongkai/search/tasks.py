"""Background tasks of the search app; each takes plain values and is idempotent."""

from django_tasks import task

from gongkai.search.services import document_reindex


@task()
def reindex_object(source_name: str, pk: int) -> str:
    """Re-read one object from its source and update (or remove) its index entry."""
    return document_reindex(source_name=source_name, pk=pk)


@task()
def maintain_ranges() -> str:
    """PostgreSQL: the range indexes ahead, and old ranges merged into block indexes
    (``pg_ranges.maintain_ranges``); nothing on SQLite."""
    from django.db import connection

    from gongkai.search import pg_ranges

    if connection.vendor != "postgresql":
        return "SQLite：无需分段索引"
    with connection.cursor() as cursor:
        built, dropped, last = pg_ranges.maintain_ranges(cursor)
    return f"新建索引 {len(built)} 个，删除被合并的 {len(dropped)} 个，已覆盖到第 {last} 段"
