"""What the website monitor adds to the platform: to-do entries for new problems, the
menu, the demo's platform site, the hourly probes and the daily whole-site check.

``register()`` is all that MonitoringConfig.ready calls. It also hands the services the
function that queues a crawl on the worker, so that services never import tasks."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.plugs import TodoItem
from gongkai.monitoring.selectors import problems_for


def todo_items(user) -> list[TodoItem]:
    """New problems found by the latest check of each site in scope."""
    items = []
    for site, run in problems_for(user):
        url = reverse("monitoring:run", args=[run.pk])
        finished = timezone.localdate(run.finished_at) if run.finished_at else None
        for v in run.verdict:
            if v["status"] == "fail":
                items.append(
                    TodoItem(
                        title=f"{site.name}：{v['title']}",
                        url=url,
                        kind="网站监测",
                        due=finished,
                        unit=str(site.unit),
                        note=v["evidence"],
                        severity="danger",
                    )
                )
        if run.broken_new:
            items.append(
                TodoItem(
                    title=f"{site.name}：新增 {run.broken_new} 个失效链接",
                    url=url + "?show=new",
                    kind="网站监测",
                    unit=str(site.unit),
                    note=f"共 {run.broken} 个失效，已修复 {run.broken_fixed} 个",
                    severity="warning",
                )
            )
    return items


def register() -> None:
    plugs.register_nav("网站监测", "monitoring:index", order=600, roles=(Role.OFFICE, Role.LEADER))
    plugs.register_todo("monitoring.problems", todo_items)
    plugs.register_demo(
        "monitoring.platform_site", plugs.lazy("gongkai.monitoring.demo:load"), order=50
    )
    # RULES §7: at least 20 probes a day; hourly gives 24.
    plugs.register_periodic(
        "monitoring.probe",
        dt.timedelta(hours=1),
        plugs.lazy("gongkai.monitoring.tasks:probe_all.enqueue"),
    )
    plugs.register_periodic(
        "monitoring.check",
        dt.timedelta(days=1),
        plugs.lazy("gongkai.monitoring.tasks:check_all.enqueue"),
    )
