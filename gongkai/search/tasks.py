"""Background tasks of the search app; each takes plain values and is idempotent."""

from django_tasks import task

from gongkai.search.services import document_reindex


@task()
def reindex_object(source_name: str, pk: int) -> str:
    """Re-read one object from its source and update (or remove) its index entry."""
    return document_reindex(source_name=source_name, pk=pk)
