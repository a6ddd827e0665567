"""12345 work orders: received, assigned by responsibility, answered within working
days, returned, reassigned, closed with satisfaction; each unit sees only its own."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import AuditEvent
from gongkai.core.plugs import todo_sources
from gongkai.response import services as svc

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(office, gov):
    received = timezone.make_aware(dt.datetime(2026, 11, 27, 16))
    with time_machine.travel(received, tick=False):
        return svc.order_receive(
            actor=office,
            owner=gov,
            number="12345-2026-0001",
            received_at=received,
            category="社会救助",
            content="咨询低保办理",
            caller="李某",
            phone="13800001111",
        )


def test_received_order_is_due_in_configured_working_days(order, settings):
    assert order.due == dt.date(2026, 12, 4)  # Fri + 5 working days
    assert "5 个工作日" in order.due_rule


def test_limit_days_setting(office, gov, settings):
    settings.GONGKAI_RESPONSE_HOTLINE_DAYS = 3
    o = svc.order_receive(
        actor=office,
        owner=gov,
        number="X-2",
        received_at=timezone.make_aware(dt.datetime(2026, 11, 27, 9)),
        category="其他",
        content="内容",
    )
    assert o.due == dt.date(2026, 12, 2)


def test_full_route_with_return_and_reassignment(order, office, editor_a, editor_b, dept_a, dept_b):
    svc.order_assign(actor=office, order_id=order.pk, unit=dept_b)
    returned = svc.order_return(actor=editor_b, order_id=order.pk, reason="不属于本单位职责")
    assert returned.status == "returned" and returned.unit is None
    svc.order_assign(actor=office, order_id=order.pk, unit=dept_b)
    moved = svc.order_reassign(actor=office, order_id=order.pk, unit=dept_a)
    assert moved.unit == dept_a and moved.due == dt.date(2026, 12, 4)  # the clock keeps running
    with pytest.raises(Http404):
        svc.order_answer(actor=editor_b, order_id=order.pk, answer="不再是我们的")
    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 12, 7, 10)), tick=False):
        answered = svc.order_answer(actor=editor_a, order_id=order.pk, answer="已答复")
    assert answered.answered_late
    with pytest.raises(ValidationError, match="满意度"):
        svc.order_close(actor=office, order_id=order.pk, satisfaction="")
    closed = svc.order_close(actor=office, order_id=order.pk, satisfaction="basic")
    assert closed.status == "closed"
    with pytest.raises(ValidationError, match="已办结"):
        svc.order_reassign(actor=office, order_id=order.pk, unit=dept_b)
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"response.order_receive", "response.order_return", "response.order_close"} <= actions


def test_assigned_unit_cannot_route_or_close(order, office, editor_a, dept_a, dept_b):
    svc.order_assign(actor=office, order_id=order.pk, unit=dept_a)
    with pytest.raises(ValidationError, match="只有受理单位"):
        svc.order_reassign(actor=editor_a, order_id=order.pk, unit=dept_a)


def test_each_unit_sees_only_its_orders(
    order, office, editor_a, editor_b, dept_a, client, api_token
):
    svc.order_assign(actor=office, order_id=order.pk, unit=dept_a)
    url = reverse("response:ws_order", args=[order.pk])
    client.force_login(editor_b)
    assert client.get(url).status_code == 404
    client.force_login(editor_a)
    page = client.get(url)
    assert page.status_code == 200 and "咨询低保办理" in page.content.decode()
    client.logout()
    assert (
        client.get(
            f"/api/v1/response/orders/{order.pk}", headers={"Authorization": api_token(editor_b)}
        ).status_code
        == 404
    )
    listed = client.get(
        "/api/v1/response/orders", headers={"Authorization": api_token(editor_a)}
    ).json()
    assert [o["number"] for o in listed] == ["12345-2026-0001"]


def test_order_on_the_todo_list_until_answered(order, office, editor_a, dept_a):
    todo = todo_sources()["response"]
    assert any(i.title == "转办12345工单 12345-2026-0001" for i in todo(office))
    svc.order_assign(actor=office, order_id=order.pk, unit=dept_a)
    (item,) = [i for i in todo(editor_a) if i.kind == "热线工单"]
    assert item.due == dt.date(2026, 12, 4)
    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 12, 5, 9)), tick=False):
        (item,) = [i for i in todo(editor_a) if i.kind == "热线工单"]
        assert item.overdue
    svc.order_answer(actor=editor_a, order_id=order.pk, answer="已办")
    assert not [i for i in todo(editor_a) if i.kind == "热线工单"]


def test_duplicate_number_refused(order, office, gov):
    with pytest.raises(ValidationError, match="已存在"):
        svc.order_receive(
            actor=office,
            owner=gov,
            number=order.number,
            received_at=timezone.now(),
            category="其他",
            content="x",
        )


CSV_HEADER = "工单编号,受理时间,诉求内容,诉求类别,承办单位,办理时限\n"


def test_import_reports_bad_rows_by_line_and_imports_nothing(office, gov, dept_a):
    from gongkai.response.models import WorkOrder

    data = (
        CSV_HEADER
        + "A-1,2026-11-27 09:30,路灯不亮,城市管理,测试县民政局,5个工作日\n"
        + "A-2,昨天,噪音,城市管理,,3\n"
        + "A-1,2026-11-27 10:00,重复,其他,,\n"
        + "A-4,2026-11-27 11:00,咨询,社会救助,不存在局,5\n"
    ).encode()
    with pytest.raises(ValidationError) as err:
        svc.orders_import(actor=office, owner=gov, data=data, filename="orders.csv")
    msgs = err.value.messages
    assert msgs[0].startswith("第3行：受理时间格式")
    assert any(m.startswith("第4行：工单编号与第2行重复") for m in msgs)
    assert any(m == "第5行：找不到承办单位“不存在局”" for m in msgs)
    assert WorkOrder.objects.count() == 0


def test_import_good_file_assigns_and_sets_limits(office, gov, dept_a):
    data = (
        CSV_HEADER
        + "B-1,2026-11-27 09:30,路灯不亮,城市管理,测试县民政局,3个工作日\n"
        + "B-2,2026-11-27 10:00,咨询,社会救助,,\n"
    ).encode("gb18030")
    made = svc.orders_import(actor=office, owner=gov, data=data, filename="orders.csv")
    assert [(o.number, o.status, o.due) for o in made] == [
        ("B-1", "assigned", dt.date(2026, 12, 2)),
        ("B-2", "received", dt.date(2026, 12, 4)),
    ]
    assert made[0].unit == dept_a


def test_import_xlsx_through_the_page(office, gov, dept_a, client):
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["工单编号", "受理时间", "诉求内容", "诉求类别", "承办单位"])
    ws.append(["C-1", dt.datetime(2026, 11, 27, 9, 30), "路灯不亮", "城市管理", "测试县民政局"])
    buf = io.BytesIO()
    wb.save(buf)
    upload = io.BytesIO(buf.getvalue())
    upload.name = "orders.xlsx"
    client.force_login(office)
    resp = client.post("/workspace/response/orders/", {"form": "import", "file": upload})
    assert resp.status_code == 302
    bad = io.BytesIO("工单编号,内容\nX,Y\n".encode())
    bad.name = "bad.csv"
    page = client.post("/workspace/response/orders/", {"form": "import", "file": bad})
    assert "第1行：缺少列" in page.content.decode()


def test_frequent_topics_are_suggested_for_a_qa_entry(office, gov, client):
    now = timezone.now()
    for n in range(3):
        svc.order_receive(
            actor=office,
            owner=gov,
            number=f"F-{n}",
            received_at=now,
            category="供暖",
            content="不热",
        )
    svc.order_receive(
        actor=office, owner=gov, number="F-9", received_at=now, category="噪音", content="吵"
    )
    from gongkai.response.selectors import frequent_topics

    assert frequent_topics(office) == [{"category": "供暖", "count": 3}]
    client.force_login(office)
    page = client.get("/workspace/response/orders/").content.decode()
    assert "近90天高频诉求" in page and "供暖：3 件" in page
