"""Staff act only inside their unit: dept_b gets 404 for dept_a's objects (pages and API)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from gongkai.participation import services as svc
from gongkai.participation.models import Comment, Feedback
from gongkai.participation.tests.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def objects_a(make_consultation, message_a, survey_a):
    c = make_consultation()
    comment = svc.comment_submit(consultation=c, text="一条意见")
    return {"consultation": c, "comment": comment, "message": message_a, "survey": survey_a}


def _pages(o):
    return [
        f"/workspace/participation/consultations/{o['consultation'].pk}/",
        f"/workspace/participation/messages/{o['message'].pk}/",
        f"/workspace/participation/surveys/{o['survey'].pk}/",
        f"/workspace/participation/surveys/{o['survey'].pk}/export.csv",
        f"/workspace/participation/surveys/{o['survey'].pk}/export.xlsx",
    ]


@pytest.mark.parametrize("who", ["editor_b", "reviewer_b"])
def test_other_department_gets_404_on_pages(objects_a, client, request, who):
    client.force_login(request.getfixturevalue(who))
    for url in _pages(objects_a):
        assert client.get(url).status_code == 404, url
    c = objects_a["consultation"]
    r = client.post(
        f"/workspace/participation/consultations/{c.pk}/",
        {"form": "moderate", "comment": objects_a["comment"].pk, "action": "approve"},
    )
    assert r.status_code == 404
    r = client.post(
        f"/workspace/participation/messages/{objects_a['message'].pk}/",
        {"form": "answer", "answer": "越权答复"},
    )
    assert r.status_code == 404
    objects_a["comment"].refresh_from_db()
    assert objects_a["comment"].status == Comment.Status.PENDING
    # lists do not show them either
    assert "一条意见" not in client.get("/workspace/participation/consultations/").content.decode()
    assert (
        objects_a["message"].subject
        not in client.get("/workspace/participation/messages/").content.decode()
    )


@pytest.mark.parametrize("who", ["editor_a", "office"])
def test_own_unit_and_office_see_them(objects_a, client, request, who):
    client.force_login(request.getfixturevalue(who))
    for url in _pages(objects_a):
        assert client.get(url).status_code == 200, url


def test_other_department_gets_404_on_api(objects_a, client, editor_b, api_token):
    auth = {"HTTP_AUTHORIZATION": api_token(editor_b)}
    c = objects_a["consultation"]
    assert client.get(f"/api/v1/consultations/{c.pk}/queue", **auth).status_code == 404
    r = client.post(
        f"/api/v1/consultations/{c.pk}/comments/{objects_a['comment'].pk}/moderate",
        {"approve": True},
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 404 and r.json()["message"]
    r = client.post(
        f"/api/v1/consultations/{c.pk}/feedback",
        {"outcome": "adopted", "opinion": "x"},
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 404
    assert client.get("/api/v1/messages/stale", **auth).json() == []


def test_staff_api_requires_token(objects_a, client):
    c = objects_a["consultation"]
    r = client.get(f"/api/v1/consultations/{c.pk}/queue")
    assert r.status_code == 401 and "认证" in r.json()["message"]


def test_staff_api_moderation_and_feedback(make_consultation, editor_a, client, api_token):
    auth = {"HTTP_AUTHORIZATION": api_token(editor_a)}
    start = at(2026, 8, 1, 9)
    with time_machine.travel(start, tick=False):
        c = make_consultation(starts_at=start, ends_at=start + dt.timedelta(days=30))
        comment = svc.comment_submit(consultation=c, text="建议公开进度")
    with time_machine.travel(at(2026, 9, 28, 10), tick=False):
        queue = client.get(f"/api/v1/consultations/{c.pk}/queue", **auth).json()
        assert [q["id"] for q in queue] == [comment.pk]
        r = client.post(
            f"/api/v1/consultations/{c.pk}/comments/{comment.pk}/moderate",
            {"approve": False},
            content_type="application/json",
            **auth,
        )
        assert r.status_code == 400 and "不通过须填写理由" in r.json()["message"]
        r = client.post(
            f"/api/v1/consultations/{c.pk}/comments/{comment.pk}/moderate",
            {"approve": True},
            content_type="application/json",
            **auth,
        )
        assert r.status_code == 200 and r.json()["status"] == "approved"
        r = client.post(
            f"/api/v1/consultations/{c.pk}/feedback",
            {"outcome": "not_adopted", "comment_ids": [comment.pk]},
            content_type="application/json",
            **auth,
        )
        assert r.status_code == 400
        assert r.json()["errors"][0] == {
            "field": "reason",
            "message": r.json()["errors"][0]["message"],
        }
        assert "须说明理由" in r.json()["message"]
        r = client.post(
            f"/api/v1/consultations/{c.pk}/feedback",
            {"outcome": "not_adopted", "comment_ids": [comment.pk], "reason": "已有规定"},
            content_type="application/json",
            **auth,
        )
        assert r.status_code == 201
        r = client.post(
            f"/api/v1/consultations/{c.pk}/decision",
            {"published_on": "2026-09-28", "url": "/xxgk/1/", "title": "决定"},
            content_type="application/json",
            **auth,
        )
        assert r.status_code == 200 and r.json()["feedback_due"] == "2026-10-16"
    assert Feedback.objects.count() == 1
