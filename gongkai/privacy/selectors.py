"""Reads of the privacy app: the wording-error lists as the office sees them."""

from __future__ import annotations

from dataclasses import dataclass

from .expressions import lists
from .models import ExpressionEntry


@dataclass
class ListRow:
    kind: str
    kind_label: str
    term: str
    correction: str
    titles: str
    rank: int
    source: str
    date: str
    note: str
    own: bool  # the office's entry (or its change of a shipped one)
    enabled: bool


def expression_rows(kind: str = "") -> list[ListRow]:
    """Every entry, shipped and the office's, switched-off ones included."""
    labels = dict(ExpressionEntry.Kind.choices)
    own = {(r.kind, r.term): r for r in ExpressionEntry.objects.all()}
    rows = []
    for e in lists.default_entries():
        if (e.kind, e.term) not in own:
            rows.append(_row(e, labels, own=False, enabled=True))
    for r in own.values():
        rows.append(_row(lists.entry_from_row(r), labels, own=True, enabled=r.enabled))
    order = {k: i for i, k in enumerate(ExpressionEntry.Kind.values)}
    rows.sort(key=lambda r: (order.get(r.kind, 99), r.rank, r.term))
    return [r for r in rows if not kind or r.kind == kind]


def _row(e, labels, *, own: bool, enabled: bool) -> ListRow:
    return ListRow(
        kind=e.kind,
        kind_label=str(labels.get(e.kind, e.kind)),
        term=e.term,
        correction=e.correction,
        titles="、".join(e.titles),
        rank=e.rank,
        source=e.source,
        date=e.date,
        note=e.note,
        own=own,
        enabled=enabled,
    )
