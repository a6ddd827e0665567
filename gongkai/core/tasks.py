"""Background tasks of the core app; each takes plain values and is idempotent."""

from django_tasks import task

from gongkai.core.workdays import recompute_open_deadlines


@task()
def recompute_deadlines(years: list[int]) -> dict[str, int]:
    """Recompute every open deadline that depends on the calendar of ``years``."""
    return recompute_open_deadlines(set(years))


@task()
def audit_check() -> dict:
    """Verify the audit chain, anchor its head and record the result for the to-do list."""
    from gongkai.core.auditkey import audit_check as run_check

    return run_check()
