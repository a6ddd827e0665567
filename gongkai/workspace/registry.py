"""The to-do registry: every app contributes the items awaiting a person.

A source is a function ``(user) -> Iterable[TodoItem]`` registered in the app's
``AppConfig.ready``. The workspace shows all of them in one list, overdue first, then
by due date, undated last. Navigation entries for the workspace menu register here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils import timezone


@dataclass
class TodoItem:
    title: str
    url: str
    kind: str
    due: dt.date | dt.datetime | None = None
    unit: str = ""
    note: str = ""
    provisional: bool = False
    severity: str = ""  # "" or "warning" or "danger"
    extra: dict = field(default_factory=dict)

    @property
    def due_at(self) -> dt.datetime | None:
        """The last moment that is still on time."""
        if self.due is None:
            return None
        if isinstance(self.due, dt.datetime):
            return self.due
        end = dt.datetime.combine(self.due, dt.time(23, 59, 59))
        return timezone.make_aware(end)

    @property
    def overdue(self) -> bool:
        due_at = self.due_at
        return due_at is not None and timezone.now() > due_at

    @property
    def days_left(self) -> int | None:
        if self.due is None:
            return None
        due_date = (
            self.due if not isinstance(self.due, dt.datetime) else timezone.localdate(self.due)
        )
        return (due_date - timezone.localdate()).days


TodoSource = Callable[[object], Iterable[TodoItem]]
_sources: dict[str, TodoSource] = {}


@dataclass(frozen=True)
class NavEntry:
    label: str
    url_name: str
    order: int = 100
    roles: tuple[str, ...] = ()  # empty: every staff member


_nav: dict[str, NavEntry] = {}


def register_todo(name: str, source: TodoSource) -> None:
    _sources[name] = source


def register_nav(label: str, url_name: str, order: int = 100, roles: tuple[str, ...] = ()) -> None:
    _nav[url_name] = NavEntry(label, url_name, order, roles)


def nav_for(user) -> list[NavEntry]:
    entries = sorted(_nav.values(), key=lambda n: (n.order, n.label))
    if getattr(user, "is_superuser", False):
        return entries
    return [n for n in entries if not n.roles or getattr(user, "role", "") in n.roles]


def _sort_key(item: TodoItem):
    due_at = item.due_at
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return (0 if item.overdue else 1, due_at or far, item.title)


def todo_for(user) -> list[TodoItem]:
    items: list[TodoItem] = []
    for source in _sources.values():
        items.extend(source(user))
    return sorted(items, key=_sort_key)
