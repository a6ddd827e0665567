"""Public pages, feeds, sitemap and API: only published proactive items are visible."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gongkai.publishing import services
from gongkai.publishing.models import InformationItem, Topic

from .conftest import ALL_CHECKS, draft, publish

pytestmark = pytest.mark.django_db
Item = InformationItem


@pytest.fixture
def items(editor_a, reviewer_a):
    """One item in each state the public must not see, and one published."""
    visible = publish(editor_a, reviewer_a, title="公开的通知甲")
    withdrawn = publish(editor_a, reviewer_a, title="已撤回的通知乙")
    services.item_withdraw(actor=reviewer_a, item=withdrawn, note="误发")
    drafted = draft(editor_a, title="草稿通知丙")
    submitted = services.item_submit(actor=editor_a, item=draft(editor_a, title="待审通知丁"))
    approved = services.item_submit(actor=editor_a, item=draft(editor_a, title="已审未发戊"))
    services.item_approve(actor=reviewer_a, item=approved, checks=ALL_CHECKS)
    return {
        "visible": visible,
        "hidden": [withdrawn, drafted, submitted, approved],
    }


def test_hidden_items_never_reach_the_public(client, items):
    hidden = items["hidden"]
    visible = items["visible"]
    for item in hidden:
        assert client.get(f"/documents/{item.pk}/").status_code == 404
        assert client.get(f"/documents/{item.pk}/print/").status_code == 404
        assert client.get(f"/api/v1/documents/{item.pk}").status_code == 404
    assert client.get(f"/documents/{visible.pk}/").status_code == 200
    pages = {
        "/xxgk/": None,
        "/xxgk/fdzdgknr/": None,
        "/xxgk/rss/": None,
        "/xxgk/atom/": None,
        "/sitemap.xml": None,
        "/api/v1/documents": None,
        "/": None,
    }
    for url in pages:
        body = client.get(url).content.decode()
        assert visible.title in body or f"/documents/{visible.pk}/" in body, url
        for item in hidden:
            assert item.title not in body, (url, item.title)
            assert f"/documents/{item.pk}/" not in body, (url, item.title)


def test_document_page_metadata_and_meta_tags(client, editor_a, reviewer_a):
    topic = Topic.objects.get(name="社会救助")
    item = publish(
        editor_a,
        reviewer_a,
        title="关于调整低保标准的通知",
        doc_number="测民发〔2026〕3号",
        written_on=dt.date(2026, 3, 2),
        topic=topic,
    )
    html = client.get(f"/documents/{item.pk}/").content.decode()
    for label in (
        "索引号",
        "发文机构",
        "主题分类",
        "文号",
        "成文日期",
        "发布日期",
        "有效性",
        "公开方式",
    ):
        assert f"<th>{label}</th>" in html
    assert item.index_number in html and "测民发〔2026〕3号" in html and "2026-03-02" in html
    assert '<meta name="ArticleTitle" content="关于调整低保标准的通知">' in html
    assert '<meta name="PubDate"' in html and '<meta name="ColumnName"' in html
    assert '<meta name="SiteIDCode"' in html
    printed = client.get(f"/documents/{item.pk}/print/").content.decode()
    assert item.index_number in printed and "site-header" not in printed


def test_interpretation_pages_link_both_ways(client, editor_a, reviewer_a):
    doc = publish(
        editor_a, reviewer_a, kind=Item.Kind.NORMATIVE, interpretation_plan="x", title="办法"
    )
    interp = publish(
        editor_a, reviewer_a, kind=Item.Kind.INTERPRETATION, interprets=doc, title="图解办法"
    )
    assert f"/documents/{interp.pk}/" in client.get(f"/documents/{doc.pk}/").content.decode()
    assert f"/documents/{doc.pk}/" in client.get(f"/documents/{interp.pk}/").content.decode()
    api = client.get(f"/api/v1/documents/{doc.pk}").json()
    assert api["interpretations"][0]["id"] == interp.pk
    assert client.get(f"/api/v1/documents/{interp.pk}").json()["interprets"]["id"] == doc.pk


def test_normative_documents_filter_by_validity(client, editor_a, reviewer_a):
    valid = publish(
        editor_a, reviewer_a, kind=Item.Kind.NORMATIVE, interpretation_plan="x", title="现行办法"
    )
    old = publish(
        editor_a, reviewer_a, kind=Item.Kind.NORMATIVE, interpretation_plan="x", title="旧办法"
    )
    services.item_repeal(actor=reviewer_a, item=old)
    html = client.get("/xxgk/fdzdgknr/?kind=normative&validity=repealed").content.decode()
    assert "旧办法" in html and "现行办法" not in html
    data = client.get("/api/v1/documents?kind=normative&validity=valid").json()
    assert [r["id"] for r in data["results"]] == [valid.pk]
    # A repealed document stays readable, marked as repealed.
    assert "废止" in client.get(f"/documents/{old.pk}/").content.decode()


def test_api_filters_and_pagination(client, editor_a, reviewer_a, editor_b, reviewer_b):
    for i in range(3):
        publish(editor_a, reviewer_a, title=f"甲{i}")
    publish(editor_b, reviewer_b, title="乙", kind=Item.Kind.PLAN)
    data = client.get(f"/api/v1/documents?unit={editor_a.unit_id}&page_size=2").json()
    assert data["count"] == 3 and data["pages"] == 2 and len(data["results"]) == 2
    assert client.get("/api/v1/documents?kind=plan").json()["count"] == 1
    year = timezone.localdate().year
    assert client.get(f"/api/v1/documents?year={year - 5}").json()["count"] == 0
    bad = client.get("/api/v1/documents?kind=nonsense")
    assert bad.status_code == 422 and "取值不在允许范围内" in bad.json()["message"]


def test_bad_filters_give_a_page_not_an_error(client):
    assert client.get("/xxgk/fdzdgknr/?year=abc&unit=zz&page=x").status_code == 200
    assert client.get("/xxgk/fdzdgknr/nonexistent/").status_code == 404
    assert client.get("/documents/999999/").status_code == 404


def test_four_columns_and_guide_from_unit_data(client, gov):
    html = client.get("/xxgk/").content.decode()
    for column in (
        "政府信息公开指南",
        "政府信息公开制度",
        "法定主动公开内容",
        "政府信息公开工作年度报告",
    ):
        assert column in html
    assert "/xxgk/ndbg/" in html
    guide = client.get(f"/xxgk/zn/?unit={gov.pk}").content.decode()
    assert gov.phone in guide and gov.address in guide and "/ysqgk/" in guide
    assert client.get("/xxgk/zd/").status_code == 200


def test_per_column_feeds(client, editor_a, reviewer_a):
    from gongkai.publishing.models import CatalogueNode

    node = CatalogueNode.objects.get(slug="tzgg")
    inside = publish(editor_a, reviewer_a, title="栏目内通知", catalogue_node=node)
    outside = publish(editor_a, reviewer_a, title="栏目外信息")
    for kind in ("rss", "atom"):
        body = client.get(f"/xxgk/fdzdgknr/tzgg/{kind}/").content.decode()
        assert inside.title in body and outside.title not in body


def test_list_pages_use_constant_queries(client, editor_a, reviewer_a):
    """No N+1: the query count does not grow with the number of items (STYLE §10)."""

    def count(url):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    publish(editor_a, reviewer_a)
    small = {u: count(u) for u in ("/xxgk/fdzdgknr/", "/api/v1/documents", "/xxgk/rss/")}
    for i in range(6):
        publish(editor_a, reviewer_a, title=f"更多{i}", topic=Topic.objects.first())
    large = {u: count(u) for u in small}
    assert small == large


def test_permission_matrix_pages_and_api(client, editor_a, reviewer_b, editor_b, api_token):
    """Staff of dept_b get 404 for dept_a's items, in pages and in the API."""
    item = draft(editor_a)
    client.force_login(editor_b)
    assert client.get(f"/workspace/publishing/{item.pk}/").status_code == 404
    assert client.get(f"/workspace/publishing/{item.pk}/edit/").status_code == 404
    assert client.post(f"/workspace/publishing/{item.pk}/submit/").status_code == 404
    assert item.title not in client.get("/workspace/publishing/").content.decode()
    client.logout()
    headers = {"HTTP_AUTHORIZATION": api_token(reviewer_b)}
    assert client.get(f"/api/v1/publishing/items/{item.pk}", **headers).status_code == 404
    r = client.post(
        f"/api/v1/publishing/items/{item.pk}/review",
        data={"decision": "approved", "checks": list(ALL_CHECKS)},
        content_type="application/json",
        **headers,
    )
    assert r.status_code == 404
    assert client.post(f"/api/v1/publishing/items/{item.pk}/publish", **headers).status_code == 404
    item.refresh_from_db()
    assert item.status == Item.Status.DRAFT
    # Anonymous callers get nothing from staff endpoints.
    assert client.get("/api/v1/publishing/items").status_code == 401
    assert client.get("/workspace/publishing/").status_code == 302


