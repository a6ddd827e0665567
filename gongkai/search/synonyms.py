"""The synonym list (同义词组) used by every query: read, parse, cache, edit.

``synonym_map()`` maps each normalised word to the other words of its group; it is
cached and the cache is dropped whenever a group is saved or deleted through
``synonym_group_save`` / ``synonym_group_delete``.
"""

from __future__ import annotations

import re

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.search import analysis
from gongkai.search.models import SynonymGroup

CACHE_KEY = "search:synonyms"
_SEP_RE = re.compile(r"[、,，;；\s/|]+")


def split_words(text: str) -> list[str]:
    """The words of one group, in order, without repeats."""
    seen: dict[str, None] = {}
    for w in _SEP_RE.split(text or ""):
        w = w.strip()
        if w:
            seen.setdefault(w, None)
    return list(seen)


def build_map(groups: list[str]) -> dict[str, tuple[str, ...]]:
    """Word → the other words of every group it is in (normalised, like the index)."""
    out: dict[str, list[str]] = {}
    for text in groups:
        words = [analysis.normalize(w) for w in split_words(text)]
        for w in words:
            others = out.setdefault(w, [])
            others.extend(o for o in words if o != w and o not in others)
    return {w: tuple(o) for w, o in out.items() if o}


def synonym_map() -> dict[str, tuple[str, ...]]:
    cached = cache.get(CACHE_KEY)
    if cached is None:
        groups = list(SynonymGroup.objects.filter(enabled=True).values_list("words", flat=True))
        cached = build_map(groups)
        cache.set(CACHE_KEY, cached, 3600)
    return cached


def validate_words(text: str) -> list[str]:
    words = split_words(text)
    if len(words) < 2:
        raise ValidationError({"words": "一组同义词至少要有两个词，用顿号分隔"})
    for w in words:
        if len(w) > 30:
            raise ValidationError({"words": f"“{w[:10]}…”过长：每个词最多30个字"})
        if not analysis.parse_query(w).terms:
            raise ValidationError({"words": f"“{w}”不含可检索的文字"})
    return words


def _drop_cache() -> None:
    # Now (this request sees its own change) and after commit (a reader in between may
    # have cached the old list).
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


@transaction.atomic
def synonym_group_save(
    *, actor, group: SynonymGroup | None = None, words: str, enabled: bool = True
) -> SynonymGroup:
    clean = "、".join(validate_words(words))
    group = group or SynonymGroup()
    created = group.pk is None
    group.words = clean
    group.enabled = enabled
    group.save()
    audit_record(
        actor=actor,
        action="search.synonym_group_save",
        obj=group,
        summary=f"{'新增' if created else '修改'}检索同义词：{clean}",
    )
    _drop_cache()
    return group


@transaction.atomic
def synonym_group_delete(*, actor, group: SynonymGroup) -> None:
    audit_record(
        actor=actor,
        action="search.synonym_group_delete",
        obj=group,
        summary=f"删除检索同义词：{group.words}",
    )
    group.delete()
    _drop_cache()
