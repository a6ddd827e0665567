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
    reach another module. Use it for data many tests only read (the demo)::

        @pytest.fixture(scope="module")
        def demo(django_db_setup, django_db_blocker):
            with loaded_for_module(django_db_blocker, load_demo):
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
