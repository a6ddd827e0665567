"""The API skeleton: deadline endpoint, JSON errors, token auth, OpenAPI."""

import pytest

pytestmark = pytest.mark.django_db
URL = "/api/v1/calendar/deadline"


def test_deadline_endpoint(client):
    r = client.get(URL, {"start": "2026-09-28", "working_days": 20})
    assert r.status_code == 200
    assert r.json() == {
        "start": "2026-09-28",
        "working_days": 20,
        "due": "2026-10-30",
        "provisional": False,
    }


def test_deadline_endpoint_marks_provisional_years(client):
    r = client.get(URL, {"start": "2026-12-20", "working_days": 20})
    assert r.json()["provisional"] is True


@pytest.mark.parametrize(
    "params, field",
    [
        ({"working_days": 20}, "start"),
        ({"start": "2026-09-28"}, "working_days"),
        ({"start": "2026-13-45", "working_days": 20}, "start"),
        ({"start": "明天", "working_days": 20}, "start"),
        ({"start": "2026-09-28", "working_days": -1}, "working_days"),
        ({"start": "2026-09-28", "working_days": 10**9}, "working_days"),
        ({"start": "2026-09-28", "working_days": "二十"}, "working_days"),
    ],
)
def test_deadline_bad_input_gets_a_message_per_field(client, params, field):
    r = client.get(URL, params)
    assert r.status_code == 422
    body = r.json()
    assert body["message"]
    assert field in [e["field"] for e in body["errors"]]
    assert all(e["message"] for e in body["errors"])


def test_deadline_date_overflow_is_a_400_not_a_500(client):
    r = client.get(URL, {"start": "9999-12-30", "working_days": 5})
    assert r.status_code in (400, 422)  # a range check answers 422 before the service
    assert r.json()["message"]


def test_openapi_schema(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200
    assert "/api/v1/calendar/deadline" in r.json()["paths"]


def test_token_authentication(client, editor_a, api_token):
    assert client.get("/api/v1/me").status_code == 401
    r = client.get("/api/v1/me", HTTP_AUTHORIZATION=api_token(editor_a))
    assert r.status_code == 200
    assert r.json()["username"] == "editor_a"
    bad = client.get("/api/v1/me", HTTP_AUTHORIZATION="Bearer gk_not-a-token")
    assert bad.status_code == 401
    assert bad.json()["message"]


def test_token_create_command(editor_a, capsys, client):
    from django.core.management import call_command

    call_command("token_create", "editor_a")
    key = capsys.readouterr().out.strip()
    assert key.startswith("gk_")
    assert client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200


def test_revoked_token_is_refused(client, editor_a, api_token):
    from gongkai.core.models import ApiToken

    header = api_token(editor_a)
    ApiToken.objects.update(revoked=True)
    assert client.get("/api/v1/me", HTTP_AUTHORIZATION=header).status_code == 401


def test_malformed_json_body_gets_a_chinese_message(client):
    r = client.post("/api/v1/privacy/scan", data=b"{not json", content_type="application/json")
    # unauthenticated requests are refused first; what matters is no English/500
    assert r.status_code in (400, 401)
    r = client.post("/api/v1/messages", data=b"{not json", content_type="application/json")
    assert r.status_code == 400
    assert r.json()["message"] == "请求体不是有效的 JSON，无法解析"
