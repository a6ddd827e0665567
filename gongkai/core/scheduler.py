"""The platform's own scheduler: enqueue each periodic job once per interval.

Any number of workers, on any number of machines, may run it. Claiming a job is one
conditional UPDATE of its row (``last_run_at`` older than the interval, set to now) in
the same transaction as the enqueue: on PostgreSQL a second worker waits for the first's
row lock, then re-reads the row and finds it already claimed; on SQLite writers are
serialised. So a job is enqueued once per interval however many schedulers run.

"Now" is the database's clock, not the machine's: workers on several machines whose
clocks drift apart still agree on when an interval has passed.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, connection, transaction
from django.db.models import Q

from gongkai.core.models import PeriodicRun
from gongkai.core.registry import periodic_jobs


def database_now() -> dt.datetime:
    """The current time on the database server (UTC, aware)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT strftime('%%Y-%%m-%%d %%H:%%M:%%f', 'now')", [])
            value = dt.datetime.fromisoformat(cursor.fetchone()[0])
        else:
            cursor.execute("SELECT statement_timestamp()", [])
            value = cursor.fetchone()[0]
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def run_due_jobs() -> list[str]:
    """Enqueue the jobs whose interval has passed; returns the names this call enqueued."""
    started = []
    for job in periodic_jobs():
        if not PeriodicRun.objects.filter(name=job.name).exists():
            try:
                with transaction.atomic():
                    PeriodicRun.objects.create(name=job.name)
            except IntegrityError:  # another worker created it at the same moment
                pass
        with transaction.atomic():
            now = database_now()
            claimed = PeriodicRun.objects.filter(
                Q(last_run_at__isnull=True) | Q(last_run_at__lte=now - job.interval),
                name=job.name,
            ).update(last_run_at=now)
            if claimed:
                job.enqueue()
                started.append(job.name)
    return started
