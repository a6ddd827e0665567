"""The privacy check page in real headless Chromium on a phone."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_checks_a_reply_on_a_phone(page, live_server, login, editor_a):
    login(page, editor_a)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/workspace/privacy/")
    page.fill(
        "#id_text",
        "申请人：张三，身份证号11010519491231002X，住址：四川省泸州市江阳区滨江路二段18号3栋2单元501室，"
        "银行卡号6222021234567890128",
    )
    page.click("button[value=check]")
    body = page.inner_text("main") if page.query_selector("main") else page.inner_text("body")
    assert "110105********002X" in body
    assert "***************0128" in body
    assert "须处理" in body
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_office_edits_the_wording_lists_on_a_phone(page, live_server, login, office):
    login(page, office)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/workspace/privacy/expressions/?kind=sensitive")
    assert "台湾地区领导人" in page.inner_text("body")
    page.fill("#id_term", "某某错词")
    page.select_option("#id_kind", "sensitive")
    page.fill("#id_correction", "某某正词")
    page.fill("#id_source", "公开办通知")
    page.fill("#id_source_date", "2024-06-01")
    page.click("#expression-form + form button[type=submit]")
    body = page.inner_text("body")
    assert "已保存" in body and "某某错词" in body and "本单位" in body
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # the check page finds the new word at once, with its correction
    page.goto(f"{live_server.url}/workspace/privacy/")
    page.fill("#id_text", "文中有某某错词。")
    page.click("button[value=check]")
    body = page.inner_text("body")
    assert "敏感词" in body and "建议：某某正词" in body and "须改正" in body
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
