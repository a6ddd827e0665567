"""Every registry through which an app plugs into the platform.

Each app has one ``<app>/plugs.py`` with a ``register()`` function that its
``AppConfig.ready`` calls; it registers everything the app contributes here:

- ``register_todo(name, fn(user) -> Iterable[TodoItem])`` — the workspace to-do list;
- ``register_nav(label, "app:url_name", order=, roles=)`` — the workspace menu;
- ``register_home_block(name, fn(request) -> dict | None, order=)`` — portal home blocks;
- ``register_search_source(SearchSource)`` — public objects for the search index
  (the data shapes are in ``gongkai.search.contract``);
- ``register_recomputer(name, fn(years) -> int)`` — open deadlines to refresh when a
  year's calendar is loaded or changed (use ``gongkai.core.deadlines.recompute_open``);
- ``register_periodic(name, timedelta, enqueue_fn)`` — jobs the worker's scheduler runs;
- ``register_demo(name, fn() -> str, order=)`` — idempotent demo loaders;
- ``register_report_section(section, name, fn(unit, year) -> str)`` — draft text an app
  adds to an annual report's section (五 ``"problems"``, 六 ``"other_matters"``);
- ``register_suggestion_replies(SuggestionReplies(...))`` — the app that publishes the
  replies to representatives' suggestions (建议提案办理结果), for pages that show them.
- ``register_leader_block(name, fn(user, units) -> LeaderBlock | None, order=)`` — one
  read-only block of the leader view (领导一览) over the units of the leader's subtree.
- ``register_document_counts(kind, fn(unit, rollup, year) -> dict | None)`` — a register
  that is the source of truth for section 二's counts of a document kind.

This module imports nothing from the apps, so any module may import it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from gongkai.search.contract import SearchSource


def lazy(path: str) -> Callable[..., Any]:
    """``"package.module:function"`` as a callable that imports its module on first call.

    Registrations use it for anything living in a heavy module (services, demo data,
    tasks), so that starting the platform — and every ``gongkai`` command — does not
    import what the command never uses.
    """
    module_name, _, attr = path.partition(":")
    target: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not target:
            import importlib

            obj: Any = importlib.import_module(module_name)
            for part in attr.split("."):
                obj = getattr(obj, part)
            target.append(obj)
        return target[0](*args, **kwargs)

    call.__name__ = attr.rsplit(".", 1)[-1]
    call.__qualname__ = path
    return call


# --- to-do list and menu --------------------------------------------------------------


@dataclass
class TodoItem:
    """One thing awaiting a person, shown in the workspace list (overdue first)."""

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
        from gongkai.core.deadlines import end_of_day

        return end_of_day(self.due)

    @property
    def overdue(self) -> bool:
        from django.utils import timezone

        due_at = self.due_at
        return due_at is not None and timezone.now() > due_at

    @property
    def days_left(self) -> int | None:
        from django.utils import timezone

        if self.due is None:
            return None
        due_date = (
            self.due if not isinstance(self.due, dt.datetime) else timezone.localdate(self.due)
        )
        return (due_date - timezone.localdate()).days


TodoSource = Callable[[Any], Iterable[TodoItem]]


@dataclass(frozen=True)
class NavEntry:
    label: str
    url_name: str
    order: int = 100
    roles: tuple[str, ...] = ()  # empty: every staff member


_todo: dict[str, TodoSource] = {}
_nav: dict[str, NavEntry] = {}


def register_todo(name: str, source: TodoSource) -> None:
    _todo[name] = source


def todo_sources() -> dict[str, TodoSource]:
    return dict(_todo)


def register_nav(label: str, url_name: str, order: int = 100, roles: tuple[str, ...] = ()) -> None:
    _nav[url_name] = NavEntry(label, url_name, order, roles)


def nav_entries() -> list[NavEntry]:
    return sorted(_nav.values(), key=lambda n: (n.order, n.label))


# --- portal home blocks ---------------------------------------------------------------

_home_blocks: dict[str, tuple[int, Callable]] = {}


def register_home_block(name: str, fn: Callable, order: int = 100) -> None:
    """``fn(request)`` returns ``{"title", "url", "items": [{"title","url","date"}]}``."""
    _home_blocks[name] = (order, fn)


def home_blocks() -> list[Callable]:
    return [fn for _order, fn in sorted(_home_blocks.values(), key=lambda b: b[0])]


# --- search sources -------------------------------------------------------------------

_search_sources: dict[str, SearchSource] = {}


def register_search_source(source: SearchSource) -> None:
    _search_sources[source.name] = source


def search_sources() -> dict[str, SearchSource]:
    return dict(_search_sources)


# --- site map sections ----------------------------------------------------------------

_sitemap_sections: dict[str, dict[str, Any]] = {}


def register_sitemap_section(
    name: str,
    *,
    label: str,
    pages: Any = (),
    sitemap: Any = None,
    order: int = 100,
) -> None:
    """An app's public pages for the HTML 网站地图 and ``/sitemap.xml``: ``pages`` as
    ``[(label, "app:url_name" or "/path/"[, depth]), ...]`` or a function returning them;
    ``sitemap`` a Django ``Sitemap`` class listing the app's public objects."""
    _sitemap_sections[name] = {
        "name": name,
        "label": label,
        "pages": pages if callable(pages) else tuple(pages),
        "sitemap": sitemap,
        "order": order,
    }


def sitemap_sections() -> list[dict[str, Any]]:
    return sorted(_sitemap_sections.values(), key=lambda s: (s["order"], s["name"]))


# --- public changes (static pages follow them) -------------------------------------

_public_change: dict[str, Callable[[str, int], object]] = {}
_static_pages: dict[str, Callable[[int], Iterable[str]]] = {}


