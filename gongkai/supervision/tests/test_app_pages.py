import datetime as dt
import io
import json

import pytest
import time_machine
from django.urls import reverse

from gongkai.supervision.reporting import notice_issue, progress_publish, progress_report
from gongkai.supervision.services import plan_publish
from gongkai.supervision.tests.factories import published_item, sent_plan

NOW = dt.datetime(2026, 5, 10, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
pytestmark = pytest.mark.usefixtures("dept_b")


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def plan(office, gov, dept_a, dept_b):
    return sent_plan(office, gov, dept_a)


def test_other_units_task_is_404_on_pages_and_api(client, plan, editor_b, editor_a, api_token):
    t1 = plan.tasks.get(number="1")  # dept_a only
    client.force_login(editor_b)
    assert client.get(reverse("supervision:task", args=[t1.pk])).status_code == 404
    r = client.post(
        reverse("supervision:task_report", args=[t1.pk]),
        {"unit": editor_b.unit_id, "status": "done", "text": "x"},
    )
    assert r.status_code == 404
    page = client.get(reverse("supervision:mine")).content.decode()
    assert "公开招生入学政策" in page and "社会救助" not in page
    auth = {"HTTP_AUTHORIZATION": api_token(editor_b)}
    assert client.get(f"/api/v1/plans/tasks/{t1.pk}", **auth).status_code == 404
    r = client.post(
        f"/api/v1/plans/tasks/{t1.pk}/progress",
        {"unit": editor_b.unit_id, "status": "done", "text": "x"},
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 404
    client.force_login(editor_a)
    assert client.get(reverse("supervision:task", args=[t1.pk])).status_code == 200


def test_api_report_and_notice(client, plan, editor_a, office, api_token, dept_a):
    t1 = plan.tasks.get(number="1")
    r = client.post(
        f"/api/v1/plans/tasks/{t1.pk}/progress",
        {"unit": dept_a.pk, "status": "in_progress", "text": "已起草"},
        content_type="application/json",
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    assert r.status_code == 200, r.content
    assert r.json()["period"] == "2026-Q2"
    r = client.post(
        f"/api/v1/plans/tasks/{t1.pk}/notices",
        {"unit": dept_a.pk, "body": "请加快"},
        content_type="application/json",
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    assert r.status_code == 403
    r = client.post(
        f"/api/v1/plans/tasks/{t1.pk}/notices",
        {"unit": dept_a.pk, "body": "请加快"},
        content_type="application/json",
        HTTP_AUTHORIZATION=api_token(office),
    )
    assert r.status_code == 200 and r.json()["number"] == "督办〔2026〕1号"
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/plans/tasks/{task_id}/progress" in schema["paths"]
    assert "/api/v1/plans/{plan_id}" in schema["paths"]


def test_plan_public_only_once_published(client, plan, office):
    assert client.get(f"/api/v1/plans/{plan.pk}").status_code == 404
    assert client.get(reverse("supervision:public_plan", args=[plan.pk])).status_code == 404
    assert client.get("/api/v1/plans").json() == []
    plan_publish(actor=office, plan=plan)
    assert [p["id"] for p in client.get("/api/v1/plans").json()] == [plan.pk]
    body = client.get(f"/api/v1/plans/{plan.pk}").json()
    assert len(body["tasks"]) == 3 and body["tasks"][0]["lead_units"][0]["name"] == "测试县民政局"


def test_published_progress_never_shows_internal_notes(client, plan, office, editor_a, dept_a):
    item = published_item(dept_a)
    t1 = plan.tasks.get(number="1")
    progress_report(
        actor=editor_a,
        task=t1,
        unit=dept_a,
        status="in_progress",
        text="已公开解读材料",
        internal_note="秘密备注：经费未到位",
        evidence_item_ids=[item.pk],
    )
    plan_publish(actor=office, plan=plan)
    pub = progress_publish(actor=office, plan=plan, period="2026-Q2")
    html = client.get(
        reverse("supervision:public_progress", args=[plan.pk, pub.pk])
    ).content.decode()
    assert "已公开解读材料" in html and item.title in html and item.get_absolute_url() in html
    assert "秘密备注" not in html
    api = json.dumps(client.get(f"/api/v1/plans/{plan.pk}").json(), ensure_ascii=False)
    assert "已公开解读材料" in api and "秘密备注" not in api
    assert (
        "秘密备注"
        not in client.get(reverse("supervision:public_plan", args=[plan.pk])).content.decode()
    )
    # history kept: a later report does not change the published snapshot
    progress_report(actor=editor_a, task=t1, unit=dept_a, status="done", text="全部完成")
    html = client.get(
        reverse("supervision:public_progress", args=[plan.pk, pub.pk])
    ).content.decode()
    assert "已公开解读材料" in html and "全部完成" not in html


def test_evidence_must_be_own_published_item(plan, editor_a, dept_a, dept_b):
    from django.core.exceptions import ValidationError

    other = published_item(dept_b, "教育局的信息")
    with pytest.raises(ValidationError):
        progress_report(
            actor=editor_a,
            task=plan.tasks.get(number="1"),
            unit=dept_a,
            status="done",
            text="x",
            evidence_item_ids=[other.pk],
        )


def test_exports_open_and_hold_the_rows(client, plan, office, editor_a, dept_a):
    from docx import Document
    from openpyxl import load_workbook

    progress_report(
        actor=editor_a,
        task=plan.tasks.get(number="1"),
        unit=dept_a,
        status="done",
        text="已完成公开",
    )
    client.force_login(office)
    wb = load_workbook(
        io.BytesIO(client.get(reverse("supervision:plan_export", args=[plan.pk, "xlsx"])).content)
    )
    rows = list(wb.active.iter_rows(values_only=True))
    assert list(rows[1]) == ["工作任务", "具体要求", "牵头单位", "配合单位", "完成时限", "进展情况"]
    assert len(rows) == 2 + 3
    assert rows[2][1] == "及时公开社会救助政策并解读。" and rows[2][2] == "测试县民政局"
    assert rows[2][5] == "已完成：已完成公开" and rows[3][5] == "未报送"
    doc = Document(
        io.BytesIO(client.get(reverse("supervision:plan_export", args=[plan.pk, "docx"])).content)
    )
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "工作任务",
        "具体要求",
        "牵头单位",
        "配合单位",
        "完成时限",
        "进展情况",
    ]
    assert len(table.rows) == 4 and table.rows[2].cells[3].text == "测试县民政局"


def test_notice_docx_and_pdf(client, plan, office, dept_a, editor_a, editor_b):
    from docx import Document

    n = notice_issue(actor=office, task=plan.tasks.get(number="1"), unit=dept_a, body="请加快推进")
    client.force_login(editor_a)
    doc = Document(
        io.BytesIO(client.get(reverse("supervision:notice_file", args=[n.pk, "docx"])).content)
    )
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "督办〔2026〕1号" in text and "请加快推进" in text
    pdf = client.get(reverse("supervision:notice_file", args=[n.pk, "pdf"])).content
    assert pdf.startswith(b"%PDF")
    client.force_login(editor_b)
    assert client.get(reverse("supervision:notice_file", args=[n.pk, "pdf"])).status_code == 404


def test_workspace_pages_render(client, plan, office, editor_a):
    client.force_login(office)
    for url in (
        reverse("supervision:home"),
        reverse("supervision:overview"),
        reverse("supervision:overview") + "?filter=overdue",
        reverse("supervision:overview") + "?filter=unreported",
        reverse("supervision:plan", args=[plan.pk]),
        reverse("supervision:task", args=[plan.tasks.first().pk]),
        reverse("supervision:suggestions"),
        reverse("supervision:task_edit", args=[plan.tasks.first().pk]),
    ):
        assert client.get(url).status_code == 200, url
    client.force_login(editor_a)
    assert client.get(reverse("supervision:overview")).status_code == 403
    assert client.get(reverse("supervision:home")).status_code == 302


def test_event_date_entered_by_office_dates_the_task(client, office, gov, dept_a, dept_b):
    from gongkai.supervision.planparse.types import ParsedPlan, ParsedTask
    from gongkai.supervision.services import plan_create_from_import

    plan = plan_create_from_import(
        actor=office, unit=gov, year=2026,
        parsed=ParsedPlan("p.txt", "测试计划", "", 2026, [
            ParsedTask("1", [], "办理代表建议。", ["测试县民政局"], [], "人代会结束60个工作日内")]),
    )  # fmt: skip
    task = plan.tasks.get()
    assert task.due is None
    client.force_login(office)
    r = client.post(
        reverse("supervision:plan_action", args=[plan.pk, "settings"]),
        {
            "title": "测试计划",
            "period": "monthly",
            "level": "county",
            "events": "人代会 2026-01-20",
        },
    )
    assert r.status_code == 302
    task.refresh_from_db()
    plan.refresh_from_db()
    assert plan.period == "monthly" and plan.event_dates == {"人代会": "2026-01-20"}
    assert task.due is not None and task.due > dt.date(2026, 3, 20)
    r = client.post(
        reverse("supervision:plan_action", args=[plan.pk, "settings"]),
        {"title": "测试计划", "period": "monthly", "level": "county", "events": "人代会 明天"},
        follow=True,
    )
    assert "格式应为" in r.content.decode()


def test_lead_sees_partners_reports_to_gather(client, plan, editor_a, editor_b, dept_a, dept_b):
    t2 = plan.tasks.get(number="2")  # lead dept_b, partner dept_a
    progress_report(
        actor=editor_a, task=t2, unit=dept_a, status="in_progress", text="民政局配合提供名单"
    )
    client.force_login(editor_b)
    page = client.get(reverse("supervision:task", args=[t2.pk])).content.decode()
    assert "配合单位本期报送" in page and "民政局配合提供名单" in page


def test_evidence_file_only_for_those_who_see_the_task(client, plan, editor_a, editor_b, dept_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gongkai.supervision.models import EvidenceFile

    progress_report(actor=editor_a, task=plan.tasks.get(number="1"), unit=dept_a, status="done",
                    text="完成", files=[SimpleUploadedFile("会议纪要.txt", "纪要内容".encode())])  # fmt: skip
    f = EvidenceFile.objects.get()
    client.force_login(editor_b)
    assert client.get(reverse("supervision:evidence_file", args=[f.pk])).status_code == 404
    client.force_login(editor_a)
    r = client.get(reverse("supervision:evidence_file", args=[f.pk]))
    assert r.status_code == 200 and b"".join(r.streaming_content).decode() == "纪要内容"


def test_overview_by_unit_and_filters(client, plan, office, editor_a, dept_a, dept_b):
    progress_report(
        actor=editor_a, task=plan.tasks.get(number="1"), unit=dept_a, status="done", text="完成"
    )
    client.force_login(office)
    url = reverse("supervision:overview")
    page = client.get(url).content.decode()
    assert "按牵头单位统计" in page and "已完成1项" in page
    page = client.get(url, {"filter": "unreported"}).content.decode()
    assert "公开招生入学政策" in page and "社会救助" not in page  # task 1 is done
    page = client.get(url, {"unit": dept_b.pk}).content.decode()
    assert "公开招生入学政策" in page and "更新公开目录" not in page
    page = client.get(url, {"status": "done"}).content.decode()
    assert "社会救助" in page and "公开招生入学政策" not in page
