"""The effective word lists: the shipped defaults merged with the office's entries.

Read lazily on the first check and cached for a minute (like the allow-list of public
contacts); ``clear_cache()`` after an edit. Without a database (a script, a test that
does not use one) the defaults alone are used.
"""

from __future__ import annotations

import json
import logging
import time
from functools import cache
from pathlib import Path

from .matcher import Entry, Matcher

logger = logging.getLogger(__name__)

DEFAULT_FILE = Path(__file__).with_name("default.json")
_TTL_SECONDS = 60.0
_cache: tuple[float, Matcher] | None = None


def split_words(value: str) -> tuple[str, ...]:
    return tuple(
        w.strip() for w in value.replace("，", "、").replace(",", "、").split("、") if w.strip()
    )


@cache
def default_entries() -> tuple[Entry, ...]:
    """The shipped default lists, each entry with its list's source and date."""
    data = json.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    out = []
    for kind, block in data.items():
        for rank, item in enumerate(block["entries"], start=1):
            out.append(
                Entry(
                    kind=kind,
                    term=item["term"],
                    correction=item.get("correction", ""),
                    titles=tuple(item.get("titles", ())),
                    variants=tuple(item.get("variants", ())),
                    allowed=tuple(item.get("allowed", ())),
                    note=item.get("note", ""),
                    source=item.get("source", block.get("source", "")),
                    date=item.get("date", block.get("date", "")),
                    rank=rank if kind == "leader" else 0,
                )
            )
    return tuple(out)


def entry_from_row(row) -> Entry:
    return Entry(
        kind=row.kind,
        term=row.term,
        correction=row.correction,
        titles=split_words(row.titles),
        variants=split_words(row.variants),
        allowed=split_words(row.allowed),
        note=row.note,
        source=row.source,
        date=row.source_date.isoformat() if row.source_date else "",
        rank=row.rank,
    )


def _office_rows() -> list | None:
    try:
        from gongkai.privacy.models import ExpressionEntry

        return list(ExpressionEntry.objects.all())
    except Exception as exc:  # no database here: the defaults alone
        logger.debug("expression lists without the office's entries: %s", exc)
        return None


def effective_entries(rows=None) -> list[Entry]:
    """Defaults, replaced or switched off by the office's rows, plus its new entries."""
    if rows is None:
        rows = _office_rows() or []
    own = {(r.kind, r.term): r for r in rows}
    out = [e for e in default_entries() if (e.kind, e.term) not in own]
    out += [entry_from_row(r) for r in rows if r.enabled]
    return out


@cache
def _default_matcher() -> Matcher:
    """The shipped lists alone, built once per process (they do not change while it runs):
    a check without the database, or with no entries of the office, does not build them
    again when the cache expires or is cleared."""
    return Matcher.build(effective_entries([]))


def matcher() -> Matcher:
    global _cache
    now = time.monotonic()
    if _cache is not None and now - _cache[0] < _TTL_SECONDS:
        return _cache[1]
    rows = _office_rows()
    built = Matcher.build(effective_entries(rows)) if rows else _default_matcher()
    if rows is not None:
        _cache = (now, built)
    elif _cache is None:
        _cache = (now - _TTL_SECONDS + 5, built)  # retry the database a few seconds later
    return built


def clear_cache() -> None:
    global _cache
    _cache = None
