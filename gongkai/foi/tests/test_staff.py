"""Staff pages and API: unit scope (dept_b gets 404 for dept_a's application), the
register form, actions, transfer with history, overview, repeats, templates."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from gongkai.foi.models import Application, ApplicationEvent
from gongkai.foi.tests.conftest import payload, travel

D = dt.date.fromisoformat


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def app_a(register):
    return register("2026-09-28")


def test_permission_matrix_pages(client, app_a, editor_a, editor_b, office):
    detail = reverse("foi:staff_detail", args=[app_a.pk])
    action = reverse("foi:staff_action", args=[app_a.pk, "consult_start"])
    letter_url = None
    login(client, editor_b)
    assert client.get(detail).status_code == 404
    assert client.post(action, {"party": "x"}).status_code == 404
    assert app_a.tracking_number not in client.get(reverse("foi:staff_list")).content.decode()
    client.logout()
    login(client, editor_a)
    assert client.get(detail).status_code == 200
    assert app_a.tracking_number in client.get(reverse("foi:staff_list")).content.decode()
    client.logout()
    login(client, office)  # the disclosure office sees its subtree
    assert client.get(detail).status_code == 200
    assert letter_url is None


def test_permission_matrix_api(client, app_a, editor_b, editor_a, api_token):
    url = f"/api/v1/foi/applications/{app_a.pk}"
    assert client.get(url).status_code == 401
    assert client.get(url, HTTP_AUTHORIZATION=api_token(editor_b)).status_code == 404
    listed = client.get("/api/v1/foi/applications", HTTP_AUTHORIZATION=api_token(editor_b))
    assert listed.json() == []
    ok = client.get(url, HTTP_AUTHORIZATION=api_token(editor_a))
    assert ok.status_code == 200 and ok.json()["due_on"] == "2026-10-30"


def test_letters_scoped(client, app_a, editor_a, editor_b):
    from gongkai.foi.services import correction_request

    with travel("2026-09-29"):
        letter = correction_request(actor=editor_a, application=app_a, items="补充年份")
    url = reverse("foi:staff_letter", args=[letter.pk, "docx"])
    login(client, editor_b)
    assert client.get(url).status_code == 404
    client.logout()
    login(client, editor_a)
    assert client.get(url).status_code == 200


def test_register_page_applies_channel_rule(client, editor_a, dept_a):
    login(client, editor_a)
    assert client.get(reverse("foi:staff_register")).status_code == 200
    data = payload(dept_a)
    data.update(channel="registered_post", submitted_on="2026-09-21", signed_for_on="")
    with travel("2026-09-30"):
        response = client.post(reverse("foi:staff_register"), data)
        assert "挂号信/快递请填写签收日期" in response.content.decode()
        data["signed_for_on"] = "2026-09-24"
        response = client.post(reverse("foi:staff_register"), data)
    assert response.status_code == 302
    app = Application.objects.get()
    assert app.received_on == D("2026-09-24") and app.created_by == editor_a


def test_actions_through_the_page(client, app_a, editor_a, reviewer_a):
    login(client, editor_a)
    url = lambda action: reverse("foi:staff_action", args=[app_a.pk, action])  # noqa: E731
    with travel("2026-10-12"):
        client.post(url("consult_start"), {"party": "某公司"})
    with travel("2026-10-20"):
        client.post(url("consult_end"), {})
        page = client.get(reverse("foi:staff_detail", args=[app_a.pk])).content.decode()
    assert "征求第三方意见 2026-10-12 → 2026-10-20 不计入" in page
    with travel("2026-10-21"):
        response = client.post(url("extend"), {"days": "5", "reason": "x"}, follow=True)
    assert "须经政府信息公开工作机构负责人（公开办）批准" in response.content.decode()
    with travel("2026-10-21"):
        response = client.post(url("reply"), {"outcome": "not_process"}, follow=True)
    assert "应当说明理由" in response.content.decode()
    with travel("2026-10-21"):
        client.post(url("reply"), {"outcome": "disclosed", "reasons": "", "legal_basis": ""})
    app_a.refresh_from_db()
    assert app_a.status == "processing"  # drafted, waiting for approval (答复审核)
    login(client, reviewer_a)
    with travel("2026-10-22"):
        client.post(url("reply_approve"), {})
    app_a.refresh_from_db()
    assert app_a.status == "replied" and app_a.replied_on == D("2026-10-22")


def test_transfer_keeps_history(client, app_a, editor_a, editor_b, dept_b):
    login(client, editor_a)
    with travel("2026-09-29"):
        response = client.post(
            reverse("foi:staff_action", args=[app_a.pk, "transfer"]),
            {"to_unit": dept_b.pk, "reason": "属教育局职责"},
        )
    assert response.status_code == 302 and response.url == reverse("foi:staff_list")
    app_a.refresh_from_db()
    assert app_a.unit == dept_b
    event = app_a.events.get(kind=ApplicationEvent.Kind.TRANSFER)
    assert "测试县民政局" in event.note and "测试县教育局" in event.note
    client.logout()
    login(client, editor_b)
    assert client.get(reverse("foi:staff_detail", args=[app_a.pk])).status_code == 200


def test_office_pages_and_repeat_suggestion(client, register, office, editor_a, settings):
    settings.GONGKAI_FOI_REPEAT_THRESHOLD = 3
    for _ in range(3):
        register("2026-09-28", doc_number="测政发〔2026〕1号")
    login(client, office)
    overview = client.get(reverse("foi:overview")).content.decode()
    assert "测试县民政局" in overview
    repeats = client.get(reverse("foi:repeats")).content.decode()
    assert "测政发〔2026〕1号" in repeats
    from gongkai.foi.plugs import todo_items

    with travel("2026-09-29"):
        titles = [i.title for i in todo_items(office)]
    assert any("建议转为主动公开" in t for t in titles)
    assert client.get(reverse("foi:templates")).status_code == 200
    edit = reverse("foi:template_edit", args=["reply:disclosed"])
    assert client.get(edit).status_code == 200
    response = client.post(edit, {"body": "新模板{delivery}"})
    assert response.status_code == 302
    client.logout()
    login(client, editor_a)
    assert client.get(edit).status_code == 403


def test_workspace_home_lists_applications(client, app_a, editor_a):
    login(client, editor_a)
    with travel("2026-09-29"):
        page = client.get("/workspace/").content.decode()
    assert app_a.tracking_number in page


def test_todo_and_overview_are_scoped_and_count_overdue(register, editor_a, editor_b, office):
    from gongkai.foi.plugs import todo_items
    from gongkai.foi.selectors import overview

    register("2026-09-28")
    with travel("2026-11-02"):  # due 2026-10-30: overdue
        assert todo_items(editor_b) == []
        assert [i.severity for i in todo_items(editor_a)] == ["danger"]
        assert len(todo_items(office)) == 1
        rows = overview(office)
        assert rows[0]["unit"].name == "测试县民政局" and rows[0]["overdue"] == 1
        assert overview(editor_b) == []


def test_every_button_of_the_page_has_an_action():
    from pathlib import Path

    from gongkai.foi.views import ACTIONS

    templates = Path(__file__).parents[1] / "templates/foi"
    page = "".join(
        (templates / name).read_text() for name in ("staff_detail.html", "reply_review_block.html")
    )
    buttons = set(re.findall(r"staff_action' app\.pk '([a-z_]+)'", page))
    assert buttons and buttons == set(ACTIONS)


def test_action_forms_and_lookups_report_in_chinese(client, app_a, editor_a):
    login(client, editor_a)
    url = lambda action: reverse("foi:staff_action", args=[app_a.pk, action])  # noqa: E731
    with travel("2026-10-12"):
        page = client.post(url("fee_assess"), {"method": "nonsense"}, follow=True)
        assert "操作未完成：请正确填写计费方式和页数" in page.content.decode()
        page = client.post(url("case_decide"), {"case": "999", "result": "pending"}, follow=True)
        assert "操作未完成：请选择案件结果" in page.content.decode()
        page = client.post(url("correction"), {"items": "x", "days": "七"}, follow=True)
        assert "操作未完成：补正期限应为整数" in page.content.decode()
        page = client.post(url("fee_assess"), {"method": "per_volume", "pages": "40"}, follow=True)
        assert "已核定信息处理费" in page.content.decode()
        assert client.post(url("nonsense")).status_code == 404
