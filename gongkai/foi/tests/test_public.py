"""The public form, confirmation and tracking pages, and the public API (RULES §5)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import ID_NUMBER, payload, travel

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00"
    b"\x00IEND\xaeB`\x82"
)


def form_data(unit, **over):
    data = payload(unit, **over)
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.django_db
def test_form_renders(client, dept_a):
    response = client.get("/ysqgk/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "政府信息公开申请" in text and dept_a.name in text


@pytest.mark.django_db
def test_apply_then_confirmation_then_tracking(client, dept_a):
    response = client.post("/ysqgk/", form_data(dept_a))
    assert response.status_code == 302 and response.url == reverse("foi:done")
    done = client.get(response.url).content.decode()
    app = Application.objects.get()
    assert app.tracking_number in done
    code = done.split('id="access-code">')[1].split("<")[0]
    assert app.channel == "online" and app.status == Application.Status.SUBMITTED
    other = type(client)()
    page = other.post("/ysqgk/track/", {"tracking_number": app.tracking_number, "code": code})
    text = page.content.decode()
    assert "待确认收到" in text and "提交申请" in text
    wrong = other.post("/ysqgk/track/", {"tracking_number": app.tracking_number, "code": "X"})
    assert "申请编号或查询码不正确" in wrong.content.decode()


@pytest.mark.django_db
def test_validation_messages_in_chinese_next_to_each_field(client, dept_a):
    bad = form_data(
        dept_a,
        applicant_name="",
        id_number="110105194912310021",  # wrong check digit
        email="not-an-email",
        description="",
        form_wanted="",
    )
    response = client.post("/ysqgk/", bad)
    assert response.status_code == 200
    text = response.content.decode()
    for field, message in [
        ("applicant_name", "请填写姓名或名称"),
        ("id_number", "校验位不正确"),
        ("email", "电子邮箱格式不正确"),
        ("description", "请描述所需政府信息"),
        ("form_wanted", "请选择获取信息的方式"),
    ]:
        block = text.split(f'id="field-{field}"')[1].split('<div class="field')[0]
        assert message in block, field
    assert Application.objects.count() == 0


@pytest.mark.django_db
def test_id_scan_is_checked_by_content(client, dept_a):
    fake = SimpleUploadedFile("id.png", b"MZ\x90\x00 this is not an image", "image/png")
    response = client.post("/ysqgk/", {**form_data(dept_a, id_number=""), "id_scan": fake})
    block = response.content.decode().split('id="field-id_scan"')[1].split('<div class="field')[0]
    assert "仅接受 JPG、PNG 或 PDF" in block
    big = SimpleUploadedFile("id.png", PNG + b"\x00" * (5 * 1024 * 1024), "image/png")
    response = client.post("/ysqgk/", {**form_data(dept_a, id_number=""), "id_scan": big})
    assert "不能超过 5 MB" in response.content.decode()
    good = SimpleUploadedFile("scan.dat", PNG, "application/octet-stream")
    response = client.post("/ysqgk/", {**form_data(dept_a, id_number=""), "id_scan": good})
    assert response.status_code == 302
    app = Application.objects.get()
    assert app.id_scan.name.endswith(".png")


@pytest.mark.django_db
def test_api_submit_and_track(client, dept_a):
    body = payload(dept_a)
    response = client.post("/api/v1/applications", body, content_type="application/json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "submitted" and data["tracking_number"].startswith("YSQ")
    url = "/api/v1/applications/track"
    number = data["tracking_number"]

    def track(body):
        return client.post(url, json.dumps(body), content_type="application/json")

    tracked = track({"tracking_number": number, "code": data["access_code"]})
    assert tracked.status_code == 200
    assert tracked.json()["events"][0]["kind"] == "submitted"
    assert track({"tracking_number": number, "code": "WRONG"}).status_code == 404
    assert track({"tracking_number": number}).status_code == 422
    # the code never travels in a URL: the old GET form is gone
    assert client.get(f"/api/v1/applications/{number}", {"code": "X"}).status_code in (404, 405)


@pytest.mark.django_db
def test_api_validation_errors_are_chinese_and_per_field(client, dept_a):
    body = payload(dept_a, id_number="11010519491231002Y", phone="", email="", address="")
    response = client.post("/api/v1/applications", body, content_type="application/json")
    assert response.status_code == 400
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert "身份证号码" in errors["id_number"]
    assert "联系方式" in errors["phone"]


@pytest.mark.django_db
def test_api_is_csrf_exempt(dept_a):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/api/v1/applications", payload(dept_a), content_type="application/json")
    assert response.status_code == 201


@pytest.mark.django_db
def test_citizen_sees_correction_request_on_tracking_page(client, dept_a, editor_a):
    from gongkai.foi.services import application_confirm, application_submit, correction_request

    with travel("2026-09-28"):
        app, code = application_submit(data=payload(dept_a))
        application_confirm(actor=editor_a, application=app)
        correction_request(actor=editor_a, application=app, items="请写明年份", days=10)
    page = client.post("/ysqgk/track/", {"tracking_number": app.tracking_number, "code": code})
    text = page.content.decode()
    assert "待申请人补正" in text and "告知补正" in text and "补正告知书" in text
    letter = app.letters.get()
    pdf = client.get(reverse("foi:public_letter", args=[letter.pk, "pdf"]))
    assert pdf.status_code == 200 and b"%PDF" in b"".join(pdf.streaming_content)[:10]
    # another browser without the code cannot fetch the letter
    assert (
        type(client)().get(reverse("foi:public_letter", args=[letter.pk, "pdf"])).status_code == 404
    )


def test_id_check_digits():
    from gongkai.foi.ids import id_card_error, uscc_error

    assert id_card_error(ID_NUMBER) is None
    assert id_card_error(ID_NUMBER.lower()) is None
    assert "校验位" in id_card_error("110105194912310021")
    assert "出生日期" in id_card_error("110105194902300021")
    assert "18位" in id_card_error("12345")
    assert uscc_error("91350100M000100Y43") is None
    assert "校验位" in uscc_error("91350100M000100Y44")


@pytest.mark.django_db
def test_portal_home_links_to_the_form(client):
    text = client.get("/").content.decode()
    assert "依申请公开" in text and "/ysqgk/track/" in text


@pytest.mark.django_db
def test_stored_files_have_unguessable_names(client, dept_a):
    good = SimpleUploadedFile("scan.png", PNG, "image/png")
    client.post("/ysqgk/", {**form_data(dept_a, id_number=""), "id_scan": good})
    app = Application.objects.get()
    stem = app.id_scan.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    assert stem.startswith(app.tracking_number + "-") and len(stem) >= len(app.tracking_number) + 24


@pytest.mark.django_db
def test_openapi_lists_the_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/applications" in paths
    assert "/api/v1/applications/track" in paths
    assert "/api/v1/foi/applications/{pk}" in paths
