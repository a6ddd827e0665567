"""Background jobs of the foi app (idempotent)."""

from django_tasks import task


@task()
def lapse_overdue() -> int:
    """Close applications whose correction or fee deadline has passed."""
    from gongkai.foi.services import lapse_overdue as run

    return run()
