"""Browser journeys in real headless Chromium: draft → review → publish."""

import pytest

from gongkai.publishing.models import InformationItem

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHECKS = ("secrecy", "privacy", "accuracy", "attribute")


def logout(page):
    page.click(".nav-logout button")
    page.wait_for_load_state()


def draft_in_browser(page, live_server, title, body):
    page.goto(f"{live_server.url}/workspace/publishing/new/")
    page.fill("#id_title", title)
    page.select_option("#id_kind", "notice")
    page.select_option("#id_attribute", "proactive")
    page.fill("#id_body", body)
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#btn-submit")
    page.click("#btn-submit")
    page.wait_for_load_state()
    assert "已提交" in page.inner_text("#item-status")
    return page.url


def approve_and_publish(page):
    for check in CHECKS:
        page.check(f"input[name=checks][value={check}]")
    page.click("#btn-approve")
    page.wait_for_load_state()


def test_editor_drafts_reviewer_approves_item_appears_on_xxgk(
    page, live_server, login, editor_a, reviewer_a
):
    title = "关于开展2026年秋季爱国卫生运动的通知"
    login(page, editor_a)
    item_url = draft_in_browser(page, live_server, title, "各社区：请做好环境卫生整治。")
    logout(page)

    login(page, reviewer_a)
    page.goto(item_url)
    approve_and_publish(page)
    assert "审核通过" in page.inner_text("#item-status")
    page.click("#btn-publish")
    page.wait_for_load_state()
    assert "已发布" in page.inner_text("#item-status")

    page.goto(f"{live_server.url}/xxgk/")
    page.click(f"text={title}")
    page.wait_for_load_state()
    item = InformationItem.objects.get(title=title)
    assert item.index_number in page.inner_text("table.meta-table")
    assert "请做好环境卫生整治" in page.inner_text(".doc-body")
    # The document page works on a 390px phone.
    page.set_viewport_size({"width": 390, "height": 844})
    for url in (page.url, f"{live_server.url}/xxgk/", f"{live_server.url}/xxgk/fdzdgknr/"):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url


def test_draft_with_id_number_is_held_at_review_until_masked(
    page, live_server, login, editor_a, reviewer_a
):
    title = "2026年第三季度城乡低保对象名单"
    login(page, editor_a)
    item_url = draft_in_browser(
        page, live_server, title, "户主王小明，家庭人口3人，身份证号11010519491231002X，城关社区。"
    )
    logout(page)

    login(page, reviewer_a)
    page.goto(item_url)
    assert "11010519491231002X" in page.inner_text("#findings")
    assert page.locator("#review-text mark.finding").count() >= 1
    approve_and_publish(page)
    # Held: approval refused while the ID number is unresolved.
    assert "审核通过" not in page.inner_text("#item-status")
    assert "个人信息" in page.inner_text(".messages")
    page.click("#findings .btn-mask >> nth=0")
    page.wait_for_load_state()
    while page.locator("#findings .btn-mask").count():
        page.click("#findings .btn-mask >> nth=0")
        page.wait_for_load_state()
    assert "11010519491231002X" not in page.inner_text("#review-text")
    approve_and_publish(page)
    assert "审核通过" in page.inner_text("#item-status")
    page.click("#btn-publish")
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/xxgk/")
    page.click(f"text={title}")
    assert "11010519491231002X" not in page.content()
