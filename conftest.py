"""Shared fixtures: units, staff for every role, an API client, and real Chromium."""

from __future__ import annotations

import gc
import os
import shutil
import socket

import pytest

from gongkai import testing
from gongkai.core.models import Role, Unit
from gongkai.core.services import token_create, unit_create
from gongkai.testing import (
    CHROMIUM,
    CHROMIUM_ARGS,
    HEAVY_MARKERS,
    PASSWORD,
    SHARED_DEMO_FIXTURE,
    make_staff,
)

__all__ = ["PASSWORD", "make_staff"]


# The test server (``live_server``) listens with Django's backlog of 10 connections; the
# concurrency tests open 40 at once, and a connection beyond the backlog was sometimes reset
# by the kernel before the server could take it. A larger backlog, for the tests only.
from django.core.servers.basehttp import WSGIServer  # noqa: E402

WSGIServer.request_queue_size = 128


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every browser test is heavy too: `make check` and the PostgreSQL pass skip them.
    The tests that read the shared demo run one after another (in the order collected,
    where the first of them was), so that a process loads it once; every other test keeps
    its place."""
    shared = []
    for item in items:
        if any(item.get_closest_marker(m) for m in HEAVY_MARKERS):
            item.add_marker(pytest.mark.heavy)
        if SHARED_DEMO_FIXTURE in getattr(item, "fixturenames", ()):
            shared.append(item)
    if shared:
        first = items.index(shared[0])
        ids = {id(item) for item in shared}
        rest = [item for item in items if id(item) not in ids]
        items[:] = rest[:first] + shared + rest[first:]


def pytest_collection_finish(session):
    """What is alive once the tests are collected (modules, the tests themselves) lives to
    the end: the garbage collector stops walking it, and runs a young collection every
    10,000 allocations instead of 700 (about half its time in the suite, for ~20% more
    memory)."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(10_000, older, oldest)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` (`make check`): each test module on one worker, and the modules
    that read the shared demo on one worker together, which loads it once. Which modules
    those are is read from their source (they name the ``shared_demo`` fixture): the
    scheduler sees test ids only. A module that gets the demo through another fixture
    still reads it correctly, on whichever worker, at the cost of one more load."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    root = config.rootpath
    reads_demo: dict[str, bool] = {}

    class ModuleOrDemoScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            if module not in reads_demo:
                try:
                    source = (root / module).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    source = ""
                reads_demo[module] = SHARED_DEMO_FIXTURE in source
            return SHARED_DEMO_FIXTURE if reads_demo[module] else module

    return ModuleOrDemoScheduling(config, log)


@pytest.fixture(scope="session")
def shared_demo(django_db_setup, django_db_blocker):
    """The demo, loaded once per test process for every test that reads it (see
    ``gongkai.testing.SharedDemo``). A module asks for it with a function fixture that
    also takes ``db``, so that each test reads it in its own savepoint:
    ``def demo(shared_demo, db)``."""
    demo = testing.SHARED_DEMO
    demo.open(django_db_blocker)
    yield demo
    demo.close()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before a test's fixtures: the shared demo is rolled back for a test that does not
    read it, and loaded again for one that does if a test without it ran in between."""
    testing.SHARED_DEMO.before_test(item)


_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (
        host.startswith("127.") or host in ("localhost", "::1", "0.0.0.0") or host.startswith("/")
    ):
        return _real_connect(self, address)
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)
    raise OSError(f"tests may only contact loopback addresses, not {host!r}")


_real_getaddrinfo = socket.getaddrinfo
_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "0.0.0.0", "", None)


def _loopback_getaddrinfo(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    if name in _LOOPBACK_NAMES or (isinstance(name, str) and name.startswith("127.")):
        return _real_getaddrinfo(host, *args, **kwargs)
    # A name that is not loopback would need a DNS server: fail as an unknown name does.
    raise socket.gaierror(socket.EAI_NONAME, f"tests resolve loopback names only, not {name!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """No test reaches beyond this machine: connections and DNS look-ups alike."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_getaddrinfo)


@pytest.fixture(autouse=True)
def _single_site():
    """Every test starts as a single-site installation; a test that creates hosted sites
    gets them through the save signal."""
    from gongkai.core import sites

    sites.reset_unconfigured()


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in the cache: every test starts with none."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _empty_fts_after_transactional_tests(request, django_db_blocker):
    """Django's flush empties model tables only: empty SQLite's FTS5 tables as well, so a
    later test never sees index rows of documents that no longer exist."""
    yield
    if not {"transactional_db", "live_server"} & set(request.fixturenames):
        return
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        for table in ("search_fts", "search_fts_title"):
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [table])
            if cursor.fetchone():
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")  # noqa: S608


@pytest.fixture
def gov(db) -> Unit:
    return unit_create(
        name="测试县人民政府",
        kind=Unit.Kind.GOVERNMENT,
        code="015281722",
        phone="0886-1234567",
        address="测试县人民路1号",
        office_hours="工作日",
    )


@pytest.fixture
def dept_a(gov) -> Unit:
    return unit_create(parent=gov, name="测试县民政局", kind=Unit.Kind.DEPARTMENT, code="015281730")


@pytest.fixture
def dept_b(gov) -> Unit:
    return unit_create(parent=gov, name="测试县教育局", kind=Unit.Kind.DEPARTMENT, code="015281749")


@pytest.fixture
def office(gov):
    return make_staff(gov, Role.OFFICE, "office")


@pytest.fixture
def editor_a(dept_a):
    return make_staff(dept_a, Role.EDITOR, "editor_a")


@pytest.fixture
def reviewer_a(dept_a):
    return make_staff(dept_a, Role.REVIEWER, "reviewer_a")


@pytest.fixture
def editor_b(dept_b):
    return make_staff(dept_b, Role.EDITOR, "editor_b")


@pytest.fixture
def reviewer_b(dept_b):
    return make_staff(dept_b, Role.REVIEWER, "reviewer_b")


@pytest.fixture
def leader(gov):
    return make_staff(gov, Role.LEADER, "leader")


@pytest.fixture
def api_token():
    """``api_token(user)`` -> the Authorization header value for that user."""

    def make(user) -> str:
        _token, key = token_create(actor=None, user=user)
        return f"Bearer {key}"

    return make


# --- real headless Chromium -------------------------------------------------------


@pytest.fixture(scope="session")
def _playwright_browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run must install it")
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(_playwright_browser):
    context = _playwright_browser.new_context(
        locale="zh-CN", viewport={"width": 1200, "height": 900}
    )
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


@pytest.fixture
def login(live_server):
    """``login(page, user)`` signs a staff member in through the real login form."""

    def do(pg, user):
        pg.goto(f"{live_server.url}/accounts/login/")
        pg.fill("#id_username", user.username)
        pg.fill("#id_password", PASSWORD)
        pg.click("button[type=submit]")
        pg.wait_for_url(f"{live_server.url}/workspace/**")

    return do
