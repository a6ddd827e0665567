import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.test import override_settings

from gongkai.core.models import AuditEvent
from gongkai.supervision import selectors
from gongkai.supervision.models import Notice, Plan, ProgressStatus
from gongkai.supervision.plugs import missing_report_todos
from gongkai.supervision.reporting import notice_issue, progress_report
from gongkai.supervision.services import plan_create_from_import, plan_map_name, plan_send
from gongkai.supervision.suggestions import (
    suggestion_assign,
    suggestion_publish,
    suggestion_reply,
    suggestion_review,
)
from gongkai.supervision.tests.factories import parsed, sent_plan


def moment(y, m, d, h=10):
    return dt.datetime(y, m, d, h, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_import_matches_units_computes_dates_and_lists_unmatched(office, gov, dept_a, dept_b):
    plan = plan_create_from_import(actor=office, unit=gov, year=2026, parsed=parsed())
    assert plan.status == Plan.Status.DRAFT
    assert plan.unmatched_names == ["县融媒体中心"]
    t1, t2, t3 = plan.tasks.order_by("order")
    assert list(t1.lead_units.all()) == [dept_a]
    assert list(t2.lead_units.all()) == [dept_b] and list(t2.partner_units.all()) == [dept_a]
    assert t1.due == dt.date(2026, 6, 30)
    assert t2.due == dt.date(2026, 12, 31)
    assert t3.due is None and t3.recurrence == "quarterly"
    assert t3.lead_names == ["县融媒体中心"] and not t3.lead_units.exists()
    assert AuditEvent.objects.filter(action="supervision.plan_import").count() == 1


def test_send_needs_every_name_mapped(office, gov, dept_a, dept_b):
    plan = plan_create_from_import(actor=office, unit=gov, year=2026, parsed=parsed())
    with pytest.raises(ValidationError, match="县融媒体中心"):
        plan_send(actor=office, plan=plan)
    plan_map_name(actor=office, plan=plan, name="县融媒体中心", unit_ids=[dept_b.pk])
    assert list(plan.tasks.get(number="3").lead_units.all()) == [dept_b]
    plan = plan_send(actor=office, plan=plan)
    assert plan.status == Plan.Status.SENT


def test_department_cannot_import(editor_a, gov, dept_a):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        plan_create_from_import(actor=editor_a, unit=gov, year=2026, parsed=parsed())


def test_unit_reports_only_its_own_tasks(office, gov, dept_a, dept_b, editor_a, editor_b):
    plan = sent_plan(office, gov, dept_a)
    t1 = plan.tasks.get(number="1")
    with pytest.raises(ValidationError):
        progress_report(
            actor=editor_b, task=t1, unit=dept_b, status="done", text="完成", period="2026-Q1"
        )
    assert set(selectors.tasks_for_user(editor_b).values_list("number", flat=True)) == {"2"}
    assert set(selectors.tasks_for_user(editor_a).values_list("number", flat=True)) == {
        "1",
        "2",
        "3",
    }


@time_machine.travel(moment(2026, 5, 10), tick=False)
def test_lead_report_sets_task_status_partner_does_not(office, gov, dept_a, dept_b, editor_a):
    plan = sent_plan(office, gov, dept_a)
    t2 = plan.tasks.get(number="2")
    progress_report(actor=editor_a, task=t2, unit=dept_a, status="done", text="配合完成")
    t2.refresh_from_db()
    assert t2.status == ProgressStatus.NOT_STARTED  # dept_a is only a partner
    t1 = plan.tasks.get(number="1")
    p = progress_report(actor=editor_a, task=t1, unit=dept_a, status="in_progress", text="推进中")
    t1.refresh_from_db()
    assert p.period == "2026-Q2" and t1.status == "in_progress" and t1.last_period == "2026-Q2"


def test_missing_report_turns_red_the_day_after_the_period(office, gov, dept_a, dept_b, editor_b):
    sent_plan(office, gov, dept_a)
    with time_machine.travel(moment(2026, 3, 31, 20), tick=False):
        items = missing_report_todos(editor_b)
        q1 = [i for i in items if "第一季度" in i.title]
        assert q1 and q1[0].severity == "warning" and not q1[0].overdue
    with time_machine.travel(moment(2026, 4, 1, 9), tick=False):
        items = missing_report_todos(editor_b)
        q1 = [i for i in items if "第一季度" in i.title]
        assert q1 and q1[0].severity == "danger" and q1[0].overdue
        # reporting clears it
        task = selectors.tasks_for_user(editor_b).get(number="2")
        progress_report(
            actor=editor_b,
            task=task,
            unit=task.lead_units.get(),
            status="in_progress",
            text="已部署",
            period="2026-Q1",
        )
        assert not [i for i in missing_report_todos(editor_b) if "第一季度" in i.title]


def test_task_overdue_on_the_right_day(office, gov, dept_a, dept_b):
    plan = sent_plan(office, gov, dept_a)
    tasks = selectors.tasks_for_user(office).filter(plan=plan)
    with time_machine.travel(moment(2026, 6, 30, 22), tick=False):
        rows = selectors.overview(tasks, period="2026-Q2", only_overdue=True, today=None)
        assert rows == []
    with time_machine.travel(moment(2026, 7, 1, 8), tick=False):
        rows = selectors.overview(tasks, period="2026-Q3", only_overdue=True)
        assert [r.task.number for r in rows] == ["1"]


def test_notices_are_numbered_per_year(office, gov, dept_a, dept_b):
    plan = sent_plan(office, gov, dept_a)
    task = plan.tasks.get(number="1")
    with time_machine.travel(moment(2026, 12, 1), tick=False):
        a = notice_issue(actor=office, task=task, unit=dept_a, body="请加快")
        b = notice_issue(actor=office, task=task, unit=dept_a, body="请再加快")
    with time_machine.travel(moment(2027, 1, 5), tick=False):
        c = notice_issue(actor=office, task=task, unit=dept_a, body="新年督办")
    assert [a.number, b.number, c.number] == [
        "督办〔2026〕1号",
        "督办〔2026〕2号",
        "督办〔2027〕1号",
    ]
    assert a.due and a.due > dt.date(2026, 12, 1)
    assert Notice.objects.count() == 3


def test_suggestion_reply_due_three_months_and_setting(office, gov, dept_a):
    s = suggestion_assign(
        actor=office,
        kind="deputy",
        year=2026,
        number="12",
        title="关于加强养老服务的建议",
        proposer="王代表",
        content="",
        lead_unit=dept_a,
        assigned_on=dt.date(2026, 3, 15),
    )
    assert s.due == dt.date(2026, 6, 15)
    with override_settings(GONGKAI_SUGGESTION_REPLY_MONTHS=2):
        s2 = suggestion_assign(
            actor=office,
            kind="member",
            year=2026,
            number="3",
            title="提案",
            proposer="李委员",
            content="",
            lead_unit=dept_a,
            assigned_on=dt.date(2026, 11, 30),
        )
    assert s2.due == dt.date(2027, 1, 30)


def test_suggestion_published_reply_is_masked(office, gov, dept_a, editor_a):
    s = suggestion_assign(
        actor=office,
        kind="deputy",
        year=2026,
        number="1",
        title="建议",
        proposer="王代表",
        content="",
        lead_unit=dept_a,
    )
    suggestion_reply(
        actor=editor_a,
        suggestion=s,
        reply="已办理。联系人手机13912345678。",
        satisfaction="satisfied",
    )
    suggestion_review(actor=office, suggestion=s, approve=True)
    s = suggestion_publish(actor=office, suggestion=s)
    assert "13912345678" not in s.published_reply and "已办理" in s.published_reply


@time_machine.travel(moment(2027, 1, 10), tick=False)
def test_annual_report_draft_gets_the_plan_sections(office, gov, dept_a, dept_b, editor_a):
    from gongkai.reports.services import report_start

    plan = sent_plan(office, gov, dept_a)
    t1 = plan.tasks.get(number="1")
    progress_report(
        actor=editor_a, task=t1, unit=dept_a, status="done", text="完成", period="2026-Q4"
    )
    suggestion_assign(
        actor=office,
        kind="deputy",
        year=2026,
        number="1",
        title="建议",
        proposer="王代表",
        content="",
        lead_unit=dept_a,
        assigned_on=dt.date(2026, 3, 1),
    )
    report = report_start(actor=office, unit=gov, year=2026)
    assert "承办人大代表建议和政协提案1件，已答复0件，按期答复0件" in report.other_matters
    assert "其中：测试县民政局1件（按期答复0件" in report.other_matters
    assert "公开招生入学政策" in report.problems and "社会救助" not in report.problems
    assert "共分解任务3项，已完成1项" in report.other_matters
    assert "信息处理费" in report.other_matters
