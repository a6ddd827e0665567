"""What an app hands the search index (contract; imports nothing from the project).

An app registers a ``SearchSource`` with ``gongkai.core.plugs.register_search_source`` in
its ``plugs.register()``. After any change that may alter what the public sees (publish,
edit, withdraw, expire...), its service calls
``gongkai.search.registry.schedule_reindex(source_name, pk)`` inside the transaction; the
index is updated by a background task after commit. A source's ``document(pk)`` returns
the document, or ``None`` when the object is not (or no longer) public — then it is
removed from the index.
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
