"""Writes to the search index. The index is derived data: it follows what the sources say
is public, so a single re-index leaves no audit row (the source's own service audited
the change that caused it); a full rebuild, an operator's act, does."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.plugs import search_sources as sources
from gongkai.search import backends
from gongkai.search.models import SearchDocument

log = logging.getLogger(__name__)


def document_reindex(*, source_name: str, pk: int) -> str:
    """Bring one object's index entry in line with its source: "indexed" or "removed"."""
    source = sources().get(source_name)
    data = source.document(pk) if source is not None else None
    if source is None:
        log.warning("search: unknown source %s; removing %s from the index", source_name, pk)
    with transaction.atomic():
        indexed, _removed = backends.index_batch(source_name, [(pk, data)])
    return "indexed" if indexed else "removed"


def index_rebuild(
    *,
    actor=None,
    batch_size: int = 500,
    only: list[str] | None = None,
    progress: Callable[[str, int], object] | None = None,
    totals: Callable[[str, int], object] | None = None,
) -> dict[str, int]:
    """Rebuild the index from every source, batch by batch (one short transaction each,
    so the site keeps serving: searches see the old entries until each is replaced),
    then drop entries that no source declares public any more."""
    started = timezone.now()
    registered = sources()
    names = only or list(registered)
    counts = {"indexed": 0, "removed": 0}
    for name in names:
        source = registered.get(name)
        if source is None:
            continue
        ids = list(source.public_ids())
        if totals:
            totals(name, len(ids))
        for i in range(0, len(ids), batch_size):
            chunk = ids[i : i + batch_size]
            items = [(pk, source.document(pk)) for pk in chunk]
            with transaction.atomic():
                indexed, removed = backends.index_batch(name, items)
            counts["indexed"] += indexed
            counts["removed"] += removed
            if progress:
                progress(name, len(chunk))
        counts["removed"] += backends.remove_stale(name, started)
    backends.optimize()
    if not only:
        for name in (
            SearchDocument.objects.exclude(source__in=list(registered))
            .values_list("source", flat=True)
            .distinct()
        ):
            counts["removed"] += backends.remove_stale(name, timezone.now())
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="search.rebuild",
            object_type="search.index",
            summary=f"重建全文检索索引：索引 {counts['indexed']} 条，移除 {counts['removed']} 条",
            changes=counts,
        )
    return counts