def test_staff_api_full_flow(client, editor_a, reviewer_a, api_token):
    ed = {"HTTP_AUTHORIZATION": api_token(editor_a)}
    rv = {"HTTP_AUTHORIZATION": api_token(reviewer_a)}
    r = client.post(
        "/api/v1/publishing/items",
        data={
            "title": "接口起草的通知",
            "body": "<p>正文</p>",
            "attribute": "proactive",
            "kind": "notice",
        },
        content_type="application/json",
        **ed,
    )
    assert r.status_code == 201, r.content
    pk = r.json()["id"]
    assert (
        client.post(f"/api/v1/publishing/items/{pk}/submit", **ed).json()["status"] == "submitted"
    )
    r = client.post(
        f"/api/v1/publishing/items/{pk}/review",
        data={"decision": "approved", "checks": ["secrecy"]},
        content_type="application/json",
        **rv,
    )
    assert r.status_code == 400 and "个人信息" in r.json()["message"]
    r = client.post(
        f"/api/v1/publishing/items/{pk}/review",
        data={"decision": "approved", "checks": list(ALL_CHECKS)},
        content_type="application/json",
        **rv,
    )
    assert r.json()["status"] == "approved"
    assert client.post(f"/api/v1/publishing/items/{pk}/publish", **ed).status_code == 403
    out = client.post(f"/api/v1/publishing/items/{pk}/publish", **rv).json()
    assert out["status"] == "published" and out["index_number"]
    assert client.get(f"/api/v1/documents/{pk}").status_code == 200
    r = client.post(
        f"/api/v1/publishing/items/{pk}/withdraw",
        data={"note": "误发"},
        content_type="application/json",
        **rv,
    )
    assert r.json()["status"] == "withdrawn"
    assert client.get(f"/api/v1/documents/{pk}").status_code == 404


