"""Every page on a 390 px phone and a 1366 px desktop, public and workspace, with the demo
data: nothing wider than the screen, the workspace menu folded behind one button, tables
read as cards. Screenshots go to var/screenshots/ for people to look at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from gongkai.core.demo import DEMO_PASSWORD
from gongkai.core.models import User
from gongkai.portal.tests.walk import crawl

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def _pages(user=None, start="/", prefix="", limit=60) -> list[str]:
    client = Client()
    if user is not None:
        client.force_login(user)
    return [
        path
        for path, r in crawl(client, [start], limit=limit, per_shape=1, only_prefix=prefix)
        if r.status_code == 200 and "html" in r.get("Content-Type", "")
    ]


def _slug(path: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", path).strip("-") or "home"


def _widths(page, base, paths, tag, viewport, font=None) -> list[str]:
    """Visit each page; return those wider than the screen; save a screenshot of each."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(viewport)
    if font is not None:
        page.goto(base + "/")
        page.evaluate(f"localStorage.setItem('gk-font', '{font}')")
    too_wide = []
    for path in paths:
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            culprit = page.evaluate(
                """(w) => { const out = [];
                for (const el of document.querySelectorAll('body *')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > w + 1 && !el.closest('.table-wrap')) {
                    out.push(el.tagName + '.' + el.className); if (out.length > 3) break; }
                } return out.join(' '); }""",
                viewport["width"],
            )
            too_wide.append(f"{path} ({width}px: {culprit})")
        page.screenshot(
            path=str(SHOTS / f"{tag}-{viewport['width']}-{_slug(path)}.png"),
            full_page=viewport["width"] < 600,
        )
    return too_wide


@pytest.fixture
def demo(transactional_db):
    call_command("demo_load", verbosity=0)


def _login(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/workspace/**")


def test_public_pages_fit_a_phone_even_at_the_largest_font(page, live_server, demo):
    paths = _pages(limit=45)
    assert len(paths) > 20
    wide = _widths(page, live_server.url, paths, "public", PHONE)
    wide += _widths(page, live_server.url, paths[:25], "public-largest", PHONE, font=3)
    _widths(page, live_server.url, paths[:25], "public", DESKTOP, font=0)
    assert not wide, "pages wider than the phone:\n" + "\n".join(wide)


def test_workspace_pages_fit_a_phone(page, live_server, demo):
    office = User.objects.get(username="gongkaiban")
    paths = _pages(office, start="/workspace/", prefix="/workspace/", limit=70)
    assert len(paths) > 25
    _login(page, live_server.url, "gongkaiban")
    wide = _widths(page, live_server.url, paths, "workspace", PHONE)
    wide += _widths(page, live_server.url, paths[:20], "workspace-largest", PHONE, font=3)
    _widths(page, live_server.url, paths[:30], "workspace", DESKTOP, font=0)
    assert not wide, "pages wider than the phone:\n" + "\n".join(wide)


def test_workspace_menu_folds_behind_one_button_and_tables_become_cards(page, live_server, demo):
    _login(page, live_server.url, "gongkaiban")
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/workspace/foi/")
    toggle = page.locator("[data-menu-toggle]")
    assert toggle.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("#workspace-links").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#workspace-links a", has_text="依申请公开").first.is_visible()
    # the current page is marked in both menus
    current = page.locator("#workspace-links a[aria-current]")
    assert current.count() == 1 and "依申请公开" in current.inner_text()
    # a list table reads as cards: no header row on screen, each cell labelled
    table = page.locator("main table.stack").first
    assert table.count() == 1
    assert (
        page.evaluate("getComputedStyle(document.querySelector('main table.stack tr')).display")
        == "block"
    )
    label = page.evaluate(
        "getComputedStyle(document.querySelector('main table.stack td[data-label]'),"
        " '::before').content"
    )
    assert label not in ("", "none", "normal")
    # on a desktop the menu is simply there and the table is a table
    page.set_viewport_size(DESKTOP)
    assert not toggle.is_visible()
    assert page.locator("#workspace-links").is_visible()
    assert (
        page.evaluate("getComputedStyle(document.querySelector('main table.stack tr')).display")
        == "table-row"
    )
