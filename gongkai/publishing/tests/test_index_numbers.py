"""Index numbers (RULES §9): configurable pattern, unique, never reused, concurrency-safe."""

import threading
import time

import pytest
from django.db import OperationalError, connection, connections

from gongkai.publishing import services
from gongkai.publishing.models import IndexSequence, InformationItem

from .conftest import ALL_CHECKS, draft, publish

Item = InformationItem


@pytest.mark.django_db
def test_default_pattern_is_code_year_sequence(editor_a, reviewer_a):
    first = publish(editor_a, reviewer_a)
    second = publish(editor_a, reviewer_a)
    year = first.published_at.year
    assert first.index_number == f"015281730-{year}-000001"
    assert second.index_number == f"015281730-{year}-000002"


@pytest.mark.django_db
def test_pattern_is_configurable(editor_a, reviewer_a, settings):
    settings.GONGKAI_INDEX_PATTERN = "{code}/{year}-{seq:05d}"
    item = publish(editor_a, reviewer_a)
    assert item.index_number == f"015281730/{item.published_at.year}-00001"


@pytest.mark.django_db
def test_sequences_are_per_unit(editor_a, reviewer_a, editor_b, reviewer_b):
    a = publish(editor_a, reviewer_a)
    b = publish(editor_b, reviewer_b)
    assert a.index_number.endswith("-000001") and a.index_number.startswith("015281730")
    assert b.index_number.endswith("-000001") and b.index_number.startswith("015281749")


@pytest.mark.django_db
def test_numbers_taken_by_imported_pages_are_skipped(editor_a, reviewer_a, dept_a):
    from django.utils import timezone

    year = timezone.localdate().year
    services.item_import(
        actor=None,
        unit=dept_a,
        source="old.html",
        title="旧页面",
        body="<p>正文</p>",
        index_number=f"015281730-{year}-000001",
    )
    item = publish(editor_a, reviewer_a)
    assert item.index_number == f"015281730-{year}-000002"


@pytest.mark.django_db
def test_withdrawn_numbers_are_not_reused(editor_a, reviewer_a):
    first = publish(editor_a, reviewer_a)
    services.item_withdraw(actor=reviewer_a, item=first, note="误发")
    second = publish(editor_a, reviewer_a)
    assert second.index_number != first.index_number
    assert second.index_number.endswith("-000002")


@pytest.mark.django_db
def test_unit_without_code_gets_a_clear_error(editor_a, reviewer_a, dept_a):
    from django.core.exceptions import ValidationError

    type(dept_a).objects.filter(pk=dept_a.pk).update(code="")
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    with pytest.raises(ValidationError, match="组织机构代码"):
        services.item_publish(actor=reviewer_a, item=item)
    item.refresh_from_db()
    assert item.status == Item.Status.APPROVED


# Threads committing at once, so a real transaction, whose end empties every table (the
# seeded topics and columns too): with `make check`'s reused database that emptied the next
# run's database. It belongs with the other concurrency tests, outside the edit-test loop.
@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True)
def test_concurrent_publication_gives_unique_gapless_numbers(editor_a, reviewer_a):
    """Threads publish at once (on SQLite and on PostgreSQL under .ci/run)."""
    n = 8
    items = []
    for _ in range(n):
        item = services.item_submit(actor=editor_a, item=draft(editor_a))
        services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
        items.append(item)
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    sqlite_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()

    def publish_once(item):
        # The in-memory SQLite test database uses shared-cache table locks, which fail
        # at once ("table is locked") instead of waiting like the WAL file database in
        # production; there a writer retries. PostgreSQL must succeed without retrying.
        for _ in range(200 if sqlite_memory else 1):
            try:
                return services.item_publish(actor=reviewer_a, item=item)
            except OperationalError as exc:
                if not (sqlite_memory and "locked" in str(exc)):
                    raise
                time.sleep(0.01)
        raise AssertionError("gave up after retries")

    def work(item):
        try:
            barrier.wait(timeout=30)
            publish_once(item)
        except BaseException as exc:  # noqa: BLE001 — reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(i,)) for i in items]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    numbers = list(
        Item.objects.filter(pk__in=[i.pk for i in items]).values_list("index_number", flat=True)
    )
    assert len(set(numbers)) == n
    assert sorted(int(x.rsplit("-", 1)[1]) for x in numbers) == list(range(1, n + 1))
    assert IndexSequence.objects.get(unit=editor_a.unit).last == n
