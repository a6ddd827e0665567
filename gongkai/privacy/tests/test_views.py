"""The staff tool page /workspace/privacy/: check a text or an attachment."""

import io

import docx
import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
URL = "/workspace/privacy/"


@pytest.fixture
def staff_client(client, editor_a):
    client.force_login(editor_a)
    return client


def make_docx() -> io.BytesIO:
    d = docx.Document()
    d.add_paragraph("申请人：张三，身份证号11010519491231002X")
    out = io.BytesIO()
    d.save(out)
    out.seek(0)
    out.name = "答复书.docx"
    return out


def test_url_and_menu_entry(staff_client):
    assert reverse("privacy:check") == URL
    page = staff_client.get(URL)
    assert page.status_code == 200
    assert "发布前检查" in page.content.decode()


def test_only_staff(client):
    assert client.get(URL).status_code == 302


def test_text_is_checked_and_shown_masked(staff_client):
    page = staff_client.post(
        URL, {"text": "申请人：张三，手机13812345678\n机密★1年", "action": "check"}
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert "共发现 3 处" in html and "须处理 <strong>3</strong> 处" in html
    assert "138****5678" in html and "申请人：张*，手机138****5678" in html
    assert "涉密或不予公开，不得发布" in html


def test_clean_text_and_empty_form(staff_client):
    assert (
        "未发现个人信息、涉密标识或错敏词"
        in staff_client.post(URL, {"text": "没有个人信息"}).content.decode()
    )
    page = staff_client.post(URL, {"text": ""})
    assert page.status_code == 200 and "请粘贴文字或上传一个附件" in page.content.decode()


def test_attachment_check_and_masked_download(staff_client):
    html = staff_client.post(URL, {"file": make_docx(), "action": "check"}).content.decode()
    assert "答复书.docx" in html and "110105********002X" in html
    assert "11010519491231002X" not in html  # the raw number is never echoed
    response = staff_client.post(URL, {"file": make_docx(), "action": "download"})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    copy = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    assert copy.paragraphs[0].text == "申请人：张*，身份证号110105********002X"


def test_unreadable_attachment(staff_client):
    png = io.BytesIO(b"\x89PNG\r\n")
    png.name = "scan.png"
    page = staff_client.post(URL, {"file": png, "action": "check"})
    assert page.status_code == 400 and "无法读取该文件的文字" in page.content.decode()
    png.seek(0)
    page = staff_client.post(URL, {"file": png, "action": "download"})
    assert page.status_code == 400 and "无法为此文件生成脱敏副本" in page.content.decode()
