"""Read replicas: public reads go to a streaming replica, everything else to the primary.

``DATABASE_REPLICA_URLS`` (comma-separated) adds the aliases ``replica_1``, ``replica_2``…
(see settings). With none, nothing here changes anything.

Which reads go to a replica (``ReplicaRouter.db_for_read``):

- only inside a *public-read* context: an anonymous visitor's GET or HEAD request
  (``ReplicaMiddleware``), or code wrapped in ``public_reads()``;
- never inside a transaction (``atomic``) — a transaction that wrote must read its own rows;
- never after this request (or context) wrote anything: ``db_for_write`` pins it to the
  primary, and the response sets a short-lived cookie so that the same visitor's next
  requests for ``GONGKAI_REPLICA_STICKY_SECONDS`` read from the primary too
  (read-your-writes across the replication lag);
- never for sessions, the task queue, login throttling and the scheduler's table.

A replica that cannot be reached (connect timeout of a couple of seconds) is marked down
for ``GONGKAI_REPLICA_RETRY_SECONDS`` and its reads go to the primary, without an error.
"""

from __future__ import annotations

import contextvars
import random
import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.db import connections

from gongkai.core import conf

PRIMARY = "default"
PREFIX = "replica_"
STICKY_COOKIE = "gongkai_primary"
PRIMARY_ONLY_APPS = frozenset(
    {
        "sessions",
        "axes",
        "django_tasks_database",
        "django_tasks_db",
        "contenttypes",
        "auth",
        "django_cache",  # the shared cache of CACHE_BACKEND=database (rate limits)
    }
)
PRIMARY_ONLY_MODELS = frozenset({"core.periodicrun"})

_public = contextvars.ContextVar("gongkai_public_reads", default=False)
_pinned = contextvars.ContextVar("gongkai_primary_pinned", default=False)
_down_until: dict[str, float] = {}
_lock = threading.Lock()


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith(PREFIX)]


@contextmanager
def public_reads():
    """Reads inside may go to a replica (until something writes)."""
    public, pinned = _public.set(True), _pinned.set(False)
    try:
        yield
    finally:
        _public.reset(public)
        _pinned.reset(pinned)


def pin_primary() -> None:
    """The rest of this request (or context) reads from the primary."""
    _pinned.set(True)


def wrote() -> bool:
    return _pinned.get()


def mark_down(alias: str) -> None:
    with _lock:
        _down_until[alias] = time.monotonic() + float(conf.get("GONGKAI_REPLICA_RETRY_SECONDS"))
    try:
        connections[alias].close()
    except Exception:  # noqa: S110 — a broken connection may fail to close; it is dropped
        pass


def _usable(alias: str) -> bool:
    if _down_until.get(alias, 0.0) > time.monotonic():
        return False
    conn = connections[alias]
    try:
        # Once per request (CONN_HEALTH_CHECKS): a persistent connection that the replica
        # dropped is found here, before a query fails on it; then (re)connect.
        conn.close_if_health_check_failed()
        conn.ensure_connection()
    except Exception:
        mark_down(alias)
        return False
    return True


def healthy_replica() -> str:
    """A replica that answers (random among several), else the primary."""
    aliases = replica_aliases()
    random.shuffle(aliases)
    for alias in aliases:
        if _usable(alias):
            return alias
    return PRIMARY


def _primary_only(model) -> bool:
    meta = model._meta
    return meta.app_label in PRIMARY_ONLY_APPS or meta.label_lower in PRIMARY_ONLY_MODELS


class ReplicaRouter:
    """Reads of public pages to a replica; writes and everything else to the primary."""

    def db_for_read(self, model, **hints):
        if not _public.get() or _pinned.get() or _primary_only(model):
            return PRIMARY
        if connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return healthy_replica()

    def db_for_write(self, model, **hints):
        _pinned.set(True)
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # The replicas hold the primary's rows: an object read from one relates freely.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


def _staff_path(path: str) -> bool:
    return path.startswith(("/admin/", "/workspace/", "/accounts/"))


class ReplicaMiddleware:
    """Marks anonymous GET/HEAD requests as public reads; remembers a visitor who wrote."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_aliases():
            return self.get_response(request)
        user = getattr(request, "user", None)
        public = (
            request.method in ("GET", "HEAD")
            and STICKY_COOKIE not in request.COOKIES
            and not _staff_path(request.path)
            and not (user is not None and user.is_authenticated)
        )
        if public:
            # Check each replica's persistent connection once per request before its first
            # query (as CONN_HEALTH_CHECKS does; the test client skips Django's own reset).
            for alias in replica_aliases():
                connections[alias].health_check_done = False
        public_token, pinned_token = _public.set(public), _pinned.set(False)
        try:
            response = self.get_response(request)
            if _pinned.get() or request.method not in ("GET", "HEAD", "OPTIONS"):
                response.set_cookie(
                    STICKY_COOKIE,
                    "1",
                    max_age=int(conf.get("GONGKAI_REPLICA_STICKY_SECONDS")),
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                )
            return response
        finally:
            _public.reset(public_token)
            _pinned.reset(pinned_token)
