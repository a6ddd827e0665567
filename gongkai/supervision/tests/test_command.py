"""`gongkai plan-import` (issue 13): --json structure, progress, saving needs --unit."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from gongkai.core.models import Unit
from gongkai.core.services import unit_create
from gongkai.supervision.management.commands.plan_import import Command

PLAN = """示范县2026年政务公开工作要点

一、深化公开
（一）年底前完成基层政务公开标准目录修订。（县民政局牵头，各乡镇（街道）配合）
（二）人代会结束60个工作日内公开建议办理结果。（县人大办负责）
（三）每季度公开重点项目进展。
"""

KEYS = {"file", "title", "issuer", "year", "tasks", "unmatched_units"}
TASK_KEYS = {
    "no",
    "category",
    "task",
    "lead_units",
    "partner_units",
    "lead_matched",
    "partner_matched",
    "deadline_text",
    "due",
    "recurrence",
    "problems",
}


@pytest.fixture
def county(db):
    gov = unit_create(name="示范县人民政府", kind=Unit.Kind.GOVERNMENT)
    civil = unit_create(parent=gov, name="示范县民政局", kind=Unit.Kind.DEPARTMENT)
    towns = [
        unit_create(parent=gov, name=n, kind=Unit.Kind.TOWNSHIP)
        for n in ("城关镇人民政府", "河西街道办事处")
    ]
    return gov, civil, towns


def run_json(*args):
    out, err = StringIO(), StringIO()
    call_command(Command(), *args, stdout=out, stderr=err)
    return json.loads(out.getvalue()), err.getvalue()


def test_json_dry_run_prints_the_issue_s_structure(county, tmp_path):
    gov, civil, towns = county
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    data, err = run_json(str(path), "--dry-run", "--json", "--event", "人代会=2026-01-20")
    assert err == ""  # no progress bar with --json
    assert len(data) == 1 and set(data[0]) == KEYS
    plan = data[0]
    assert plan["title"] == "示范县2026年政务公开工作要点" and plan["year"] == 2026
    first, second, third = plan["tasks"]
    assert all(set(t) == TASK_KEYS for t in plan["tasks"])
    assert first["task"] == "年底前完成基层政务公开标准目录修订。"
    assert first["lead_units"] == ["县民政局"]
    assert first["lead_matched"] == [{"id": civil.pk, "name": "示范县民政局"}]
    assert first["partner_units"] == ["各乡镇（街道）"]
    assert sorted(u["id"] for u in first["partner_matched"]) == sorted(t.pk for t in towns)
    assert first["due"] == "2026-12-31" and first["recurrence"] == ""
    assert second["due"] == "2026-04-21"  # RULES.md §1: 60 working days after 2026-01-20
    assert third["due"] is None and third["recurrence"] == "quarterly"
    assert third["lead_units"] == [] and any("未写明牵头单位" in p for p in third["problems"])
    assert plan["unmatched_units"] == ["县人大办"]
    assert any("县人大办" in p for p in second["problems"])


def test_year_option_and_progress_on_stderr(county, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    data, _ = run_json(str(path), "--dry-run", "--json", "--year", "2027")
    first = data[0]["tasks"][0]
    assert data[0]["year"] == 2027 and first["due"] == "2027-12-31"
    assert any("暂定" in p for p in first["problems"])  # 2027 calendar not loaded
    out, err = StringIO(), StringIO()
    call_command(Command(), str(path), "--dry-run", stdout=out, stderr=err)
    assert "解析计划" in err.getvalue()  # tqdm progress
    assert "任务 3 项" in out.getvalue() and "县人大办" in out.getvalue()


def test_saving_needs_a_unit_and_the_supervision_app(county, tmp_path):
    gov, civil, _ = county
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    with pytest.raises(CommandError, match="--unit"):
        call_command(Command(), str(path), stdout=StringIO(), stderr=StringIO())
    with pytest.raises(CommandError, match="找不到编号"):
        call_command(Command(), str(path), "--dry-run", "--unit", "999999", stdout=StringIO())
    with pytest.raises(CommandError, match="找不到文件"):
        call_command(Command(), str(tmp_path / "none.txt"), "--dry-run", stdout=StringIO())
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(CommandError, match="无法读取计划文件"):
        call_command(Command(), str(broken), "--dry-run", "--json", stdout=StringIO())
    with pytest.raises(CommandError, match="事件日期"):
        call_command(Command(), str(path), "--dry-run", "--event", "人代会", stdout=StringIO())
    try:
        import gongkai.supervision.services  # noqa: F401
    except ImportError:
        with pytest.raises(CommandError, match="督查督办"):
            call_command(
                Command(), str(path), "--unit", str(gov.pk), stdout=StringIO(), stderr=StringIO()
            )


@pytest.mark.skipif(
    not apps.is_installed("gongkai.supervision"), reason="supervision app not registered yet"
)
def test_command_is_reachable_by_name(county, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    out = StringIO()
    call_command("plan_import", str(path), "--dry-run", "--json", stdout=out)
    assert json.loads(out.getvalue())[0]["tasks"]
