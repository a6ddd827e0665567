"""Background tasks: take ids, call a service, idempotent."""

from django_tasks import task

from gongkai.monitoring import services


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
