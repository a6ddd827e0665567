"""To-do entries: new problems found by the latest check of each site in scope."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.monitoring.selectors import problems_for
from gongkai.workspace.registry import TodoItem


def todo_items(user) -> list[TodoItem]:
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
