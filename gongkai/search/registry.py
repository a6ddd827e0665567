"""Search sources (registered through ``gongkai.core.plugs``) and reindex scheduling.

The data shapes are in ``gongkai.search.contract``; this module re-exports them for
callers, and ``schedule_reindex`` queues the index update after the writing transaction
commits. The task module is imported only then, so no import circle runs through here.
"""

from __future__ import annotations

from gongkai.core.plugs import register_search_source, search_sources
from gongkai.search.contract import SearchDocumentData, SearchSource

__all__ = ["SearchDocumentData", "SearchSource", "register_source", "schedule_reindex", "sources"]


def register_source(source: SearchSource) -> None:
    register_search_source(source)


_facet_labels: dict[str, dict[str, str]] = {}


def register_facet_labels(field: str, choices) -> None:
    """How a stored facet value reads (``kind`` "notice" → 通知公告); ``choices`` is a
    Django ``choices`` list. Results and filter lists show the label, never the code."""
    _facet_labels.setdefault(field, {}).update({str(v): str(label) for v, label in choices})


def facet_label(field: str, value: str) -> str:
    return _facet_labels.get(field, {}).get(value, value)


def sources() -> dict[str, SearchSource]:
    return search_sources()


def schedule_reindex(source_name: str, pk: int) -> None:
    """Call inside the writing transaction; the index follows after commit."""
    from django.db import transaction

    def enqueue():
        from gongkai.core.plugs import public_changed
        from gongkai.search.tasks import reindex_object

        reindex_object.enqueue(source_name=source_name, pk=pk)
        public_changed(source_name, pk)

    transaction.on_commit(enqueue)
