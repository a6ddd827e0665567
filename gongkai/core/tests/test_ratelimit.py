"""Rate limits on every public door, upload quotas, and login throttling per real client."""

import json

import pytest
from django.test import Client

from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import payload

pytestmark = pytest.mark.django_db


def _client(address="203.0.113.7", **extra):
    return Client(REMOTE_ADDR=address, **extra)


def _submit(client, unit):
    return client.post(
        "/api/v1/applications", json.dumps(payload(unit)), content_type="application/json"
    )


def _chinese_429(resp):
    assert resp.status_code == 429, (resp.status_code, resp.content[:200])
    assert int(resp["Retry-After"]) > 0
    text = resp.json()["message"] if resp["Content-Type"].startswith("application/json") else ""
    text = text or resp.content.decode()
    assert "频繁" in text or "过多" in text or "上限" in text
    return text


def test_applications_from_one_address_are_limited(dept_a):
    attacker, neighbour = _client("203.0.113.7"), _client("198.51.100.9")
    codes = [_submit(attacker, dept_a).status_code for _ in range(12)]
    assert codes[:10] == [201] * 10 and codes[10:] == [429, 429]
    _chinese_429(_submit(attacker, dept_a))
    assert Application.objects.count() == 10
    assert _submit(neighbour, dept_a).status_code == 201


def test_the_form_page_shares_the_limit_and_answers_in_chinese(dept_a):
    attacker = _client()
    for _ in range(10):
        assert _submit(attacker, dept_a).status_code == 201
    resp = attacker.post("/ysqgk/", {"applicant_name": "张三"})
    text = _chinese_429(resp)
    assert "申请" in text


def test_a_global_limit_holds_against_many_addresses(dept_a, settings):
    settings.GONGKAI_RATE_LIMITS = {"applications": {"everyone": (5, 3600)}}
    codes = [_submit(_client(f"203.0.113.{i}"), dept_a).status_code for i in range(1, 8)]
    assert codes == [201] * 5 + [429, 429]


def test_real_address_behind_the_proxy_is_what_counts(dept_a, settings):
    settings.GONGKAI_TRUSTED_PROXY_HOPS = 1
    settings.GONGKAI_RATE_LIMITS = {"applications": {"address": (2, 3600)}}
    proxy = "10.0.0.1"
    a = _client(proxy, HTTP_X_FORWARDED_FOR="203.0.113.7")
    b = _client(proxy, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert [_submit(a, dept_a).status_code for _ in range(3)] == [201, 201, 429]
    assert _submit(b, dept_a).status_code == 201
    # a forged left-hand entry does not give a fresh address
    a2 = _client(proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7")
    assert _submit(a2, dept_a).status_code == 429


def test_code_checks_are_limited_and_the_code_goes_in_the_body(dept_a):
    c = _client()
    submitted = _submit(c, dept_a).json()
    body = {"tracking_number": submitted["tracking_number"], "code": "WRONGCODE"}
    codes = [
        c.post(
            "/api/v1/applications/track", json.dumps(body), content_type="application/json"
        ).status_code
        for _ in range(20)
    ]
    assert codes == [404] * 20
    right = {"tracking_number": submitted["tracking_number"], "code": submitted["access_code"]}
    _chinese_429(
        c.post("/api/v1/applications/track", json.dumps(right), content_type="application/json")
    )
    # the page and the mailbox lookup count against the same budget
    _chinese_429(c.post("/ysqgk/track/", {"tracking_number": "X", "code": "Y"}))
    _chinese_429(c.post("/hudong/xinxiang/track/", {"tracking_number": "X", "code": "Y"}))
    other = _client("198.51.100.9")
    ok = other.post(
        "/api/v1/applications/track", json.dumps(right), content_type="application/json"
    )
    assert ok.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/ysqgk/",
        "/api/v1/applications",
        "/hudong/xinxiang/write/",
        "/api/v1/messages",
        "/hudong/xinxiang/track/1/rate/",
        "/hudong/xinxiang/track/1/reopen/",
        "/hudong/zhengji/1/",
        "/api/v1/consultations/1/comments",
        "/hudong/diaocha/1/",
        "/api/v1/surveys/1/responses",
        "/ysqgk/track/",
        "/hudong/xinxiang/track/",
        "/api/v1/applications/track",
        "/api/v1/messages/track",
    ],
)
def test_every_public_write_has_a_limit(gov, settings, path):
    settings.GONGKAI_RATE_LIMITS = {
        name: {"address": (2, 3600)}
        for name in (
            "applications",
            "code_checks",
            "messages",
            "message_followups",
            "comments",
            "survey_answers",
        )
    }
    c = _client()
    for _ in range(2):
        assert c.post(path, {}).status_code != 429
    _chinese_429(c.post(path, {}))


def test_upload_size_and_daily_quota_per_address(dept_a, settings):
    settings.GONGKAI_UPLOAD_MAX_BYTES = 2 * 1024 * 1024
    settings.GONGKAI_UPLOAD_QUOTA_BYTES = 3 * 1024 * 1024
    c = _client()
    big = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024 + 10)
    from django.core.files.uploadedfile import SimpleUploadedFile

    resp = c.post("/ysqgk/", {"id_scan": SimpleUploadedFile("id.pdf", big)})
    assert resp.status_code == 413 and "MB" in resp.content.decode()
    chunk = b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 100 * 1024)
    for _ in range(2):
        assert (
            c.post("/ysqgk/", {"id_scan": SimpleUploadedFile("id.pdf", chunk)}).status_code != 429
        )
    text = _chinese_429(c.post("/ysqgk/", {"id_scan": SimpleUploadedFile("id.pdf", chunk)}))
    assert "上传总量" in text
    other = _client("198.51.100.9")
    assert (
        other.post("/ysqgk/", {"id_scan": SimpleUploadedFile("id.pdf", chunk)}).status_code != 429
    )


def _login(client, username, password):
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_login_is_throttled_per_username_across_addresses(office):
    from conftest import PASSWORD

    for i in range(5):
        _login(_client(f"203.0.113.{i + 1}"), office.username, "wrong-password")
    fresh = _client("198.51.100.50")
    resp = _login(fresh, office.username, PASSWORD)
    assert resp.status_code != 302 and "锁定" in resp.content.decode()
    assert "_auth_user_id" not in fresh.session


def test_login_throttle_uses_the_real_address_behind_the_proxy(office, editor_a, settings):
    from conftest import PASSWORD

    settings.GONGKAI_TRUSTED_PROXY_HOPS = 1
    attacker = _client("10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.66")
    for name in ("nobody1", "nobody2", "nobody3", "nobody4", "nobody5"):
        _login(attacker, name, "wrong-password")
    # the attacker's address is locked, even for a right password of another person...
    assert _login(attacker, editor_a.username, PASSWORD).status_code != 302
    # ...but a colleague behind the same proxy logs in
    colleague = _client("10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.20")
    resp = _login(colleague, office.username, PASSWORD)
    assert resp.status_code == 302 and resp["Location"] == "/workspace/"


def test_a_window_boundary_does_not_reset_the_count(dept_a, settings):
    import time_machine

    settings.GONGKAI_RATE_LIMITS = {"applications": {"address": (3, 3600)}}
    c = _client()
    with time_machine.travel(1_800_000_000 - 5, tick=False) as traveller:  # 5 s before the hour
        assert [_submit(c, dept_a).status_code for _ in range(3)] == [201] * 3
        traveller.shift(10)  # into the next fixed window
        _chinese_429(_submit(c, dept_a))