def test_staff_api_returns_draft_with_reasons(client, editor_a, api_token):
    ed = {"HTTP_AUTHORIZATION": api_token(editor_a)}
    pk = client.post(
        "/api/v1/publishing/items",
        data={"title": "无属性", "body": "<p>x</p>", "kind": "normative"},
        content_type="application/json",
        **ed,
    ).json()["id"]
    out = client.post(f"/api/v1/publishing/items/{pk}/submit", **ed).json()
    assert out["status"] == "returned"
    assert any("公开属性" in r for r in out["return_reasons"])


def test_workspace_pages_render(client, editor_a, reviewer_a):
    item = draft(editor_a)
    client.force_login(editor_a)
    for url in (
        "/workspace/publishing/",
        "/workspace/publishing/new/",
        f"/workspace/publishing/{item.pk}/",
        f"/workspace/publishing/{item.pk}/edit/",
        "/workspace/publishing/ledger/",
        "/workspace/",
    ):
        assert client.get(url).status_code == 200, url
    r = client.post("/workspace/publishing/new/", {"title": "", "kind": "notice"})
    assert r.status_code == 200 and "这个字段是必填项" in r.content.decode()


def test_search_source_serves_only_public_items(editor_a, reviewer_a):
    from gongkai.core.plugs import search_sources as sources

    source = sources()["publishing.item"]
    item = publish(editor_a, reviewer_a, title="低保标准调整", doc_number="测民发〔2026〕9号")
    doc = source.document(item.pk)
    assert doc.title == "低保标准调整" and doc.doc_number == "测民发〔2026〕9号"
    assert doc.index_number == item.index_number and doc.url == f"/documents/{item.pk}/"
    assert item.pk in set(source.public_ids())
    services.item_withdraw(actor=reviewer_a, item=item, note="误发")
    assert source.document(item.pk) is None
    assert item.pk not in set(source.public_ids())
    assert source.document(draft(editor_a).pk) is None


