"""Reads of public pages go to a streaming replica; writes, reads after a write and reads
inside a transaction go to the primary; a stopped replica is skipped without an error.

The integration test needs a real primary and standby: ``.ci/run`` starts both on
loopback (the standby made with ``pg_basebackup -R``) and runs this file with
``DATABASE_REPLICA_URLS`` and ``GONGKAI_TEST_REPLICA_PGDATA`` set. The router's rules
are also checked without a replica, on any database.
"""

import os
import subprocess
import time
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory

from gongkai.core import replicas
from gongkai.core.dburls import replica_databases
from gongkai.core.models import Unit
from gongkai.core.services import unit_create


def test_replica_urls_become_aliases_with_a_short_connect_timeout():
    dbs = replica_databases(" postgres://u@127.0.0.1:5433/g , postgres://u@127.0.0.1:5434/g")
    assert list(dbs) == ["replica_1", "replica_2"]
    assert dbs["replica_2"]["PORT"] == 5434
    assert dbs["replica_1"]["OPTIONS"]["connect_timeout"] == 2
    assert replica_databases("") == {}


def test_router_without_public_context_reads_the_primary(monkeypatch):
    monkeypatch.setattr(replicas, "healthy_replica", lambda: "replica_1")
    router = replicas.ReplicaRouter()
    assert router.db_for_read(Unit) == "default"
    with replicas.public_reads():
        assert router.db_for_read(Unit) == "replica_1"
        assert router.db_for_read(replicas_session_model()) == "default"
        assert router.db_for_write(Unit) == "default"
        assert router.db_for_read(Unit) == "default"  # this context wrote: read your writes
    with replicas.public_reads():
        assert router.db_for_read(Unit) == "replica_1"


def replicas_session_model():
    from django.contrib.sessions.models import Session

    return Session


# --- integration: a real primary and standby -------------------------------------------

REPLICA = "replica_1"
needs_replica = pytest.mark.skipif(
    not os.environ.get("GONGKAI_TEST_REPLICA_PGDATA") or REPLICA not in connections.settings,
    reason="needs a streaming replica (.ci/run starts one)",
)


def _pg_ctl(*args):
    pgbin = os.environ.get("GONGKAI_TEST_PGBIN", "/usr/lib/postgresql/15/bin")
    cmd = [f"{pgbin}/pg_ctl", "-D", os.environ["GONGKAI_TEST_REPLICA_PGDATA"], "-w", *args]
    if os.getuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, cwd="/", timeout=120)  # noqa: S603


@contextmanager
def _counting():
    counts = {"default": 0, REPLICA: 0}

    def counter(alias):
        def wrapper(execute, sql, params, many, context):
            counts[alias] += 1
            return execute(sql, params, many, context)

        return wrapper

    with (
        connections["default"].execute_wrapper(counter("default")),
        connections[REPLICA].execute_wrapper(counter(REPLICA)),
    ):
        yield counts


@pytest.fixture
def standby():
    """Point the mirror alias of the tests at the real standby (same test database)."""
    from django.conf import settings

    primary = connections["default"].settings_dict
    url = replica_databases(os.environ["DATABASE_REPLICA_URLS"])[REPLICA]
    conn = connections[REPLICA]
    conn.close()
    conn.settings_dict = {**primary, "HOST": url["HOST"], "PORT": url["PORT"]}
    conn.settings_dict["OPTIONS"] = {**primary.get("OPTIONS", {}), "connect_timeout": 2}
    replicas._down_until.clear()
    assert REPLICA in settings.DATABASES
    with conn.cursor() as c:
        c.execute("SELECT pg_is_in_recovery()")
        assert c.fetchone()[0] is True, "replica_1 is not a standby"
    yield conn
    conn.close()


def _wait_replicated(pk):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if Unit.objects.using(REPLICA).filter(pk=pk).exists():
            return
        time.sleep(0.1)
    raise AssertionError("the standby did not receive the row")


def _middleware(view):
    return replicas.ReplicaMiddleware(view)


def _request(method="get", cookies=None):
    request = getattr(RequestFactory(), method)("/xxgk/")
    request.user = AnonymousUser()
    request.COOKIES.update(cookies or {})
    return request


@pytest.mark.replica
@needs_replica
@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_public_reads_on_replica_writes_and_own_writes_on_primary(standby, client):
    unit = unit_create(name="副本测试局", kind="department")
    _wait_replicated(unit.pk)

    def read(request):
        names = list(Unit.objects.values_list("name", flat=True))
        return HttpResponse(str(len(names)))

    # An anonymous visitor's GET reads the standby.
    with _counting() as counts:
        response = _middleware(read)(_request())
    assert counts[REPLICA] > 0 and counts["default"] == 0
    assert replicas.STICKY_COOKIE not in response.cookies

    # A request that writes: the write and every read after it on the primary, and the
    # response tells the browser to keep reading from the primary for a while.
    def write_then_read(request):
        Unit.objects.filter(pk=unit.pk).update(name="副本测试局（改）")
        name = Unit.objects.get(pk=unit.pk).name
        return HttpResponse(name)

    with _counting() as counts:
        response = _middleware(write_then_read)(_request())
    assert counts[REPLICA] == 0 and counts["default"] >= 2
    assert response.content.decode() == "副本测试局（改）"
    sticky = response.cookies[replicas.STICKY_COOKIE]
    assert int(sticky["max-age"]) > 0

    # The same visitor's next page, before the lag is surely over: the primary.
    with _counting() as counts:
        _middleware(read)(_request(cookies={replicas.STICKY_COOKIE: sticky.value}))
    assert counts[REPLICA] == 0 and counts["default"] > 0

    # Reads inside a transaction are the primary's.
    def in_transaction(request):
        with transaction.atomic():
            list(Unit.objects.all())
        return HttpResponse("")

    with _counting() as counts:
        _middleware(in_transaction)(_request())
    assert counts[REPLICA] == 0 and counts["default"] > 0

    # A real public page through the whole stack reads the standby.
    with _counting() as counts:
        assert client.get("/").status_code == 200
    assert counts[REPLICA] > 0


@pytest.mark.replica
@needs_replica
@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_stopped_replica_falls_back_to_primary_without_errors(standby, client):
    unit_create(name="回退测试局", kind="department")
    with _counting() as counts:
        assert client.get("/").status_code == 200
    assert counts[REPLICA] > 0
    _pg_ctl("-m", "fast", "stop")
    try:
        for _ in range(3):
            with _counting() as counts:
                assert client.get("/").status_code == 200
            assert counts[REPLICA] == 0 and counts["default"] > 0
    finally:
        _pg_ctl("-l", os.environ["GONGKAI_TEST_REPLICA_PGDATA"] + "/../replica.log", "start")
    replicas._down_until.clear()
    deadline = time.monotonic() + 30
    while True:
        with _counting() as counts:
            assert client.get("/").status_code == 200
        if counts[REPLICA] > 0:
            break
        assert time.monotonic() < deadline, "reads did not return to the restarted standby"
        time.sleep(0.5)
