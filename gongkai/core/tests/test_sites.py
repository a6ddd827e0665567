"""Many government websites on one installation (issue 23): each host shows only its own
units' content, on every public page and every public API operation.

The matrix: the demo county is site 甲 (jia.gov.test); a second county 乙 with its own
department and published content is site 乙 (yi.gov.test). A walker follows every link of
each site as a citizen and calls every public API list operation; nothing of the other site
may appear — neither its units' names nor the titles of anything it published.
"""

from __future__ import annotations

import json
import re

import pytest
from django.core.exceptions import ValidationError

from gongkai.core import site_services, sites
from gongkai.core.models import HostedSite, Role, Unit
from gongkai.core.services import unit_create
from gongkai.portal.tests.walk import same_site_links
from gongkai.testing import loaded_for_module, make_staff, published_item

pytestmark = pytest.mark.django_db

JIA, YI = "jia.gov.test", "yi.gov.test"
YI_MARK = "乙县独有的城乡低保标准调整通知"


def _add_second_county() -> None:
    county = Unit.objects.get(name="示范县人民政府")
    yi = unit_create(
        name="乙县人民政府", short_name="乙县", kind=Unit.Kind.GOVERNMENT, code="115300000000000001"
    )
    yi_dept = unit_create(
        parent=yi,
        name="乙县民政局",
        short_name="乙县民政局",
        kind=Unit.Kind.DEPARTMENT,
        code="115300000000000002",
    )
    editor = make_staff(yi_dept, Role.EDITOR, "yi_editor")
    reviewer = make_staff(yi_dept, Role.REVIEWER, "yi_reviewer")
    published_item(editor, reviewer, title=YI_MARK)
    site_services.hosted_site_save(
        actor=None,
        site=HostedSite(name="示范县人民政府网", root=county, hosts=JIA, site_id_code="5300000001"),
    )
    site_services.hosted_site_save(
        actor=None,
        site=HostedSite(
            name="乙县人民政府网", root=yi, hosts=f"{YI}\nwww.{YI}", site_id_code="5300000002"
        ),
    )


@pytest.fixture(scope="module")
def _two_sites_for_module(shared_demo, django_db_blocker):
    """乙 and the two sites are added to the shared demo (loaded once for every test that
    reads it, root conftest) once for this module and rolled back after; each test reads
    and changes them in its own savepoint."""
    with loaded_for_module(django_db_blocker, _add_second_county):
        yield


@pytest.fixture
def two_sites(_two_sites_for_module, db, settings):
    settings.ALLOWED_HOSTS = [".gov.test", "testserver"]
    # Every test starts single-site (the autouse fixture forgets the sites): the two sites
    # saved for the module are read again, as a fresh process would.
    sites.invalidate()
    return {
        "county": Unit.objects.get(name="示范县人民政府"),
        "yi": Unit.objects.get(name="乙县人民政府"),
        "jia_site": HostedSite.objects.get(name="示范县人民政府网"),
        "yi_site": HostedSite.objects.get(name="乙县人民政府网"),
    }


@pytest.fixture
def yearly_reports(two_sites):
    """Each site's 政府网站工作年度报表 for last year, made by its own office and published."""
    from django.utils import timezone

    from gongkai.reports import website_services

    year = timezone.localdate().year - 1
    out = {}
    for key, root in (("jia", two_sites["county"]), ("yi", two_sites["yi"])):
        office = make_staff(root, Role.OFFICE, f"{key}_web_office")
        report = website_services.website_report_generate(
            actor=office, year=year, site=two_sites[f"{key}_site"]
        )
        website_services.website_report_update(
            actor=office, report=report, values={"leader": "甲", "filler": "乙", "phone": "1"}
        )
        out[key] = website_services.website_report_publish(actor=office, report=report)
    return out


def _markers_of(root: Unit) -> set[str]:
    """What must never show on another site: the subtree's unit names and the titles of
    everything it made public."""
    from gongkai.participation.selectors import consultations_public, surveys_public
    from gongkai.publishing.selectors import public_items
    from gongkai.response.selectors import press_events_public, qa_public
    from gongkai.supervision.selectors import published_plans

    units = Unit.objects.filter(path__startswith=root.path)
    marks = {u.name for u in units}
    with sites.activate(sites.UNSCOPED):
        for qs, field in [
            (public_items(), "title"),
            (consultations_public(), "title"),
            (surveys_public(), "title"),
            (published_plans(), "title"),
            (press_events_public(), "title"),
            (qa_public(), "question"),
        ]:
            for value in qs.filter(unit__path__startswith=root.path).values_list(field, flat=True):
                marks.add(value[:30])
    return {m for m in marks if len(m) >= 6}


