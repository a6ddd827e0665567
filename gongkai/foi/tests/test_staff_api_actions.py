"""Issue 14: the staff API write actions, in the OpenAPI schema."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.foi.tests.conftest import ID_NUMBER, payload, travel

LINE = f"低保对象李四，身份证号{ID_NUMBER}。发放标准每人每月600元。"


def _online(dept_a):
    from gongkai.foi.services import application_submit

    with travel("2026-09-28"):
        app, _code = application_submit(data=payload(dept_a, delivery_route="online"))
    return app


def test_actions_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for action in (
        "confirm",
        "correction",
        "consultation",
        "extension",
        "fee",
        "reply",
        "reply-review",
    ):
        assert f"/api/v1/foi/applications/{{pk}}/{action}" in paths
    reply = paths["/api/v1/foi/applications/{pk}/reply"]["post"]
    assert "multipart/form-data" in reply["requestBody"]["content"]


def test_confirm_correction_and_reply_with_a_kept_finding(
    client, dept_a, editor_a, reviewer_a, api_token
):
    app = _online(dept_a)
    auth = {"HTTP_AUTHORIZATION": api_token(editor_a)}
    base = f"/api/v1/foi/applications/{app.pk}"
    with travel("2026-09-29"):
        r = client.post(f"{base}/confirm", "{}", content_type="application/json", **auth)
        assert r.status_code == 200 and r.json()["status"] == "processing"
        r = client.post(
            f"{base}/extension", {"days": 5, "reason": "x"}, content_type="application/json", **auth
        )
        assert r.status_code == 403  # only the disclosure office extends
    with travel("2026-10-15"):
        r = client.post(
            f"{base}/reply",
            {
                "outcome": "disclosed",
                "note": "",
                "files": SimpleUploadedFile("a.txt", LINE.encode()),
            },
            **auth,
        )
        assert r.status_code == 400 and "尚未区分处理" in r.json()["message"]
        item = app.files.get()
        keep = [f"{item.pk}-{n}:申请人本人的信息" for n in range(len(item.findings))]
        r = client.post(f"{base}/reply", {"outcome": "disclosed", "keep": keep}, **auth)
    # the reply waits for approval (答复审核): nothing sent, the drafter cannot approve it
    assert r.status_code == 200, r.json()
    assert r.json()["status"] == "processing" and r.json()["letter"] is None
    review = {"decision": "approve"}
    with travel("2026-10-16"):
        r = client.post(f"{base}/reply-review", review, content_type="application/json", **auth)
        assert r.status_code == 403 and "没有审核权限" in r.json()["message"]
        r = client.post(
            f"{base}/reply-review",
            review,
            content_type="application/json",
            HTTP_AUTHORIZATION=api_token(reviewer_a),
        )
    assert r.status_code == 200, r.json()
    assert r.json()["status"] == "replied" and "依申复〔2026〕1号" in r.json()["letter"]
    app.refresh_from_db()
    assert app.replied_on == dt.date(2026, 10, 16)


def test_reply_partly_over_the_api_masks_the_file(client, dept_a, editor_a, api_token):
    """The file is masked when the draft is submitted, so the reviewer sees the copy."""
    app = _online(dept_a)
    auth = {"HTTP_AUTHORIZATION": api_token(editor_a)}
    base = f"/api/v1/foi/applications/{app.pk}"
    with travel("2026-09-29"):
        client.post(f"{base}/confirm", "{}", content_type="application/json", **auth)
    with travel("2026-10-15"):
        r = client.post(
            f"{base}/reply",
            {
                "outcome": "partly",
                "note": "涉及个人隐私部分不予公开",
                "files": SimpleUploadedFile("a.txt", LINE.encode()),
            },
            **auth,
        )
    assert r.status_code == 200, r.json()
    with app.files.get().masked.open("rb") as fh:
        assert ID_NUMBER not in fh.read().decode()
