"""The workspace's view of the to-do and menu registries (which live in core.plugs).

``todo_for(user)`` gathers every app's items, overdue first, then by due date, undated
last; ``nav_for(user)`` filters the menu by role.
"""

from __future__ import annotations

import datetime as dt

from gongkai.core.plugs import (  # noqa: F401  (register_* kept for old imports)
    NavEntry,
    TodoItem,
    TodoSource,
    nav_entries,
    register_nav,
    register_todo,
    todo_sources,
)


def nav_for(user) -> list[NavEntry]:
    entries = nav_entries()
    if getattr(user, "is_superuser", False):
        return entries
    return [n for n in entries if not n.roles or getattr(user, "role", "") in n.roles]


def _sort_key(item: TodoItem):
    due_at = item.due_at
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return (0 if item.overdue else 1, due_at or far, item.title)


def todo_for(user) -> list[TodoItem]:
    items: list[TodoItem] = []
    for source in todo_sources().values():
        items.extend(source(user))
    return sorted(items, key=_sort_key)
