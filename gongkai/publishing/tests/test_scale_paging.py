"""Public lists that stay flat as the table grows (issue 23): the total is counted only up
to a cap, a page is read by its ids first, and the number of queries of the catalogue, the
column, the API list and the document page does not depend on the number of items."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gongkai.core import paging, site_services, sites
from gongkai.core.models import HostedSite, Unit
from gongkai.core.paging import CappedPaginator
from gongkai.core.services import unit_create
from gongkai.publishing import api as _api  # noqa: F401  (its docs read the real cap)
from gongkai.publishing import selectors
from gongkai.publishing.models import CatalogueNode, InformationItem, Topic

pytestmark = pytest.mark.django_db
Item = InformationItem


def bulk(unit, n: int, *, node=None, start: int = 0, prefix: str = "批量信息") -> list[int]:
    """``n`` public items of ``unit``, numbered from ``start``; a higher number is older."""
    now = timezone.now()
    topic = Topic.objects.filter(parent__isnull=False).first()
    made = Item.objects.bulk_create(
        [
            Item(
                unit=unit,
                title=f"{prefix}{start + i:04d}",
                attribute=Item.Attribute.PROACTIVE,
                status=Item.Status.PUBLISHED,
                kind=Item.Kind.NOTICE,
                published_at=now - dt.timedelta(hours=start + i),
                catalogue_node=node,
                topic=topic,
            )
            for i in range(n)
        ]
    )
    return [m.pk for m in made]


def titles(page) -> list[str]:
    return [i.title for i in page.object_list]


def walk(qs, per_page: int, cap: int) -> tuple[list[str], int]:
    """Follow "下一页" from page 1 as a visitor does, a new paginator per request; return
    every title seen and the last page's number."""
    seen: list[str] = []
    number = 1
    while True:
        page = CappedPaginator(qs, per_page, cap=cap).get_page(number)
        seen += titles(page)
        if not page.has_next():
            return seen, page.number
        number = page.next_page_number()


# --- the paginator ----------------------------------------------------------------------


def test_below_the_cap_the_total_is_exact(dept_a):
    bulk(dept_a, 7)
    qs = selectors.public_item_list()
    p = CappedPaginator(qs, 3, cap=10)
    assert (p.count, p.capped, p.num_pages) == (7, False, 3)
    last = p.get_page(3)
    assert titles(last) == ["批量信息0006"] and not last.has_next() and last.has_previous()
    assert CappedPaginator(qs, 3, cap=10).get_page(99).number == 3  # past the end: the last
    assert CappedPaginator(qs, 3, cap=10).get_page("abc").number == 1
    assert CappedPaginator(qs, 3, cap=10).get_page(-4).number == 1
    # exactly at the cap is still exact: "共 7 条", not "超过"
    at_cap = CappedPaginator(qs, 3, cap=7)
    assert (at_cap.count, at_cap.capped) == (7, False)
    seen, last_number = walk(qs, 3, 10)
    assert seen == [f"批量信息{i:04d}" for i in range(7)] and last_number == 3


def test_above_the_cap_the_count_stops_and_every_page_stays_reachable(dept_a):
    bulk(dept_a, 11)
    qs = selectors.public_item_list()
    p = CappedPaginator(qs, 3, cap=5)
    with CaptureQueriesContext(connection) as ctx:
        assert (p.count, p.capped) == (5, True)
    # one query, and it reads at most cap + 1 rows
    assert len(ctx.captured_queries) == 1 and "LIMIT 6" in ctx.captured_queries[0]["sql"]
    first = p.get_page(1)
    assert titles(first) == ["批量信息0000", "批量信息0001", "批量信息0002"]
    assert first.has_next() and p.num_pages == 2  # the pages up to the cap are known
    # past the cap, "下一页" goes on as long as there is a next row, in order, to the end
    seen, last_number = walk(qs, 3, 5)
    assert seen == [f"批量信息{i:04d}" for i in range(11)] and last_number == 4
    third = CappedPaginator(qs, 3, cap=5)
    page = third.get_page(3)
    assert page.has_next() and third.num_pages == 4  # it knows one page more
    # a page past the end shows the last page, as Django's get_page does
    beyond = CappedPaginator(qs, 3, cap=5).get_page(50)
    assert beyond.number == 4 and titles(beyond) == ["批量信息0009", "批量信息0010"]
    assert not beyond.has_next()


def test_an_empty_list_has_one_empty_page(db):
    p = CappedPaginator(selectors.public_item_list(), 20, cap=5)
    page = p.get_page(3)
    assert (page.number, list(page.object_list), p.count, p.num_pages) == (1, [], 0, 1)


# --- the pages and the API --------------------------------------------------------------


