"""Many government websites on one installation (集约化): which hosted site a request is for,
and the one scoping rule every public read applies.

A request's host picks a :class:`~gongkai.core.models.HostedSite`; the site is bound to a unit
subtree, and every public selector narrows its query with :func:`scope` so that nothing of
another site's units appears. With no hosted site configured (a single-site installation, the
default) nothing is narrowed. A host that matches no site gets the default site if one is
marked, otherwise — with sites configured — the public sees nothing rather than everything.

The active site lives in a context variable set by :class:`SiteMiddleware` for the request
(and by :func:`activate` for a command such as the static build), so selectors need no
request argument.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from django.db.models import Model, Q, QuerySet

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class SiteScope:
    """What a request may see: the site (None when the installation is single-site) and the
    unit path prefix of its subtree. ``nothing`` is set for an unknown host."""

    site_id: int | None
    path: str
    name: str = ""
    root_id: int | None = None
    is_default: bool = False
    identity: tuple[tuple[str, str], ...] = ()
    nothing: bool = False


UNSCOPED = SiteScope(site_id=None, path="")
NOWHERE = SiteScope(site_id=None, path="", nothing=True)

_current: contextvars.ContextVar[SiteScope] = contextvars.ContextVar(
    "gongkai_site", default=UNSCOPED
)

# host -> scope, rebuilt at most every few seconds and whenever a site is saved here.
_TTL = 30.0
_table: dict[str, SiteScope] = {}
_default: SiteScope | None = None
_configured = False
_loaded_at = 0.0


def invalidate() -> None:
    global _loaded_at
    _loaded_at = 0.0


def _load() -> None:
    global _table, _default, _configured, _loaded_at
    from gongkai.core.models import HostedSite

    table: dict[str, SiteScope] = {}
    default = None
    configured = False
    for site in HostedSite.objects.filter(active=True).select_related("root"):
        configured = True
        identity = tuple(
            (k, v)
            for k, v in (
                ("name", site.name),
                ("site_id_code", site.site_id_code),
                ("icp", site.icp),
                ("psb", site.psb),
                ("base_url", site.base_url),
                ("logo", site.logo),
                ("colour", site.colour),
            )
            if v
        )
        s = SiteScope(
            site_id=site.pk,
            path=site.root.path,
            name=site.name,
            root_id=site.root_id,
            is_default=site.is_default,
            identity=identity,
        )
        for host in site.host_list():
            table[host] = s
        if site.is_default:
            default = s
    _table, _default, _configured, _loaded_at = table, default, configured, time.monotonic()


def resolve(host: str) -> SiteScope:
    """The scope for a host name (port and case ignored)."""
    if time.monotonic() - _loaded_at > _TTL:
        _load()
    if not _configured:
        return UNSCOPED
    name = (host or "").split(":")[0].strip().lower().rstrip(".")
    return _table.get(name) or _default or NOWHERE


def current() -> SiteScope:
    return _current.get()


def is_main_site() -> bool:
    """Whether the request is for the installation's own site (single-site, or the site
    marked default): what is kept once per installation belongs to it."""
    s = _current.get()
    return not s.nothing and (s.site_id is None or s.is_default)


@contextlib.contextmanager
def activate(scope: SiteScope) -> Iterator[SiteScope]:
    token = _current.set(scope)
    try:
        yield scope
    finally:
        _current.reset(token)


def for_site(site) -> SiteScope:
    """The scope of one HostedSite, for commands that build or check one site."""
    return SiteScope(site_id=site.pk, path=site.root.path, name=site.name, root_id=site.root_id)


def scope(qs: QuerySet[M], field: str = "unit") -> QuerySet[M]:
    """Narrow a public queryset to the current site's units. ``field`` is the path from the
    model to its Unit (``"unit"``, ``"plan__unit"``); for the Unit model itself pass ``""``."""
    s = _current.get()
    if s.nothing:
        return qs.none()
    if not s.path:
        return qs
    lookup = f"{field}__path__startswith" if field else "path__startswith"
    return qs.filter(**{lookup: s.path})


def scope_q(field: str = "unit") -> Q:
    """The same as :func:`scope` as a Q object, for an OR inside a larger filter."""
    s = _current.get()
    if s.nothing:
        return Q(pk__in=[])
    if not s.path:
        return Q()
    lookup = f"{field}__path__startswith" if field else "path__startswith"
    return Q(**{lookup: s.path})


def unit_ids() -> tuple[int, ...] | None:
    """The ids of the current site's units (for tables that store a bare unit id, like the
    search index), or None when nothing is narrowed."""
    from gongkai.core.models import Unit

    s = _current.get()
    if s.nothing:
        return ()
    if not s.path:
        return None
    return tuple(Unit.objects.filter(path__startswith=s.path).values_list("id", flat=True))


def public_units():
    """The units the public of the current site may see, in tree order."""
    from gongkai.core.models import Unit

    return scope(Unit.objects.order_by("path", "sort_order", "id"), "")


def root_unit():
    """The government the current site belongs to (None on a single-site installation)."""
    from gongkai.core.models import Unit

    s = _current.get()
    return Unit.objects.filter(pk=s.root_id).first() if s.root_id else None


def home_unit():
    """The government the request's site belongs to: the hosted site's government, else
    (single-site) the first top-level government, else the first top-level unit."""
    from gongkai.core.models import Unit

    return (
        root_unit()
        or Unit.objects.filter(parent__isnull=True, kind=Unit.Kind.GOVERNMENT)
        .order_by("id")
        .first()
        or Unit.objects.filter(parent__isnull=True).order_by("id").first()
    )


def identity(base: dict) -> dict:
    """The footer identity (name, 网站标识码, ICP, 公安备案) of the current site over the
    installation's defaults."""
    s = _current.get()
    if not s.identity:
        return base
    merged = dict(base)
    merged.update(dict(s.identity))
    return merged


class SiteMiddleware:
    """Sets the site for the request from its host, and clears it afterwards."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except Exception:  # DisallowedHost: Django answers it itself further on
            host = request.META.get("HTTP_HOST", "")
        scope_ = resolve(host)
        request.hosted_site = scope_
        with activate(scope_):
            return self.get_response(request)


def reset_unconfigured() -> None:
    """Forget every site without a query (tests: the database was rolled back)."""
    global _table, _default, _configured, _loaded_at
    _table, _default, _configured, _loaded_at = {}, None, False, time.monotonic()


def _site_changed(sender, **kwargs) -> None:
    invalidate()


def _unit_changed(sender, instance, **kwargs) -> None:
    # A unit moved under another parent changes a site's path prefix; with no site
    # configured there is nothing to refresh (and no query to spend).
    if _configured:
        invalidate()


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from gongkai.core.models import HostedSite, Unit

    post_save.connect(_site_changed, sender=HostedSite, dispatch_uid="sites_saved")
    post_delete.connect(_site_changed, sender=HostedSite, dispatch_uid="sites_deleted")
    post_save.connect(_unit_changed, sender=Unit, dispatch_uid="sites_unit_saved")
