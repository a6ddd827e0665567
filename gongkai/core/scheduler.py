"""The platform's own scheduler: enqueue each periodic job once per interval.

Several workers may run; claiming a job is one conditional UPDATE, so only one of them
enqueues it per interval. Jobs themselves are idempotent.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from gongkai.core.models import PeriodicRun
from gongkai.core.registry import periodic_jobs


def run_due_jobs() -> list[str]:
    now = timezone.now()
    started = []
    for job in periodic_jobs():
        PeriodicRun.objects.get_or_create(name=job.name)
        with transaction.atomic():
            claimed = PeriodicRun.objects.filter(
                Q(last_run_at__isnull=True) | Q(last_run_at__lte=now - job.interval),
                name=job.name,
            ).update(last_run_at=now)
            if claimed:
                job.enqueue()
                started.append(job.name)
    return started
