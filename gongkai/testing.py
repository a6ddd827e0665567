"""Helpers shared by every app's tests (and the root conftest): staff accounts, the
browser's command line, and time travel. Tests import from here, never from another
app's conftest."""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager

PASSWORD = "test-password-123"

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]

#: Markers of tests that drive whole servers or browsers: run once, in the SQLite pass of
#: CI, and left out of `make check`. A test of the database itself does not carry them.
HEAVY_MARKERS = ("browser", "heavy")


def make_staff(unit, role: str, username: str | None = None):
    """A staff member of ``unit`` with ``role`` and the shared test password."""
    from gongkai.core.services import staff_create

    return staff_create(
        username=username or f"{role}_{unit.pk}",
        password=PASSWORD,
        unit=unit,
        role=role,
        name="测试人",
    )


def local_moment(year: int, month: int, day: int, hour: int = 10) -> dt.datetime:
    """A moment in the site's time zone, for ``time_machine.travel``."""
    from django.utils import timezone

    return timezone.make_aware(dt.datetime(year, month, day, hour))


#: Every check a reviewer confirms before approving (一事一审).
ALL_CHECKS = ("secrecy", "privacy", "accuracy", "attribute")


def draft_item(editor, **fields):
    """A proactive notice drafted by ``editor`` in their unit (fields override)."""
    from django.utils import timezone

    from gongkai.publishing import services
    from gongkai.publishing.models import InformationItem as Item

    values = {
        "title": "关于做好2026年社会救助工作的通知",
        "body": "<p>各乡镇：现将有关事项通知如下。</p>",
        "attribute": Item.Attribute.PROACTIVE,
        "kind": Item.Kind.NOTICE,
        "formed_on": timezone.localdate(),
    }
    values.update(fields)
    return services.item_create(actor=editor, unit=editor.unit, **values)


def published_item(editor, reviewer, **fields):
    """An information item drafted by ``editor`` and taken through review to publication."""
    from gongkai.publishing import services

    item = services.item_submit(actor=editor, item=draft_item(editor, **fields))
    services.item_approve(actor=reviewer, item=item, checks=ALL_CHECKS)
    return services.item_publish(actor=reviewer, item=item)


@contextmanager
def loaded_for_module(django_db_blocker, load):
    """Run ``load()`` once for a whole test module, inside a transaction that is rolled
    back when the module is done. Each test still runs in its own savepoint (the ``db``
    fixture), so a test's writes never reach the next test, and the module's data never
    reach another module. Use it for data many tests of a module only read (the demo
    itself is shared by every module: ``shared_demo``, root conftest)::

        @pytest.fixture(scope="module")
        def corpus(django_db_setup, django_db_blocker):
            with loaded_for_module(django_db_blocker, load_corpus):
                yield
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            load()
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def load_demo() -> None:
    from django.core.management import call_command

    call_command("demo_load", verbosity=0)


#: The fixture (root conftest) through which a test reads the shared demo.
SHARED_DEMO_FIXTURE = "shared_demo"


class SharedDemo:
    """The demo (``demo_load``), loaded once per test process and shared by the tests that
    read it, instead of once per module.

    It is loaded inside a transaction that stays open while tests that use it run one
    after another, and is rolled back as soon as a test that does not use it is about to
    start (and at the end of the session). Each test still runs in its own savepoint (the
    ``db`` fixture), so every test sees the demo exactly as loaded, never another test's
    changes; a test that does not ask for the demo never sees it. The root conftest runs
    the tests that read it one after another, and `make check` sends their modules to one
    worker, so the demo is loaded once per run; in any order the result is the same, only
    slower."""

    def __init__(self, load=load_demo) -> None:
        self._load = load
        self._blocker = None
        self._atomic = None
        self.loads = 0  # how many times the demo was loaded in this process

    @property
    def is_open(self) -> bool:
        return self._atomic is not None

    def open(self, django_db_blocker=None) -> None:
        """Load the demo in a new outer transaction (nothing if it is loaded already)."""
        from django.db import transaction

        if django_db_blocker is not None:
            self._blocker = django_db_blocker
        if self._atomic is not None:
            return
        with self._blocker.unblock():
            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                self._load()
            except BaseException:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)
                raise
        self._atomic = atomic
        self.loads += 1

    def close(self) -> None:
        """Roll the demo back (nothing if it is not loaded)."""
        from django.db import connection, transaction

        if self._atomic is None:
            return
        with self._blocker.unblock():
            if connection.atomic_blocks[-1:] != [self._atomic]:
                raise RuntimeError(
                    "the shared demo cannot be rolled back under data built on it: every "
                    "test of a module whose module-scoped data builds on the demo must use it"
                )
            atomic, self._atomic = self._atomic, None
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)

    def before_test(self, item) -> None:
        """Before ``item``'s fixtures: roll the demo back if it does not use it, and load
        it again if it does and a test without it ran since (the session fixture loads it
        the first time)."""
        uses = SHARED_DEMO_FIXTURE in getattr(item, "fixturenames", ())
        if not uses:
            self.close()
        elif self._blocker is not None:
            self.open()


#: The shared demo of this test process.
SHARED_DEMO = SharedDemo()


def foi_reply(*, actor, application, reviewer=None, **fields):
    """Reply to a disclosure application as the staff page does: ``actor`` drafts the
    reply and a 审核员 of the application's unit (created if needed) approves and sends it
    (``GONGKAI_FOI_REPLY_REVIEW``); with review off, ``actor`` replies directly. Returns
    the reply letter."""
    from gongkai.core.models import Role, User
    from gongkai.foi.models import Application
    from gongkai.foi.services import reply_via_review

    if reviewer is None:
        unit = Application.objects.select_related("unit").get(pk=application.pk).unit
        name = f"foi_reviewer_{unit.pk}"
        reviewer = User.objects.filter(username=name).first() or make_staff(
            unit, Role.REVIEWER, name
        )
    return reply_via_review(drafter=actor, reviewer=reviewer, application=application, **fields)
