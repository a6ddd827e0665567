"""How apps put their public objects into the search index (contract).

An app registers a ``SearchSource`` in ``AppConfig.ready``; after any change that may
alter what the public sees (publish, edit, withdraw, expire...), its service calls
``schedule_reindex(source_name, pk)`` inside the transaction; the index is updated by a
background task after commit. A source's ``document(pk)`` returns the document, or
``None`` when the object is not (or no longer) public — then it is removed from the index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class SearchDocumentData:
    title: str
    body: str
    url: str
    date: dt.date | None = None
    unit_id: int | None = None
    unit_name: str = ""
    topic: str = ""
    kind: str = ""
    validity: str = ""
    doc_number: str = ""
    index_number: str = ""
    extra_text: str = ""  # attachment text etc.
    facets: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SearchSource:
    name: str  # e.g. "publishing.item"
    label: str  # shown in results, e.g. "政府信息"
    document: Callable[[int], SearchDocumentData | None]
    public_ids: Callable[[], Iterable[int]]  # every public object, for a full rebuild


_sources: dict[str, SearchSource] = {}


def register_source(source: SearchSource) -> None:
    _sources[source.name] = source


def sources() -> dict[str, SearchSource]:
    return dict(_sources)


def schedule_reindex(source_name: str, pk: int) -> None:
    """Call inside the writing transaction; the index follows after commit."""
    from django.db import transaction

    def enqueue():
        try:
            from gongkai.search.tasks import reindex_object
        except ImportError:  # the search engine has not landed yet
            return
        reindex_object.enqueue(source_name=source_name, pk=pk)

    transaction.on_commit(enqueue)
