"""Out-of-range numbers and dates, wrong content types and anonymous writes get 4xx answers."""

import datetime as dt
import json

import pytest
from django.test import Client
from django.utils import timezone

from gongkai.core.models import Unit

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


def _is_chinese_error(resp, status):
    assert resp.status_code == status, (resp.status_code, resp.content[:300])
    body = resp.json()
    assert set(body) == {"message", "errors"}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["message"]), body
    assert "Traceback" not in resp.content.decode()
    return body


@pytest.mark.parametrize("param", ["unit", "topic"])
def test_huge_query_ids_are_a_422(client, gov, param):
    body = _is_chinese_error(client.get(f"/api/v1/documents?{param}={HUGE}"), 422)
    assert body["errors"][0]["field"] == param
    assert "超出" in body["errors"][0]["message"]


def test_huge_path_id_is_a_422(client, gov):
    _is_chinese_error(client.get(f"/api/v1/documents/{HUGE}"), 422)


def test_huge_ids_in_a_json_body_are_a_422(client, editor_a, api_token):
    from gongkai.participation import services as svc

    c = svc.consultation_create(
        actor=editor_a,
        unit=editor_a.unit,
        title="《测试办法（征求意见稿）》征求意见",
        draft_text="第一条 测试。",
        explanation="起草说明。",
        how_to_comment="在网站提交意见。",
        starts_at=timezone.now() - dt.timedelta(days=1),
        ends_at=timezone.now() + dt.timedelta(days=30),
        publish=True,
    )
    resp = client.post(
        f"/api/v1/consultations/{c.pk}/feedback",
        data=json.dumps(
            {"outcome": "adopted", "opinion": "采纳", "comment_ids": [1, int(HUGE), 2**64]}
        ),
        content_type="application/json",
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    body = _is_chinese_error(resp, 422)
    assert [e["field"] for e in body["errors"]] == ["comment_ids.1", "comment_ids.2"]


@pytest.mark.parametrize("year", ["0233", "1899", "2200"])
def test_dates_outside_the_supported_years_are_a_422(client, editor_a, api_token, year):
    resp = client.post(
        "/api/v1/publishing/items",
        data=json.dumps({"title": "测试", "formed_on": f"{year}-06-01"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    body = _is_chinese_error(resp, 422)
    assert body["errors"][0]["field"] == "formed_on"


def test_a_huge_float_for_an_integer_is_refused(client, gov):
    body = {
        "unit": 1e20,
        "applicant_type": "citizen",
        "applicant_name": "张三",
        "description": "申请公开2025年低保名单",
        "form_wanted": "electronic",
        "delivery_route": "online",
    }
    resp = client.post("/api/v1/applications", json.dumps(body), content_type="application/json")
    assert resp.status_code in (400, 422), resp.content
    assert resp.status_code != 500


def test_anonymous_post_to_a_staff_endpoint_is_401_not_csrf(gov):
    client = Client(enforce_csrf_checks=True)
    resp = client.post(
        "/api/v1/publishing/items", json.dumps({"title": "x"}), content_type="application/json"
    )
    body = _is_chinese_error(resp, 401)
    assert "CSRF" not in body["message"]


def test_signed_in_session_still_needs_csrf(editor_a):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor_a)
    resp = client.post(
        "/api/v1/publishing/items", json.dumps({"title": "x"}), content_type="application/json"
    )
    assert resp.status_code == 403


def test_cross_origin_text_plain_post_is_refused(client, gov):
    unit = Unit.objects.get(pk=gov.pk)
    body = {
        "unit": unit.pk,
        "applicant_type": "citizen",
        "applicant_name": "张三",
        "description": "申请公开2025年低保名单",
        "form_wanted": "electronic",
        "delivery_route": "online",
    }
    resp = client.post(
        "/api/v1/applications", json.dumps(body), content_type="text/plain;charset=UTF-8"
    )
    _is_chinese_error(resp, 415)
    from gongkai.foi.models import Application

    assert not Application.objects.exists()


def test_upload_endpoint_takes_multipart_only(client, editor_a, api_token):
    resp = client.post(
        "/api/v1/privacy/scan-file",
        "file=abc",
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    _is_chinese_error(resp, 415)


def test_html_pages_answer_400_to_huge_ids(client, office):
    client.force_login(office)
    resp = client.post(
        "/workspace/reports/assessment/", {"action": "score", "set": HUGE, "year": "2025"}
    )
    assert resp.status_code in (302, 400, 404)


@pytest.mark.parametrize("year", ["0", "10000", "1e20", "99999999999999999999"])
def test_assessment_form_years_out_of_range_are_refused(client, office, year):
    from gongkai.reports import services

    iset = services.indicator_set_create(
        actor=office,
        name="考核",
        indicators=[{"name": "主动公开", "weight": "100", "method": "manual"}],
    )
    client.force_login(office)
    resp = client.post(
        "/workspace/reports/assessment/",
        {"action": "score", "set": str(iset.pk), "year": year},
        follow=True,
    )
    assert resp.status_code == 200
    assert "年度" in resp.content.decode()
    from gongkai.reports.models import AssessmentRound

    assert not AssessmentRound.objects.exists()


def test_an_unexpected_api_error_shows_no_traceback_even_with_debug(
    client, gov, settings, monkeypatch
):
    from gongkai.publishing import selectors

    def boom(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(selectors, "public_item_list", boom)
    settings.DEBUG = True
    resp = client.get("/api/v1/documents")
    body = _is_chinese_error(resp, 500)
    assert "secret internals" not in resp.content.decode() and "RuntimeError" not in body["message"]