def _walk(client, host: str, limit: int = 400) -> dict[str, str]:
    """Every public page reachable from the home page of ``host`` (and a search), by path."""
    queue = ["/", "/search/?q=通知", "/xxgk/", "/ysqgk/"]
    seen: dict[str, str] = {}
    shapes: dict[str, int] = {}
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        shape = re.sub(r"/\d+(?=/|$)", "/N", re.sub(r"page=\d+", "page=N", path))
        if shapes.get(shape, 0) >= 3:
            continue
        shapes[shape] = shapes.get(shape, 0) + 1
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code < 500, f"{host}{path} -> {response.status_code}"
        body = response.content.decode("utf-8", "replace")
        seen[path] = body
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            queue.extend(
                p
                for p in same_site_links(body, path)
                if p not in seen and not p.startswith("/workspace") and "/accounts/" not in p
            )
    return seen


def _api_lists(client, host: str) -> dict[str, str]:
    """Every public GET operation of the API that needs no path parameter."""
    schema = client.get("/api/v1/openapi.json", HTTP_HOST=host).json()
    out = {}
    for path, ops in schema["paths"].items():
        get = ops.get("get")
        if not get or "{" in path or get.get("security"):
            continue
        response = client.get(path, HTTP_HOST=host)
        if response.status_code == 200:
            out[path] = json.dumps(response.json(), ensure_ascii=False)
    return out


def _leaks(pages: dict[str, str], markers: set[str]) -> list[str]:
    """``marker: first pages it shows on`` for each marker of the other site that shows."""
    found: dict[str, list[str]] = {}
    for path, body in pages.items():
        for m in markers:
            if m in body:
                found.setdefault(m, []).append(path)
    return [f"{m}: {paths[:4]}" for m, paths in sorted(found.items())]


@pytest.mark.slow
def test_each_host_shows_only_its_own_units(client, two_sites, yearly_reports):
    jia_marks = _markers_of(two_sites["county"])
    yi_marks = _markers_of(two_sites["yi"])
    assert YI_MARK[:30] in yi_marks and len(jia_marks) > 15

    yi_pages = _walk(client, YI)
    yi_api = _api_lists(client, YI)
    assert len(yi_pages) > 15 and len(yi_api) > 5
    assert any(YI_MARK in body for body in yi_pages.values()), "乙's own item is not shown"
    leaks = _leaks(yi_pages | yi_api, jia_marks)
    assert not leaks, "\n".join(leaks)

    jia_pages = _walk(client, JIA)
    jia_api = _api_lists(client, JIA)
    assert len(jia_pages) > 40
    leaks = _leaks(jia_pages | jia_api, yi_marks)
    assert not leaks, "\n".join(leaks)

    # 甲's own detail pages, asked for through 乙's host: not found, or at least nothing of 甲
    details = [p for p in jia_pages if re.search(r"/\d+/", p)]
    assert len(details) > 10
    shown = {}
    for path in details:
        response = client.get(path, HTTP_HOST=YI)
        if response.status_code == 200:
            shown[path] = response.content.decode("utf-8", "replace")
    leaks = _leaks(shown, jia_marks)
    assert not leaks, "\n".join(leaks)


def test_each_host_shows_only_its_own_yearly_report(client, two_sites, yearly_reports):
    """网站年度报表: the list, the home block, the detail, its Word file and the sitemap of
    each host show that site's own report (with its own 网站标识码), never the other's."""
    for host, own, other, code in (
        (JIA, yearly_reports["jia"], yearly_reports["yi"], "5300000001"),
        (YI, yearly_reports["yi"], yearly_reports["jia"], "5300000002"),
    ):
        listing = client.get("/tongji/wzndbb/", HTTP_HOST=host).content.decode()
        assert own.title in listing and other.title not in listing
        home = client.get("/", HTTP_HOST=host).content.decode()
        assert f"/tongji/wzndbb/{own.pk}/" in home and f"/tongji/wzndbb/{other.pk}/" not in home
        detail = client.get(f"/tongji/wzndbb/{own.pk}/", HTTP_HOST=host).content.decode()
        assert f'data-key="site_id_code">{code}<' in detail
        assert client.get(f"/tongji/wzndbb/{other.pk}/", HTTP_HOST=host).status_code == 404
        assert client.get(f"/tongji/wzndbb/{other.pk}/docx/", HTTP_HOST=host).status_code == 404
        assert client.get(f"/tongji/wzndbb/{own.pk}/docx/", HTTP_HOST=host).status_code == 200
        sitemap = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
        assert f"/tongji/wzndbb/{own.pk}/" in sitemap
        assert f"/tongji/wzndbb/{other.pk}/" not in sitemap
    # 乙 has one published item; 甲 (the demo county) many: each report counts its own
    assert yearly_reports["yi"].figures["sponsor"] == "乙县人民政府"
    assert yearly_reports["jia"].figures["site_name"] == "示范县人民政府网"


