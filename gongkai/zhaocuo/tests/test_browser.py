"""On a 390 px phone: the new public pages fit the screen, a citizen reports an error
from a page's footer link, and the office answers it; screenshots in var/screenshots/."""

from pathlib import Path

import pytest
from django.conf import settings

from gongkai.publishing import section_services
from gongkai.zhaocuo.models import ErrorReport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    ("xxgk", "/xxgk/"),
    ("guide", "/xxgk/zn/"),
    ("institution", "/xxgk/jgxx/"),
    ("policy-files", "/xxgk/fdzdgknr/zcwj/"),
    ("key-areas", "/xxgk/fdzdgknr/zdly/"),
    ("annual-reports", "/xxgk/ndbg/"),
    ("site-map", "/wzdt/"),
    ("zhaocuo", "/zhaocuo/"),
    ("website-reports", "/tongji/wzndbb/"),
]


def shot(pg, name: str) -> None:
    folder = Path(settings.BASE_DIR) / "var" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_new_public_pages_fit_a_phone(page, live_server, catalogue, gov, office):
    section_services.profile_save(
        actor=office,
        unit=gov,
        functions="执行县人民代表大会的决议和上级国家行政机关的决定、命令。",
        leaders="李县长｜县委副书记、县长｜主持县政府全面工作，分管审计、政务公开和应急管理",
    )
    phone = page.context.browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    p = phone.new_page()
    for name, url in PAGES:
        resp = p.goto(f"{live_server.url}{url}")
        assert resp.status == 200, url
        width = p.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (url, width)
        shot(p, f"phone-{name}")
    phone.close()


def test_citizen_reports_an_error_and_office_answers(page, live_server, login, gov, office):
    phone = page.context.browser.new_context(viewport={"width": 390, "height": 844})
    p = phone.new_page()
    p.goto(f"{live_server.url}/xxgk/zn/")
    p.click("text=我为政府网站找错")
    assert p.input_value("#id_page_url") == "/xxgk/zn/"
    p.click("button[type=submit]")
    assert "请选择问题类型" in p.inner_text("form")
    p.select_option("#id_kind", "typo")
    p.fill("#id_description", "指南第二部分有一个错别字。")
    p.fill("#id_contact", "13800000000")
    p.click("button[type=submit]")
    number = p.inner_text("#tracking-number")
    assert p.evaluate("document.documentElement.scrollWidth") <= 390
    shot(p, "phone-zhaocuo-done")
    phone.close()

    login(page, office)
    page.goto(f"{live_server.url}/workspace/")
    page.click(f"text=网站找错：错别字或表述错误（{number}）")
    page.fill("#id_answer", "已核实并修正错别字，感谢您的反映。")
    page.click("text=提交答复")
    assert "已答复" in page.inner_text("main")
    assert ErrorReport.objects.get(tracking_number=number).status == "answered"


def test_new_workspace_pages_fit_a_phone(page, live_server, login, gov, office):
    from gongkai.reports import website_services
    from gongkai.zhaocuo import services

    services_report = services.report_submit(
        kind="link", description="首页的链接打不开了。", contact="13800000000"
    )
    report = website_services.website_report_generate(actor=office, year=2025)
    phone = page.context.browser.new_context(viewport={"width": 390, "height": 844})
    p = phone.new_page()
    login(p, office)
    for name, url in [
        ("ws-zhaocuo", "/workspace/zhaocuo/"),
        ("ws-zhaocuo-report", f"/workspace/zhaocuo/{services_report.pk}/"),
        ("ws-profile", "/workspace/publishing/profile/"),
        ("ws-synonyms", "/workspace/search/synonyms/"),
        ("ws-website-reports", "/workspace/reports/website/"),
        ("ws-website-report", f"/workspace/reports/website/{report.pk}/"),
    ]:
        resp = p.goto(f"{live_server.url}{url}")
        assert resp.status == 200, url
        width = p.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (url, width)
        shot(p, f"phone-{name}")
    phone.close()
