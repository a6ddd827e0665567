"""Accessibility (GB/T 37668-2019, 适老化) in real Chromium: axe-core on the public pages in
the default look, high contrast and the largest font; the reading aids; the application
form by keyboard alone; errors a screen reader can find."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(
    os.environ.get(
        "AXE_CORE_JS", Path(settings.BASE_DIR) / "var/npm/node_modules/axe-core/axe.min.js"
    )
)
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
MODES = {"default": (0, False), "contrast": (0, True), "largest": (3, False)}
PUBLIC = [
    "/",
    "/xxgk/",
    "/xxgk/fdzdgknr/",
    "/ysqgk/",
    "/ysqgk/track/",
    "/hudong/",
    "/tongji/",
    "/search/?q=低保",
    "/tools/deadline/",
    "/no-such-page/",
]


def _axe_source() -> str:
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"axe-core not found at {AXE}; `make test` installs it (make axe)")
        pytest.skip(f"axe-core not installed ({AXE}); run `make axe`")
    return AXE.read_text(encoding="utf-8")


def _set_mode(page, base, font: int, contrast: bool):
    page.goto(base + "/")
    page.evaluate(
        f"localStorage.setItem('gk-font', '{font}');"
        f"localStorage.setItem('gk-contrast', '{1 if contrast else 0}')"
    )


def _axe(page, source: str) -> list[str]:
    page.evaluate(source)  # through the debugger, so the page's CSP does not apply
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"""
    )
    out = []
    for v in result["violations"]:
        if v["impact"] in ("serious", "critical"):
            nodes = "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:3])
            out.append(f"{v['id']} ({v['impact']}): {nodes}")
    return out


@pytest.fixture
def demo(transactional_db):
    call_command("demo_load", verbosity=0)


@pytest.mark.slow
def test_axe_finds_nothing_serious_on_public_pages_in_three_modes(page, live_server, demo):
    source = _axe_source()
    document = page.context.request.get(f"{live_server.url}/xxgk/fdzdgknr/")
    doc_link = re.search(r'href="(/documents/[^"]+)"', document.text())
    paths = PUBLIC + ([doc_link.group(1)] if doc_link else [])
    problems = []
    for mode, (font, contrast) in MODES.items():
        _set_mode(page, live_server.url, font, contrast)
        for path in paths:
            page.goto(live_server.url + path)
            SHOTS.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"[^0-9A-Za-z]+", "-", path).strip("-") or "home"
            page.screenshot(path=str(SHOTS / f"a11y-{mode}-{slug}.png"))
            for v in _axe(page, source):
                problems.append(f"[{mode}] {path}: {v}")
    assert not problems, "axe found:\n" + "\n".join(problems)


def test_axe_itself_catches_a_bad_page(page, live_server):
    """The check is real: white on yellow buttons (what high contrast used to do) fail."""
    source = _axe_source()
    page.goto(f"{live_server.url}/tools/deadline/")
    page.evaluate(
        "document.querySelectorAll('button').forEach(b => {"
        "b.style.setProperty('background', '#ff0', 'important');"
        "b.style.setProperty('color', '#fff', 'important'); })"
    )
    assert any(v.startswith("color-contrast") for v in _axe(page, source))


