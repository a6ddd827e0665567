"""Background tasks of the core app; each takes plain values and is idempotent."""

from django_tasks import task

from gongkai.core.workdays import recompute_open_deadlines


@task()
def recompute_deadlines(years: list[int]) -> dict[str, int]:
    """Recompute every open deadline that depends on the calendar of ``years``."""
    return recompute_open_deadlines(set(years))
