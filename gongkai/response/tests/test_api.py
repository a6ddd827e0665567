"""Staff API for hotline orders: routing through the API stays in the caller's scope."""

import datetime as dt

import pytest
from django.utils import timezone

from gongkai.response import services as svc

pytestmark = pytest.mark.django_db


def test_assign_then_reassign_through_the_api(
    client, office, editor_a, gov, dept_a, dept_b, api_token
):
    order = svc.order_receive(
        actor=office,
        owner=gov,
        number="API-1",
        received_at=timezone.now() - dt.timedelta(hours=1),
        category="其他",
        content="内容",
    )
    auth = {"Authorization": api_token(office)}
    url = f"/api/v1/response/orders/{order.pk}/assign"
    first = client.post(url, {"unit_id": dept_a.pk}, content_type="application/json", headers=auth)
    assert first.status_code == 200 and first.json()["status"] == "assigned"
    second = client.post(url, {"unit_id": dept_b.pk}, content_type="application/json", headers=auth)
    assert second.json()["unit_id"] == dept_b.pk
    # the first unit no longer sees it; it cannot route it either
    denied = client.post(
        url,
        {"unit_id": dept_a.pk},
        content_type="application/json",
        headers={"Authorization": api_token(editor_a)},
    )
    assert denied.status_code == 404
    same = client.post(url, {"unit_id": dept_b.pk}, content_type="application/json", headers=auth)
    assert same.status_code == 400 and "相同" in same.json()["message"]


def test_staff_endpoints_need_a_token(client):
    assert client.get("/api/v1/response/incidents").status_code == 401
    assert client.get("/api/v1/response/orders").status_code == 401