def test_column_page_says_more_than_the_cap_and_reaches_its_last_page(client, dept_a, monkeypatch):
    node = CatalogueNode.objects.get(slug="tzgg")
    bulk(dept_a, 45, node=node)
    bulk(dept_a, 3, prefix="别的栏目")
    monkeypatch.setattr(paging, "COUNT_CAP", 30)
    first = client.get("/xxgk/fdzdgknr/tzgg/").content.decode()
    assert "第 1 页，超过 30 条" in first and "共 45 条" not in first
    assert "批量信息0000" in first and "别的栏目" not in first and "page=2" in first
    last = client.get("/xxgk/fdzdgknr/tzgg/?page=3").content.decode()
    assert "批量信息0044" in last and "第 3 页，超过 30 条" in last and "下一页" not in last
    assert "上一页" in last
    past = client.get("/xxgk/fdzdgknr/tzgg/?page=99").content.decode()
    assert "批量信息0044" in past and "第 3 页" in past
    # with the cap above the column's size the total is exact again
    monkeypatch.setattr(paging, "COUNT_CAP", 100)
    exact = client.get("/xxgk/fdzdgknr/tzgg/").content.decode()
    assert "第 1 / 3 页，共 45 条" in exact


def test_api_list_counts_up_to_the_cap_and_a_client_gets_every_item(client, dept_a, monkeypatch):
    made = set(bulk(dept_a, 45))
    monkeypatch.setattr(paging, "COUNT_CAP", 30)
    first = client.get("/api/v1/documents?page_size=20").json()
    assert (first["count"], first["page"], first["pages"]) == (30, 1, 2)
    # a client that reads page after page while page < pages gets every item once
    seen, page = [], 0
    while True:
        page += 1
        data = client.get(f"/api/v1/documents?page_size=20&page={page}").json()
        seen += [r["id"] for r in data["results"]]
        if data["page"] >= data["pages"]:
            break
    assert page == 3 and len(seen) == len(set(seen)) == 45 and set(seen) == made
    past = client.get("/api/v1/documents?page_size=20&page=99").json()
    assert (past["page"], past["pages"], len(past["results"])) == (3, 3, 5)
    monkeypatch.setattr(paging, "COUNT_CAP", 100)
    exact = client.get("/api/v1/documents?page_size=20").json()
    assert (exact["count"], exact["pages"]) == (45, 3)


def test_the_cap_is_documented_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    page = schema["components"]["schemas"]["DocumentPage"]["properties"]
    assert str(paging.COUNT_CAP) in page["count"]["description"]
    assert str(paging.COUNT_CAP) in page["pages"]["description"]


# --- query counts do not grow with the items --------------------------------------------


@pytest.fixture
def two_hosted_sites(gov, dept_a, settings):
    """The test government and another, each a hosted site with its own host."""
    settings.ALLOWED_HOSTS = [".gov.test", "testserver"]
    other = unit_create(name="乙县人民政府", kind=Unit.Kind.GOVERNMENT, code="015281799")
    other_dept = unit_create(
        parent=other, name="乙县民政局", kind=Unit.Kind.DEPARTMENT, code="015281798"
    )
    for name, root, host, code in (
        ("测试县人民政府网", gov, "jia.gov.test", "5300000101"),
        ("乙县人民政府网", other, "yi.gov.test", "5300000102"),
    ):
        site_services.hosted_site_save(
            actor=None, site=HostedSite(name=name, root=root, hosts=host, site_id_code=code)
        )
    sites.invalidate()
    return {"own": dept_a, "other": other_dept}


def _queries(client, url: str, host: str) -> int:
    client.get(url, HTTP_HOST=host)  # warm: the site table, the catalogue tree
    with CaptureQueriesContext(connection) as ctx:
        resp = client.get(url, HTTP_HOST=host)
    assert resp.status_code == 200, url
    return len(ctx.captured_queries)


def test_query_counts_do_not_depend_on_the_number_of_items(client, two_hosted_sites):
    node = CatalogueNode.objects.get(slug="tzgg")
    own, other = two_hosted_sites["own"], two_hosted_sites["other"]
    first = bulk(own, 10, node=node)
    bulk(other, 10, node=node, prefix="乙县信息")
    doc = first[3]
    urls = [
        "/xxgk/fdzdgknr/",
        "/xxgk/fdzdgknr/tzgg/",
        "/xxgk/fdzdgknr/tzgg/?page=2",
        "/api/v1/documents",
        "/api/v1/documents?page=2&page_size=5",
        f"/documents/{doc}/",
        f"/api/v1/documents/{doc}",
    ]
    small = {u: _queries(client, u, "jia.gov.test") for u in urls}
    bulk(own, 190, node=node, start=10)
    bulk(other, 190, node=node, start=10, prefix="乙县信息")
    large = {u: _queries(client, u, "jia.gov.test") for u in urls}
    assert small == large
    # and the lists of a site still show only that site's items
    html = client.get("/xxgk/fdzdgknr/tzgg/", HTTP_HOST="jia.gov.test").content.decode()
    assert "批量信息0000" in html and "乙县信息" not in html
    api = client.get("/api/v1/documents?page_size=100", HTTP_HOST="yi.gov.test").json()
    assert api["count"] == 200 and all(r["title"].startswith("乙县信息") for r in api["results"])


def test_related_documents_skip_the_document_and_its_interpretations(client, dept_a):
    node = CatalogueNode.objects.get(slug="tzgg")
    ids = bulk(dept_a, 8, node=node)
    doc = Item.objects.get(pk=ids[0])
    Item.objects.filter(pk=ids[1]).update(interprets=doc)
    related = selectors.public_related(doc)
    assert [i.pk for i in related] == ids[2:7]  # newest first, five, neither itself nor 1