def test_font_switch_only_reacts_to_its_buttons(page, live_server):
    page.goto(f"{live_server.url}/tools/deadline/")
    group = page.locator(".a11y")
    assert group.get_attribute("role") == "group"
    bigger = page.get_by_role("button", name="放大字号")
    bigger.click()
    assert page.evaluate("document.documentElement.dataset.font") == "1"
    # clicks anywhere else leave the size alone (the <html data-font> used to count)
    for _ in range(3):
        page.click("h1")
        page.click("main", position={"x": 5, "y": 5})
    assert page.evaluate("document.documentElement.dataset.font") == "1"
    assert page.evaluate("localStorage.getItem('gk-font')") == "1"
    contrast = page.get_by_role("button", name="高对比度")
    assert contrast.get_attribute("aria-pressed") == "false"
    contrast.click()
    assert contrast.get_attribute("aria-pressed") == "true"
    for name in ("缩小字号", "默认字号", "放大字号", "高对比度"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, name


def test_high_contrast_buttons_and_errors_are_readable(page, live_server):
    page.goto(f"{live_server.url}/ysqgk/")
    page.evaluate("localStorage.setItem('gk-contrast', '1')")
    page.goto(f"{live_server.url}/ysqgk/")
    page.click("form.foi-form button[type=submit]")
    # the page the form posts to, with its errors: read it only once it has come
    page.wait_for_selector(".error-summary h2, .error")
    ratios = page.evaluate(
        """() => {
          function lum(c) { const m = c.match(/[\\d.]+/g).map(Number).slice(0, 3).map(v => {
              v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]; }
          function ratio(a, b) { const x = lum(a), y = lum(b);
            return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
          const bg = getComputedStyle(document.body).backgroundColor;
          const btn = document.querySelector('form.foi-form button[type=submit]');
          const err = document.querySelector('.error-summary h2, .error');
          const bs = getComputedStyle(btn);
          return {button: ratio(bs.color, bs.backgroundColor),
                  error: ratio(getComputedStyle(err).color, bg)};
        }"""
    )
    assert ratios["button"] >= 4.5, ratios
    assert ratios["error"] >= 4.5, ratios


def test_empty_submit_focuses_a_summary_linked_to_the_fields(page, live_server, gov):
    """The application form is checked by the server (one set of messages for the page,
    the staff register and the API): it comes back with a summary that takes focus."""
    page.goto(f"{live_server.url}/ysqgk/")
    description = page.locator("#id_description")
    assert description.get_attribute("aria-required") == "true"
    assert "*必填" in page.locator("label[for=id_description]").inner_text()
    page.click("form.foi-form button[type=submit]")
    page.wait_for_load_state()
    assert "error-summary" in page.evaluate("document.activeElement.className")
    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    assert "所需政府信息的内容描述" in summary.inner_text()
    summary.locator("a", has_text="所需政府信息的内容描述").click()
    assert page.evaluate("document.activeElement.id") == "id_description"
    # every aria-describedby points at an element that exists
    missing = page.evaluate(
        """() => { const out = [];
          for (const el of document.querySelectorAll('[aria-describedby]'))
            for (const id of el.getAttribute('aria-describedby').split(/\\s+/))
              if (id && !document.getElementById(id)) out.push(el.id + ' -> ' + id);
          return out; }"""
    )
    assert missing == []
    description = page.locator("#id_description")
    assert description.get_attribute("aria-invalid") == "true"
    described = description.get_attribute("aria-describedby")
    assert "id_description_helptext" in described and "id_description_error" in described
    assert page.locator("#id_description_error").inner_text().strip()


def test_forms_relying_on_required_get_the_summary_without_a_round_trip(page, live_server):
    """A form whose fields carry ``required`` (the login form) is checked in the page: no
    browser bubble, the same summary, focus on it, each empty field marked and described."""
    page.goto(f"{live_server.url}/accounts/login/")
    form = page.locator("form.login-form")
    assert form.locator("[aria-required=true]").count() == 2
    assert "*必填" in page.locator("label[for=id_password]").inner_text()
    url = page.url
    form.locator("button[type=submit]").click()
    assert page.url == url
    assert "error-summary" in page.evaluate("document.activeElement.className")
    assert page.locator(".error-summary li").count() == 2
    field = page.locator("#id_username")
    assert field.get_attribute("aria-invalid") == "true"
    error_id = field.get_attribute("aria-describedby").split()[-1]
    assert page.locator(f"#{error_id}").inner_text() == "用户名：此项必填"


def test_keyboard_alone_fills_and_submits_the_application_form(page, live_server, gov):
    page.goto(f"{live_server.url}/ysqgk/")
    page.locator("#id_unit").focus()

    def tab_to(field_id: str):
        for _ in range(60):
            if page.evaluate("document.activeElement.id") == field_id:
                return
            page.keyboard.press("Tab")
        raise AssertionError(f"Tab never reached #{field_id}")

    def choose(field_id: str, label: str):
        tab_to(field_id)
        options = page.eval_on_selector(
            f"#{field_id}", "s => Array.from(s.options).map(o => o.text)"
        )
        for _ in range(options.index(label)):
            page.keyboard.press("ArrowDown")
        assert (
            page.eval_on_selector(f"#{field_id}", "s => s.options[s.selectedIndex].text") == label
        )

    choose("id_unit", gov.name)
    choose("id_applicant_type", "自然人")
    tab_to("id_applicant_name")
    page.keyboard.type("张三")
    tab_to("id_id_number")
    page.keyboard.type("11010519491231002X")
    tab_to("id_phone")
    page.keyboard.type("0886-1234567")
    tab_to("id_description")
    page.keyboard.type("请公开2025年本县最低生活保障资金的发放情况。")
    choose("id_form_wanted", "电子文件")
    choose("id_delivery_route", "网上查看")
    tab_to("id_delivery_route")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    assert page.evaluate("document.activeElement.textContent") == "提交申请"
    # focus is visible where it stands
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**/ysqgk/done/**")
    assert "申请编号" in page.inner_text("main")


def test_nav_marks_the_current_page_and_shows_focus_on_red(page, live_server):
    page.goto(f"{live_server.url}/ysqgk/track/")
    current = page.locator(".main-nav a[aria-current]")
    assert current.count() == 1 and current.inner_text() == "依申请公开"
    current.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineColor, s.outlineWidth]; })()"
    )
    assert style[0] != "none" and style[2] != "0px"


def test_chart_labels_are_drawn_in_the_text_colour_and_grow_with_the_font(page, live_server, demo):
    page.goto(f"{live_server.url}/tongji/")
    page.evaluate("localStorage.setItem('gk-contrast', '1')")
    page.goto(f"{live_server.url}/tongji/")
    fill, color, size = page.evaluate(
        "(() => { const t = document.querySelector('svg.chart text');"
        " const s = getComputedStyle(t); return [s.fill, getComputedStyle(document.body).color,"
        " parseFloat(s.fontSize)]; })()"
    )
    assert fill == color == "rgb(255, 255, 255)"
    page.get_by_role("button", name="放大字号").click()
    page.get_by_role("button", name="放大字号").click()
    bigger = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('svg.chart text')).fontSize)"
    )
    assert bigger > size
    # each chart has its figures as a table beside it
    assert page.locator("svg.chart").count() == page.locator("details.chart-data table").count()


def test_server_errors_of_any_form_get_a_focused_summary(page, live_server, office):
    """Forms rendered without the summary include (login, as_p forms) get one from
    site.js when the server sends them back with errors."""
    page.goto(f"{live_server.url}/accounts/login/")
    assert page.locator("#id_username").get_attribute("aria-required") == "true"
    assert "*必填" in page.locator("label[for=id_username]").inner_text()
    page.fill("#id_username", office.username)
    page.fill("#id_password", "wrong-password")
    page.click("form.login-form button[type=submit]")
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.count() == 1
    assert "error-summary" in page.evaluate("document.activeElement.className")
    assert summary.inner_text().strip()
