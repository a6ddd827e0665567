"""Writes of the privacy app: the office edits the wording-error lists (错敏词词表)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.timezone import localdate

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, User
from gongkai.core.permissions import require_role

from .expressions import lists
from .models import ExpressionEntry

Kind = ExpressionEntry.Kind


def _default(kind: str, term: str):
    return next((e for e in lists.default_entries() if (e.kind, e.term) == (kind, term)), None)


@transaction.atomic
def expression_save(
    *,
    actor: User,
    kind: str,
    term: str,
    source: str,
    source_date: dt.date,
    correction: str = "",
    titles: str = "",
    rank: int = 0,
    variants: str = "",
    allowed: str = "",
    note: str = "",
) -> ExpressionEntry:
    """Add an entry, or replace the office's or the shipped one with the same term."""
    require_role(actor, Role.OFFICE)
    term = (term or "").strip()
    errors = {}
    if kind not in Kind.values:
        errors["kind"] = "请选择词表类别"
    if not term:
        errors["term"] = "请填写词语"
    if not (source or "").strip():
        errors["source"] = "请填写来源（文件名称或会议公报），以便核对"
    if kind == Kind.LEADER and not lists.split_words(titles):
        errors["titles"] = "请填写该领导人的现任职务，用顿号分隔"
    if kind in (Kind.OUTDATED,) and not (correction or "").strip():
        errors["correction"] = "请填写现行的规范表述"
    if errors:
        raise ValidationError(errors)
    entry, created = ExpressionEntry.objects.update_or_create(
        kind=kind,
        term=term,
        defaults={
            "correction": (correction or "").strip(),
            "titles": "、".join(lists.split_words(titles)),
            "rank": rank or 0,
            "variants": "、".join(lists.split_words(variants)),
            "allowed": "、".join(lists.split_words(allowed)),
            "note": (note or "").strip(),
            "source": source.strip(),
            "source_date": source_date,
            "enabled": True,
            "updated_by": actor,
        },
    )
    verb = "新增" if created and _default(kind, term) is None else "修改"
    audit_record(
        actor=actor,
        action="privacy.expression_save",
        obj=entry,
        summary=f"{verb}错敏词词表（{entry.get_kind_display()}）：{term}",
        changes={"correction": entry.correction, "source": entry.source},
    )
    transaction.on_commit(lists.clear_cache)
    lists.clear_cache()
    return entry


@transaction.atomic
def expression_set_enabled(*, actor: User, kind: str, term: str, enabled: bool) -> ExpressionEntry:
    """Switch an entry (the office's or a shipped one) on or off."""
    require_role(actor, Role.OFFICE)
    entry = ExpressionEntry.objects.filter(kind=kind, term=term).first()
    if entry is None:
        default = _default(kind, term)
        if default is None:
            raise ValidationError("词表中没有这个词语")
        entry = ExpressionEntry(
            kind=kind,
            term=term,
            correction=default.correction,
            titles="、".join(default.titles),
            rank=default.rank,
            variants="、".join(default.variants),
            allowed="、".join(default.allowed),
            note=default.note,
            source=default.source,
            source_date=dt.date.fromisoformat(default.date) if default.date else localdate(),
        )
    entry.enabled = enabled
    entry.updated_by = actor
    entry.save()
    audit_record(
        actor=actor,
        action="privacy.expression_enable" if enabled else "privacy.expression_disable",
        obj=entry,
        summary=f"{'启用' if enabled else '停用'}错敏词词条（{entry.get_kind_display()}）：{term}",
    )
    transaction.on_commit(lists.clear_cache)
    lists.clear_cache()
    return entry