def test_admin_pages_render(admin_client):
    for url in (
        "/admin/publishing/topic/",
        "/admin/publishing/cataloguenode/",
        "/admin/publishing/informationitem/",
        "/admin/publishing/publicationledger/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_topics_are_the_22_state_council_topics():
    top = Topic.objects.filter(parent__isnull=True)
    assert top.count() == 22
    assert top.filter(name="综合政务").exists() and top.filter(name="其他").exists()
    assert Topic.objects.filter(parent__name="民政、扶贫、救灾").exists()


def test_workspace_submit_shows_every_return_reason(client, editor_a):
    item = draft(editor_a, attribute=Item.Attribute.WITHHELD)
    client.force_login(editor_a)
    response = client.post(f"/workspace/publishing/{item.pk}/submit/", follow=True)
    html = response.content.decode()
    assert "不予公开未说明理由" in html and "不予公开未写明法律依据" in html
    item.refresh_from_db()
    assert item.status == Item.Status.RETURNED


def test_withdrawn_attachments_are_not_served(client, editor_a, reviewer_a, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = draft(editor_a)
    att = services.attachment_add(actor=editor_a, item=item, name="表.txt", data=b"x")
    item = services.item_submit(actor=editor_a, item=item)
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    services.item_publish(actor=reviewer_a, item=item)
    url = f"/documents/{item.pk}/attachments/{att.pk}/"
    assert client.get(url).status_code == 200
    services.item_withdraw(actor=reviewer_a, item=item, note="误发")
    assert client.get(url).status_code == 404


def test_reimport_never_republishes_a_withdrawn_item(dept_a, reviewer_a):
    item, _ = services.item_import(
        actor=None, unit=dept_a, source="a.html", title="旧页", body="<p>旧</p>", index_number="X-1"
    )
    services.item_withdraw(actor=reviewer_a, item=item, note="已过时")
    again, created = services.item_import(
        actor=None, unit=dept_a, source="a.html", title="旧页", body="<p>新</p>", index_number="X-1"
    )
    assert not created and again.pk == item.pk
    assert again.status == Item.Status.WITHDRAWN


def test_browse_by_topic_includes_sub_topics(client, editor_a, reviewer_a):
    parent = Topic.objects.get(name="民政、扶贫、救灾", parent__isnull=True)
    sub = Topic.objects.get(name="社会救助", parent=parent)
    inside = publish(editor_a, reviewer_a, title="救助信息", topic=sub)
    outside = publish(editor_a, reviewer_a, title="教育信息", topic=Topic.objects.get(name="教育"))
    html = client.get("/xxgk/fdzdgknr/").content.decode()
    assert f"?topic={parent.pk}" in html
    html = client.get(f"/xxgk/fdzdgknr/?topic={parent.pk}").content.decode()
    assert inside.title in html and outside.title not in html
