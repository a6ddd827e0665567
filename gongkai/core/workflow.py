"""Explicit workflows: one helper checks a transition against an app's table.

An app declares, beside its model, ``TRANSITIONS = {action: (frozenset(from_states), to)}``
and each transition service calls ``transition(obj, action, TRANSITIONS)`` after locking
the row; the error message has one shape everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError

Table = Mapping[str, tuple[frozenset[str], str]]


def _label(obj: Any, field: str, value: str) -> str:
    choices = dict(obj._meta.get_field(field).flatchoices)
    return str(choices.get(value, value))


def allowed_actions(obj: Any, table: Table, *, field: str = "status") -> list[str]:
    state = getattr(obj, field)
    return [action for action, (sources, _to) in table.items() if state in sources]


def transition(obj: Any, action: str, table: Table, *, field: str = "status") -> str:
    """The state ``action`` leads to from ``obj``'s state, or a ValidationError."""
    sources, target = table[action]
    state = getattr(obj, field)
    if state not in sources:
        allowed = "、".join(_label(obj, field, s) for s in sorted(sources))
        raise ValidationError(
            f"当前状态为“{_label(obj, field, state)}”，不能执行此操作（需处于：{allowed}）"
        )
    return target


def check_constraint_for(table: Table, *, field: str = "status") -> set[str]:
    """Every state the table mentions: what a ``CheckConstraint`` on ``field`` allows."""
    states: set[str] = set()
    for sources, target in table.values():
        states |= set(sources)
        states.add(target)
    return states
