import datetime as dt

import time_machine

from gongkai.supervision.models import Notice, Plan, Progress


@time_machine.travel(dt.datetime(2026, 7, 15, 10, tzinfo=dt.UTC), tick=False)
def test_demo_loader_is_idempotent_and_has_done_and_overdue(db):
    from gongkai.core.demo import load_units
    from gongkai.supervision import demo, selectors

    load_units()
    first = demo.load()
    assert "6项任务" in first
    plan = Plan.objects.get()
    assert plan.year == 2026 and plan.status == Plan.Status.PUBLISHED
    assert not plan.tasks.filter(lead_units__isnull=True).exists()
    assert plan.tasks.filter(status="done").exists()
    overdue = selectors.overview(plan.tasks.all(), period="2026-Q3", only_overdue=True)
    assert overdue and Notice.objects.count() == 1
    n = Progress.objects.count()
    assert demo.load() == "工作督办：已存在"
    assert Progress.objects.count() == n and Plan.objects.count() == 1
