"""In real Chromium: the office creates a department and two accounts; the editor drafts an
item with the one-time password, and a different person — the new reviewer — approves it."""

from __future__ import annotations

import pytest

from gongkai.core.models import AuditEvent, Role, Unit, User
from gongkai.publishing.models import InformationItem

pytestmark = [pytest.mark.browser, pytest.mark.heavy, pytest.mark.django_db(transaction=True)]

CHECKS = ("secrecy", "privacy", "accuracy", "attribute")


def _sign_in(page, url, username, password):
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/workspace/**")


def _first_sign_in(page, url, username, one_time, own):
    """Sign in with the one-time password; the workspace asks for one's own first."""
    _sign_in(page, url, username, one_time)
    assert page.url.endswith("/workspace/password/")
    page.fill("#id_old_password", one_time)
    page.fill("#id_new_password1", own)
    page.fill("#id_new_password2", own)
    page.click("#btn-password-change")
    page.wait_for_url(f"{url}/workspace/")
    assert "密码已修改" in page.inner_text("main")


def _sign_out(page):
    page.click(".nav-logout button")
    page.wait_for_load_state()


def _create_account(page, url, username, name, unit, role) -> str:
    page.goto(f"{url}/workspace/staff/")
    page.fill("#id_username", username)
    page.fill("#id_name", name)
    page.select_option("#id_unit", label=unit)
    page.select_option("#id_role", role)
    page.click("#btn-staff-create")
    page.wait_for_selector("#one-time-password")
    return page.inner_text("#one-time-password").strip()


def test_office_sets_up_a_department_whose_people_draft_and_review(
    page, live_server, login, office, gov
):
    url = live_server.url
    login(page, office)
    page.click("text=机构管理")
    page.wait_for_load_state()
    page.select_option("#id_parent", label=gov.name)
    page.fill("#id_name", "测试县数据资源局")
    page.select_option("#id_kind", "department")
    page.fill("#id_code", "015281799")
    page.click("#btn-unit-create")
    page.wait_for_load_state()
    assert "已新建机构" in page.inner_text("main")
    unit = Unit.objects.get(name="测试县数据资源局")
    assert unit.parent == gov

    editor_password = _create_account(
        page, url, "shuju_xx", "孙数据", "测试县数据资源局", Role.EDITOR
    )
    reviewer_password = _create_account(
        page, url, "shuju_sh", "钱审核", "测试县数据资源局", Role.REVIEWER
    )
    assert editor_password != reviewer_password
    _sign_out(page)

    # the new editor signs in with the one-time password and drafts an item
    _first_sign_in(page, url, "shuju_xx", editor_password, "Shuju-Editor-2026")
    page.goto(f"{url}/workspace/publishing/new/")
    title = "测试县数据资源局关于公共数据开放目录的通知"
    page.fill("#id_title", title)
    page.select_option("#id_kind", "notice")
    page.select_option("#id_attribute", "proactive")
    page.fill("#id_body", "各单位：现将公共数据开放目录印发给你们。")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#btn-submit")
    page.click("#btn-submit")
    page.wait_for_load_state()
    item_url = page.url
    assert "已提交" in page.inner_text("#item-status")
    # the drafter is not offered the review form
    assert page.locator("#btn-approve").count() == 0
    _sign_out(page)

    # a different person, the department's new reviewer, approves it
    _first_sign_in(page, url, "shuju_sh", reviewer_password, "Shuju-Reviewer-2026")
    page.goto(item_url)
    for check in CHECKS:
        page.check(f"input[name=checks][value={check}]")
    page.click("#btn-approve")
    page.wait_for_load_state()
    assert "审核通过" in page.inner_text("#item-status")

    item = InformationItem.objects.get(title=title)
    editor = User.objects.get(username="shuju_xx")
    reviewer = User.objects.get(username="shuju_sh")
    assert item.unit == unit and item.created_by == editor
    assert item.reviews.get().reviewer == reviewer
    assert AuditEvent.objects.filter(action="unit.create", actor=office).exists()
    assert AuditEvent.objects.filter(action="staff.create", actor=office).count() == 2


def test_office_and_leader_pages_fit_a_phone(page, live_server, login, office, leader, dept_a):
    page.set_viewport_size({"width": 390, "height": 844})
    for user, paths in (
        (office, ["/workspace/units/", "/workspace/staff/", f"/workspace/units/{dept_a.pk}/"]),
        (leader, ["/workspace/leader/"]),
    ):
        login(page, user)
        for path in paths:
            page.goto(f"{live_server.url}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width}px wide on a 390px phone"
        _sign_out(page)
