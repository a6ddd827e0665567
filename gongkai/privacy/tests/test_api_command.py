"""POST /api/v1/privacy/scan for staff, and `gongkai privacy-scan PATH... [--json]`."""

import io
import json
from pathlib import Path

import docx
import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

URL = "/api/v1/privacy/scan"


def post(client, auth, body):
    return client.post(
        URL, data=json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=auth
    )


def test_staff_get_findings_in_the_agreed_shape(client, editor_a, api_token):
    r = post(client, api_token(editor_a), {"text": "申请人：张三，手机13812345678"})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 2 and body["blocking"] is True
    first = body["findings"][0]
    assert {"type", "start", "end", "text", "masked", "confidence"} <= set(first)
    assert first == {
        "type": "name",
        "start": 4,
        "end": 6,
        "text": "张三",
        "masked": "张*",
        "confidence": 0.9,
        "category": "personal",
        "blocking": True,
        "label": "姓名",
        "note": "",
    }
    assert body["masked"] == "申请人：张*，手机138****5678"


def test_html_format_and_type_filter(client, editor_a, api_token):
    r = post(
        client,
        api_token(editor_a),
        {
            "text": "<p>手机<b>13812345678</b> 申请人：张三</p>",
            "format": "html",
            "types": ["mobile"],
        },
    )
    assert r.status_code == 200
    assert [f["type"] for f in r.json()["findings"]] == ["mobile"]
    assert r.json()["masked"] == "<p>手机<b>138****5678</b> 申请人：张三</p>"


def test_bad_input_gets_a_chinese_message(client, editor_a, api_token):
    auth = api_token(editor_a)
    r = post(client, auth, {"text": ""})
    assert r.status_code == 422 and "text" in r.json()["message"]
    r = post(client, auth, {"text": "x", "types": ["passport_photo"]})
    assert r.status_code == 422 and "取值不在允许范围内" in r.json()["message"]
    r = client.post(URL, data="{not json", content_type="application/json", HTTP_AUTHORIZATION=auth)
    assert r.status_code in (400, 422) and r.json()["message"]


def test_only_staff(client):
    assert (
        client.post(
            URL, data=json.dumps({"text": "x"}), content_type="application/json"
        ).status_code
        == 401
    )


def test_file_upload(client, editor_a, api_token):
    d = docx.Document()
    d.add_paragraph("身份证号11010519491231002X")
    out = io.BytesIO()
    d.save(out)
    out.seek(0)
    out.name = "a.docx"
    r = client.post(URL + "-file", {"file": out}, HTTP_AUTHORIZATION=api_token(editor_a))
    assert r.status_code == 200
    assert [f["type"] for f in r.json()["findings"]] == ["id_card"]
    png = io.BytesIO(b"\x89PNG\r\n")
    png.name = "a.png"
    r = client.post(URL + "-file", {"file": png}, HTTP_AUTHORIZATION=api_token(editor_a))
    assert r.status_code == 400 and "无法读取" in r.json()["message"]


def test_command_scans_files_and_folders(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("申请人：张三\n手机13812345678\n", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("没有个人信息", encoding="utf-8")
    (tmp_path / "sub" / "c.png").write_bytes(b"\x89PNG")
    call_command("privacy_scan", str(tmp_path))
    out = capsys.readouterr().out
    assert "a.txt:1:5: 姓名 张*" in out
    assert "a.txt:2:3: 手机号码 138****5678" in out
    assert "共检查 2 个文件，发现 2 处" in out

    call_command("privacy_scan", str(tmp_path / "a.txt"), "--json")
    report = json.loads(capsys.readouterr().out)
    assert report[0]["findings"][1]["masked"] == "138****5678"
    assert report[0]["findings"][1]["line"] == 2


def test_command_missing_path():
    with pytest.raises(CommandError, match="找不到文件或文件夹"):
        call_command("privacy_scan", "/nonexistent/path")


def test_very_large_body_is_refused_cleanly(client, editor_a, api_token):
    auth = api_token(editor_a)
    body = json.dumps({"text": "公开" * 1_100_000}, ensure_ascii=False).encode()
    r = client.post(URL, data=body, content_type="application/json", HTTP_AUTHORIZATION=auth)
    assert r.status_code == 422 and "最多 2000000 个字符" in r.json()["message"]
    # beyond DATA_UPLOAD_MAX_MEMORY_SIZE the request is refused with the API's JSON error
    r = post(client, auth, {"text": "公开" * 1_500_000})
    assert r.status_code == 413 and "请求内容过大" in r.json()["message"]


def test_the_endpoint_is_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/privacy/scan" in paths and "/api/v1/privacy/scan-file" in paths


def test_command_writes_masked_copies(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text("申请人：张三\n手机13812345678\n", encoding="utf-8")
    (src / "clean.txt").write_text("没有个人信息", encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("身份证号11010519491231002X")
    d.save(src / "b.docx")
    out = tmp_path / "out"
    call_command("privacy_scan", str(src), "--mask-to", str(out), "--json")
    report = json.loads(capsys.readouterr().out)
    assert (out / "sub" / "a.txt").read_text(encoding="utf-8") == "申请人：张*\n手机138****5678\n"
    assert docx.Document(out / "b.docx").paragraphs[0].text == "身份证号110105********002X"
    assert not (out / "clean.txt").exists()  # nothing to mask, no copy
    assert (src / "sub" / "a.txt").read_text(encoding="utf-8").startswith("申请人：张三")
    assert {Path(e["masked_copy"]).name for e in report if e.get("masked_copy")} == {
        "a.txt",
        "b.docx",
    }
