"""Shared by the participation services: rule names, search sources, flood limits."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone

from gongkai.core.models import Unit, User
from gongkai.core.permissions import require_unit
from gongkai.participation.plugs import SEARCH_CONSULTATION, SEARCH_MESSAGE  # noqa: F401

#: Flood limits: at most N submissions from one client in the window.
COMMENT_LIMIT = (5, dt.timedelta(minutes=10))
MESSAGE_LIMIT = (5, dt.timedelta(hours=1))
SURVEY_LIMIT = (20, dt.timedelta(hours=1))


def _throttle(qs, client: str, limit: tuple[int, dt.timedelta], field: str, what: str) -> None:
    if not client:
        return
    count, window = limit
    since = timezone.now() - window
    if qs.filter(client_hash=client, **{f"{field}__gte": since}).count() >= count:
        minutes = int(window.total_seconds() // 60)
        raise ValidationError(
            f"提交过于频繁：{minutes} 分钟内最多提交 {count} 次{what}，请稍后再试"
        )


def _required(value: str, label: str, max_length: int | None = None) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({label: f"请填写{label}"})
    if max_length and len(value) > max_length:
        raise ValidationError({label: f"{label}最多 {max_length} 个字符"})
    return value


def _require_staff_of(actor: User, unit: Unit) -> None:
    require_unit(actor, unit)
