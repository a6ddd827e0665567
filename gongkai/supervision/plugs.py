"""Everything supervision adds to the platform: to-do items for missing reports and
unanswered 督办单 and suggestions, the menu, a home block, the deadline recomputer, the
annual-report sections and the demo data."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.permissions import is_staff_member
from gongkai.core.plugs import TodoItem
from gongkai.supervision import selectors
from gongkai.supervision.periods import period_label


def _severity(due) -> str:
    return "danger" if timezone.localdate() > due else "warning"


def missing_report_todos(user) -> list[TodoItem]:
    if not is_staff_member(user) or not user.unit_id:
        return []
    items = []
    for row in selectors.missing_reports(user.unit_id):
        items.append(
            TodoItem(
                title=f"《{row['plan'].title}》{period_label(row['period'])}进展未报送"
                f"（{row['count']}项任务）",
                url=reverse("supervision:mine"),
                kind="工作督办",
                due=row["due"],
                unit=user.unit.name,
                severity=_severity(row["due"]),
            )
        )
    for notice in selectors.open_notices(user.unit_id):
        items.append(
            TodoItem(
                title=f"{notice.number}待回复",
                url=reverse("supervision:task", args=[notice.task_id]),
                kind="工作督办",
                due=notice.due,
                unit=user.unit.name,
                provisional=notice.due_provisional,
                severity=_severity(notice.due) if notice.due else "",
            )
        )
    return items


def home_block(request) -> dict | None:
    plans = list(selectors.published_plans()[:5])
    if not plans:
        return None
    return {
        "title": "政务公开工作",
        "url": reverse("supervision:public_list"),
        "items": [
            {"title": p.title, "url": p.get_absolute_url(), "date": p.published_at} for p in plans
        ],
    }


def recompute(years: set[int]) -> int:
    from gongkai.supervision.services import recompute_tasks

    return recompute_tasks(years)


def _problems(unit, year: int) -> str:
    return selectors.report_problems_text(unit, year)


def _summary(unit, year: int) -> str:
    from gongkai.supervision.suggestions import summary_text

    return "\n\n".join(
        p for p in (selectors.report_summary_text(unit, year), summary_text(unit, year)) if p
    )


def register() -> None:
    plugs.register_todo("supervision.reports", missing_report_todos)
    plugs.register_nav("工作督办", "supervision:home", order=650)
    plugs.register_nav("建议提案", "supervision:suggestions", order=660)
    plugs.register_home_block("supervision", home_block, order=80)
    plugs.register_recomputer("supervision.tasks", recompute)
    plugs.register_report_section("problems", "supervision", _problems)
    plugs.register_report_section("other_matters", "supervision", _summary)
    plugs.register_demo("supervision", plugs.lazy("gongkai.supervision.demo:load"), order=95)
