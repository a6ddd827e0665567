"""Plans for the supervision tests, built through the services."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from gongkai.publishing.models import InformationItem
from gongkai.supervision.planparse.types import ParsedPlan, ParsedTask
from gongkai.supervision.services import plan_create_from_import, plan_send


def parsed(year: int = 2026) -> ParsedPlan:
    return ParsedPlan(
        file="plan.txt",
        title=f"测试县{year}年政务公开工作要点",
        issuer="测试县人民政府办公室",
        year=year,
        tasks=[
            ParsedTask("1", ["一、政策解读"], "及时公开社会救助政策并解读。", ["测试县民政局"], [], "6月底前"),
            ParsedTask("2", ["一、政策解读"], "公开招生入学政策。", ["测试县教育局"], ["测试县民政局"], "年底前"),
            ParsedTask("3", ["二、基础"], "更新公开目录。", ["县融媒体中心"], [], "每季度"),
        ],
    )  # fmt: skip


def sent_plan(office, gov, dept_a, year: int = 2026):
    plan = plan_create_from_import(actor=office, unit=gov, year=year, parsed=parsed(year))
    task3 = plan.tasks.get(number="3")
    task3.lead_units.add(dept_a)
    plan.unmatched_names = []
    plan.save()
    return plan_send(actor=office, plan=plan)


def published_item(unit, title="社会救助政策解读") -> InformationItem:
    return InformationItem.objects.create(
        unit=unit,
        title=title,
        kind="interpretation",
        attribute="proactive",
        status="published",
        published_at=timezone.now() - dt.timedelta(days=1),
    )
