"""Background tasks: take ids, call a service, idempotent.

This module imports ``services``; ``services`` never imports it (``apps.ready`` hands
``enqueue_run`` to ``services.WORKER``), so there is no import circle.
"""

from django_tasks import task

from gongkai.monitoring import services


def enqueue_run(run_id: int) -> None:
    run_check.enqueue(run_id)


@task()
def run_check(run_id: int) -> dict:
    run = services.run_execute(run_id=run_id)
    if run.status == run.Status.RUNNING:  # a time-sliced crawl (budget): continue later
        run_check.enqueue(run.pk)
    return {"run": run.pk, "passed": run.passed, "broken": run.broken}


@task()
def probe_all() -> int:
    return services.probe_sites()


@task()
def check_all() -> int:
    return services.schedule_checks()
