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