def register_public_change(name: str, fn: Callable[[str, int], object]) -> None:
    """``fn(source_name, pk)`` runs after commit whenever a public object may have changed
    (the same moments the search index is updated)."""
    _public_change[name] = fn


def public_changed(source_name: str, pk: int) -> None:
    for fn in list(_public_change.values()):
        fn(source_name, pk)


def register_static_pages(source_name: str, fn: Callable[[int], Iterable[str]]) -> None:
    """``fn(pk)`` lists the public paths that show object ``pk`` of ``source_name`` (its own
    page and the column pages that list it), for the static tree's re-render."""
    _static_pages[source_name] = fn


def static_pages_for(source_name: str, pk: int) -> list[str]:
    fn = _static_pages.get(source_name)
    return list(fn(pk)) if fn else []


# --- deadline recomputers -------------------------------------------------------------

_recomputers: dict[str, Callable[[set[int]], int]] = {}


def register_recomputer(name: str, fn: Callable[[set[int]], int]) -> None:
    """``fn(years)`` recomputes the app's open deadlines touching ``years``; returns a count."""
    _recomputers[name] = fn


def recomputers() -> dict[str, Callable[[set[int]], int]]:
    return dict(_recomputers)


def recompute_open_deadlines(years: set[int]) -> dict[str, int]:
    return {name: fn(set(years)) for name, fn in _recomputers.items()}


# --- periodic jobs and demo data ------------------------------------------------------


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    interval: dt.timedelta
    enqueue: Callable[[], object]


@dataclass(frozen=True)
class DemoLoader:
    name: str
    order: int
    load: Callable[[], str]  # returns a one-line summary for the console


_periodic: dict[str, PeriodicJob] = {}
_demo: dict[str, DemoLoader] = {}


def register_periodic(name: str, interval: dt.timedelta, enqueue: Callable[[], object]) -> None:
    _periodic[name] = PeriodicJob(name, interval, enqueue)


def periodic_jobs() -> list[PeriodicJob]:
    return list(_periodic.values())


def register_demo(name: str, load: Callable[[], str], order: int = 100) -> None:
    _demo[name] = DemoLoader(name, order, load)


def demo_loaders() -> list[DemoLoader]:
    return sorted(_demo.values(), key=lambda d: (d.order, d.name))


# --- annual-report sections -----------------------------------------------------------

_report_sections: dict[str, dict[str, Callable[[Any, int], str]]] = {}


def register_report_section(section: str, name: str, fn: Callable[[Any, int], str]) -> None:
    """``fn(unit, year)`` returns draft text for an annual report's ``section``
    (``"problems"`` = 五、存在的主要问题及改进情况, ``"other_matters"`` = 六、其他需要报告的事项);
    an empty string adds nothing."""
    _report_sections.setdefault(section, {})[name] = fn


def report_section_text(section: str, unit: Any, year: int) -> str:
    """Every registered contribution to ``section``, joined by blank lines."""
    parts = [fn(unit, year) for fn in _report_sections.get(section, {}).values()]
    return "\n\n".join(p for p in parts if p)


# --- leader view ----------------------------------------------------------------------


@dataclass
class LeaderBlock:
    """One read-only table of the leader view: a heading, column names and text rows."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    empty: str = "无"
    note: str = ""  # the rule the block applies, printed under its heading
    total: int | None = None  # how many there are when ``rows`` shows only the first ones
    url: str = ""  # the full list in the workspace, if the leader may open it


LeaderSource = Callable[[Any, Any], "LeaderBlock | None"]
_leader_blocks: dict[str, tuple[int, LeaderSource]] = {}


def register_leader_block(name: str, fn: LeaderSource, order: int = 100) -> None:
    """``fn(user, units)``: ``units`` is a queryset of the leader's subtree."""
    _leader_blocks[name] = (order, fn)


def leader_blocks() -> list[LeaderSource]:
    return [fn for _, fn in sorted(_leader_blocks.values(), key=lambda entry: entry[0])]


# --- published replies to representatives' suggestions (建议提案办理结果) ------------------


@dataclass(frozen=True)
class SuggestionReplies:
    """The one publisher of replies to representatives' suggestions, as other apps see it:
    ``list_url()`` its public list, ``workspace_url()`` its staff page, ``latest(n)`` the
    newest published replies as ``{"title", "url", "date"}``, and ``legacy_url(pk)`` the
    new address of a reply once published under 政民互动 (``None`` if it has none)."""

    list_url: Callable[[], str]
    workspace_url: Callable[[], str]
    latest: Callable[[int], list[dict[str, Any]]]
    legacy_url: Callable[[int], str | None]


_suggestion_replies: list[SuggestionReplies] = []


def register_suggestion_replies(source: SuggestionReplies) -> None:
    _suggestion_replies[:] = [source]


def suggestion_replies() -> SuggestionReplies | None:
    return _suggestion_replies[0] if _suggestion_replies else None


# --- annual-report section 二 from a register -------------------------------------------

_document_counts: dict[str, Callable[[Any, bool, int], dict | None]] = {}


def register_document_counts(kind: str, fn: Callable[[Any, bool, int], dict | None]) -> None:
    """``fn(unit, rollup, year)`` returns ``{"issued", "repealed", "valid"}`` for documents
    of ``kind`` (``"normative"``, ``"rule"``) from the register that is their source of
    truth, or ``None`` to leave the count to the published items."""
    _document_counts[kind] = fn


def document_counts(kind: str, unit: Any, rollup: bool, year: int) -> dict | None:
    fn = _document_counts.get(kind)
    return fn(unit, rollup, year) if fn else None
