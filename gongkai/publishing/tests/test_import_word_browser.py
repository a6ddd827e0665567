"""Browser journey: an editor uploads a .docx on a phone-sized screen and gets a draft."""

import pytest

from gongkai.publishing.models import InformationItem
from gongkai.publishing.tests.test_import_word import official_docx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_uploads_docx_on_a_phone(page, live_server, login, editor_a, tmp_path):
    path = tmp_path / "低保通知.docx"
    path.write_bytes(official_docx())
    login(page, editor_a)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/workspace/publishing/")
    page.click("text=从文档导入")
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_input_files("#id_file", str(path))
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#item-status")
    item = InformationItem.objects.get()
    assert item.doc_number == "示民发〔2026〕12号"
    text = page.inner_text("body")
    assert "已从文档导入" in text and "附件说明列有" in text
    assert "11010519491231002X" in page.inner_text("#findings")  # scanned like a typed draft
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