def test_footer_carries_the_sites_own_identity(client, two_sites):
    jia = client.get("/", HTTP_HOST=JIA).content.decode()
    yi = client.get("/", HTTP_HOST=f"www.{YI}:8443").content.decode()
    assert 'content="5300000001"' in jia and "5300000002" not in jia
    assert 'content="5300000002"' in yi and "乙县人民政府网" in yi


def test_public_api_and_detail_pages_answer_for_the_hosts_site(client, two_sites):
    with sites.activate(sites.UNSCOPED):
        from gongkai.publishing.selectors import public_items

        yi_item = public_items().get(title=YI_MARK)
    on_yi = client.get("/api/v1/documents", HTTP_HOST=YI).json()
    titles = [d["title"] for d in on_yi["results"]]
    assert titles == [YI_MARK]
    assert client.get(f"/api/v1/documents/{yi_item.pk}", HTTP_HOST=YI).status_code == 200
    # the same object through the other site's host does not exist there
    assert client.get(f"/api/v1/documents/{yi_item.pk}", HTTP_HOST=JIA).status_code == 404
    assert client.get(yi_item.get_absolute_url(), HTTP_HOST=JIA).status_code == 404
    on_jia = client.get("/api/v1/documents", HTTP_HOST=JIA).json()
    assert on_jia["count"] > 3 and YI_MARK not in str(on_jia)


def test_unknown_host_sees_nothing_until_a_default_site_is_marked(client, two_sites):
    other = "zhanwai.gov.test"
    assert client.get("/api/v1/documents", HTTP_HOST=other).json()["count"] == 0
    site = two_sites["jia_site"]
    site.is_default = True
    site_services.hosted_site_save(actor=None, site=site)
    assert client.get("/api/v1/documents", HTTP_HOST=other).json()["count"] > 3


def test_host_names_are_checked_and_unique(two_sites):
    with pytest.raises(ValidationError, match="已属于网站"):
        site_services.hosted_site_save(
            actor=None,
            site=HostedSite(name="重复", root=two_sites["yi"].children.first(), hosts=JIA),
        )
    with pytest.raises(ValidationError, match="不含协议"):
        site_services.hosted_site_save(
            actor=None,
            site=HostedSite(
                name="错误", root=two_sites["yi"].children.first(), hosts="https://a.gov.test/"
            ),
        )


def test_the_monitor_watches_each_hosted_site_at_its_own_host(two_sites):
    from gongkai.monitoring.hosted import sites_ensure_hosted
    from gongkai.monitoring.models import Site

    watched = sites_ensure_hosted()
    assert {s.url for s in watched} == {"http://jia.gov.test/", "http://yi.gov.test/"}
    yi = Site.objects.get(url="http://yi.gov.test/")
    assert yi.unit == two_sites["yi"] and yi.name == "乙县人民政府网"
    assert (
        len(sites_ensure_hosted()) == 2
        and Site.objects.filter(url__contains="gov.test").count() == 2
    )


def test_a_provincial_office_sees_every_site_of_its_subtree(client, two_sites):
    """Staff see the sites of their units; the province's office sees both counties' sites,
    and both counties in its statistics; a county office sees only its own."""
    from gongkai.core.services import unit_move

    province = unit_create(
        name="示范省人民政府", kind=Unit.Kind.GOVERNMENT, code="115300000000000009"
    )
    unit_move(actor=None, unit=two_sites["county"], parent=province)
    unit_move(actor=None, unit=two_sites["yi"], parent=province)
    province_office = make_staff(province, Role.OFFICE, "sheng_office")
    yi_office = make_staff(two_sites["yi"], Role.OFFICE, "yi_office")

    client.force_login(province_office)
    page = client.get("/workspace/sites/").content.decode()
    assert "示范县人民政府网" in page and "乙县人民政府网" in page
    stats = client.get("/workspace/reports/stats/").content.decode()
    assert "示范县民政局" in stats and "乙县民政局" in stats

    client.force_login(yi_office)
    page = client.get("/workspace/sites/").content.decode()
    assert "乙县人民政府网" in page and "示范县人民政府网" not in page
    stats = client.get("/workspace/reports/stats/").content.decode()
    assert "乙县民政局" in stats and "示范县民政局" not in stats
