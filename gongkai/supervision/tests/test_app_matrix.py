"""A unit sees and reports only its own tasks: every page and every API operation that
names another unit's task, notice, evidence file or plan answers 404 (issue 13's Done
means), while the unit that owns it gets through."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.core.models import Role, Unit
from gongkai.core.services import unit_create
from gongkai.supervision.models import EvidenceFile
from gongkai.supervision.reporting import notice_issue, progress_report
from gongkai.supervision.tests.factories import sent_plan
from gongkai.testing import make_staff

NOW = dt.datetime(2026, 5, 10, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def setup(office, gov, dept_a, dept_b, editor_a):
    plan = sent_plan(office, gov, dept_a)
    t1 = plan.tasks.get(number="1")  # 测试县民政局 (dept_a) alone
    progress_report(actor=editor_a, task=t1, unit=dept_a, status="in_progress", text="推进中",
                    files=[SimpleUploadedFile("纪要.txt", "纪要".encode())])  # fmt: skip
    notice = notice_issue(actor=office, task=t1, unit=dept_a, body="请加快")
    outsider = unit_create(parent=gov, name="测试县水利局", kind=Unit.Kind.DEPARTMENT)
    return {
        "plan": plan, "t1": t1, "notice": notice, "file": EvidenceFile.objects.get(),
        "editor_c": make_staff(outsider, Role.EDITOR, "editor_c"),
    }  # fmt: skip


def _office_pages(s) -> list[tuple[str, str, dict]]:
    """The office's own pages: other roles are refused by role (403) before any lookup."""
    t1, plan = s["t1"].pk, s["plan"].pk
    return [
        ("get", reverse("supervision:task_edit", args=[t1]), {}),
        ("post", reverse("supervision:task_edit", args=[t1]), {"requirement": "改"}),
        ("post", reverse("supervision:task_notice", args=[t1]), {"body": "x"}),
        ("get", reverse("supervision:plan_export", args=[plan, "xlsx"]), {}),
    ]


def _pages(s) -> list[tuple[str, str, dict]]:
    t1, n = s["t1"].pk, s["notice"].pk
    return [
        ("get", reverse("supervision:task", args=[t1]), {}),
        ("post", reverse("supervision:task_report", args=[t1]), {"status": "done", "text": "x"}),
        ("post", reverse("supervision:notice_answer", args=[n]), {"answer": "x"}),
        ("get", reverse("supervision:notice_file", args=[n, "docx"]), {}),
        ("get", reverse("supervision:notice_file", args=[n, "pdf"]), {}),
        ("get", reverse("supervision:evidence_file", args=[s["file"].pk]), {}),
    ]


def _api(s, unit_id: int) -> list[tuple[str, str, dict]]:
    t1 = s["t1"].pk
    return [
        ("get", f"/api/v1/plans/tasks/{t1}", {}),
        ("post", f"/api/v1/plans/tasks/{t1}/progress",
         {"unit": unit_id, "status": "done", "text": "x"}),
        ("post", f"/api/v1/plans/tasks/{t1}/notices", {"unit": unit_id, "body": "x"}),
    ]  # fmt: skip


def test_other_units_get_404_everywhere(client, setup, editor_b, api_token):
    s = setup
    for user in (editor_b, s["editor_c"]):  # a partner elsewhere in the plan; no task at all
        client.force_login(user)
        for method, url, data in _pages(s):
            r = getattr(client, method)(url, data)
            assert r.status_code == 404, (user.username, method, url, r.status_code)
        for method, url, data in _office_pages(s):
            r = getattr(client, method)(url, data)
            assert r.status_code in (403, 404), (user.username, method, url, r.status_code)
        auth = {"HTTP_AUTHORIZATION": api_token(user)}
        for method, url, data in _api(s, user.unit_id):
            kw = {"content_type": "application/json"} if method == "post" else {}
            r = getattr(client, method)(url, data, **kw, **auth)
            assert r.status_code == 404, (user.username, method, url, r.status_code)
    client.force_login(s["editor_c"])
    plan = s["plan"].pk
    assert client.get(reverse("supervision:plan", args=[plan])).status_code == 404
    for name in ("supervision:mine", "supervision:overview"):
        page = client.get(reverse(name)).content.decode()
        assert "社会救助" not in page and "公开招生入学政策" not in page, name
    assert not s["t1"].reports.exclude(text="推进中").exists()  # nothing got through


def test_another_county_s_office_gets_404(client, setup, api_token, dept_a):
    other = unit_create(name="邻县人民政府", kind=Unit.Kind.GOVERNMENT)
    office_x = make_staff(other, Role.OFFICE, "office_x")
    s = setup
    client.force_login(office_x)
    for method, url, data in _pages(s) + _office_pages(s):
        r = getattr(client, method)(url, data)
        assert r.status_code == 404, (method, url, r.status_code)
    plan = s["plan"].pk
    assert client.get(reverse("supervision:plan", args=[plan])).status_code == 404
    assert (
        client.post(reverse("supervision:plan_action", args=[plan, "publish"])).status_code == 404
    )
    auth = {"HTTP_AUTHORIZATION": api_token(office_x)}
    for method, url, data in _api(s, dept_a.pk):
        kw = {"content_type": "application/json"} if method == "post" else {}
        r = getattr(client, method)(url, data, **kw, **auth)
        assert r.status_code == 404, (method, url, r.status_code)
    page = client.get(reverse("supervision:overview")).content.decode()
    assert "社会救助" not in page
    s["plan"].refresh_from_db()
    assert s["plan"].status == "sent" and s["t1"].notices.count() == 1


def test_the_owning_unit_gets_through(client, setup, editor_a, api_token, dept_a):
    s = setup
    client.force_login(editor_a)
    assert client.get(reverse("supervision:task", args=[s["t1"].pk])).status_code == 200
    assert client.get(reverse("supervision:evidence_file", args=[s["file"].pk])).status_code == 200
    r = client.get(reverse("supervision:notice_file", args=[s["notice"].pk, "pdf"]))
    assert r.status_code == 200
    r = client.get(f"/api/v1/plans/tasks/{s['t1'].pk}", HTTP_AUTHORIZATION=api_token(editor_a))
    assert r.status_code == 200 and r.json()["lead_units"][0]["id"] == dept_a.pk
