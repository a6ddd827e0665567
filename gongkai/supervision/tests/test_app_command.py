"""``gongkai plan-import`` (engineer A's command) saving through plan_create_from_import.
Runs once both branches are merged; skipped while the command is not in this tree."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from gongkai.supervision.models import Plan

pytest.importorskip("gongkai.supervision.management.commands.plan_import")

PLAN_FILE = Path(__file__).parent / "files" / "small_plan.txt"


def test_command_saves_a_draft_with_unmatched_names(gov, dept_a, dept_b):
    call_command(
        "plan_import", str(PLAN_FILE), "--unit", str(gov.pk), stdout=StringIO(), stderr=StringIO()
    )
    plan = Plan.objects.get()
    assert plan.status == Plan.Status.DRAFT and plan.year == 2026 and plan.unit == gov
    assert plan.unmatched_names == ["县融媒体中心"]
    assert plan.tasks.count() == 3
    assert list(plan.tasks.get(number="1").lead_units.all()) == [dept_a]
