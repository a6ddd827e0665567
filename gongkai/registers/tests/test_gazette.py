"""政府公报 compiled from the data: the normative documents of the period and the
government's and its office's gazette material published in it (``gazette_rule``), within
the issue's own hosted site; the office removes, restores and adds entries before
publication, each change audited."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from gongkai.core import site_services, sites
from gongkai.core.models import AuditEvent, HostedSite, Unit
from gongkai.core.services import unit_create
from gongkai.publishing.models import CatalogueNode, InformationItem
from gongkai.registers import gazette_rule as rule
from gongkai.registers.services import (
    entry_create,
    entry_transition,
    gazette_add,
    gazette_contents,
    gazette_draft,
    gazette_remove,
    gazette_restore,
)
from gongkai.registers.tests.factories import normative

pytestmark = pytest.mark.django_db
D = dt.date
CFG = rule.config()


# --- the rule (pure) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("测试县人民政府关于印发2026年重点工作任务的通知", "通知"),
        ("关于表彰先进集体的决定", "决定"),
        ("测试县人民政府令（第3号）", "令"),
        ("关于实施交通管制的命令", "命令"),
        ("关于调整城乡低保标准的通告。", "通告"),
        ("测试县城市管理办法（试行）", "办法"),
        ("县长在全县经济工作会议上的讲话", ""),
        ("全县春耕生产有序推进", ""),
    ],
)
def test_doc_type_is_read_from_the_end_of_the_title(title, expected):
    assert rule.doc_type(title, CFG) == expected


def facts(**over):
    base = dict(
        kind="notice", kind_label="通知公告", column_slug="", column_name="",
        role=rule.GOVERNMENT, title="关于开展安全生产大检查的通知", cfg=CFG,
    )  # fmt: skip
    return {**base, **over}


def test_which_items_are_gazette_material():
    assert rule.reason(**facts()) == "本级政府发布的通知公告，文种为“通知”"
    assert "政府办公室" in rule.reason(**facts(role=rule.OFFICE))
    assert rule.reason(**facts(role="")) == "", "a department's notice is not the government's"
    assert rule.reason(**facts(kind="normative", kind_label="行政规范性文件")) == ""
    assert rule.reason(**facts(kind="news", kind_label="工作动态")) == ""
    assert rule.reason(**facts(title="全县安全生产大检查工作综述")) == ""
    in_column = facts(
        title="全县安全生产大检查工作综述", column_slug="xzfwj", column_name="县政府文件"
    )
    assert rule.reason(**in_column) == "本级政府发布，在“县政府文件”栏目"
    narrow = rule.config(columns=[], kinds=["rule"], doc_types=["令"])
    assert rule.reason(**facts(cfg=narrow)) == "", "the configuration decides"
    assert rule.reason(
        **facts(kind="rule", kind_label="规章", title="测试县人民政府令", cfg=narrow)
    )


def test_the_office_is_the_governments_general_office():
    role = rule.unit_role
    assert (
        role(is_gazette_unit=True, parent_is_gazette_unit=False, name="测试县人民政府")
        == "government"
    )
    assert (
        role(is_gazette_unit=False, parent_is_gazette_unit=True, name="测试县人民政府办公室")
        == "office"
    )
    assert role(is_gazette_unit=False, parent_is_gazette_unit=True, name="测试县民政局") == ""


# --- compiling from the data -------------------------------------------------------


def item(unit, title, day, *, kind="notice", node=None, index=None, doc_number=""):
    return InformationItem.objects.create(
        unit=unit, title=title, kind=kind, attribute="proactive", status="published",
        published_at=timezone.make_aware(dt.datetime.combine(day, dt.time(10))),
        formed_on=day, catalogue_node=node, index_number=index, doc_number=doc_number,
    )  # fmt: skip


@pytest.fixture
def gov_office(gov):
    return unit_create(parent=gov, name="测试县人民政府办公室", kind=Unit.Kind.DEPARTMENT)


@pytest.fixture
def other_site(gov, settings):
    """Two hosted sites: the test county, and 乙县 with its own government."""
    settings.ALLOWED_HOSTS = [".gov.test", "testserver"]
    yi = unit_create(name="乙县人民政府", kind=Unit.Kind.GOVERNMENT)
    site_services.hosted_site_save(
        actor=None, site=HostedSite(name="测试县人民政府网", root=gov, hosts="jia.gov.test")
    )
    yi_site = site_services.hosted_site_save(
        actor=None, site=HostedSite(name="乙县人民政府网", root=yi, hosts="yi.gov.test")
    )
    return yi, yi_site


def issue(office, gov, **extra):
    return entry_create(
        actor=office, key="gazette",
        data={"unit": gov, "title": "2026年第2期", "year": 2026, "period_from": D(2026, 4, 1),
              "period_to": D(2026, 6, 30), **extra},
    )  # fmt: skip


def titles(rows):
    return [r["title"] for r in rows]


def test_the_draft_compiles_the_periods_items_of_its_own_government(
    office, gov, gov_office, dept_a, other_site
):
    yi, yi_site = other_site
    column = CatalogueNode.objects.get(slug="xzfbwj")
    item(gov, "测试县人民政府关于做好防汛工作的通知", D(2026, 5, 6))
    item(gov_office, "全县防汛工作方案", D(2026, 4, 1), kind="other", node=column)
    item(gov, "测试县人民政府关于春耕生产的通知", D(2026, 3, 31))  # before the period
    item(gov, "测试县人民政府关于秋收的通知", D(2026, 7, 1))  # after it
    item(dept_a, "测试县民政局关于低保年审的通知", D(2026, 5, 6))  # a department's
    item(gov, "县长调研防汛工作", D(2026, 5, 6), kind="news")  # not gazette material
    item(yi, "乙县人民政府关于做好防汛工作的通知", D(2026, 5, 6))  # another hosted site
    publish_normative(office, dept_a, "测试县低保实施细则", D(2026, 4, 2))
    g = issue(office, gov)
    rows, removed = gazette_draft(g)
    assert titles(rows) == [
        "测试县低保实施细则",
        "全县防汛工作方案",
        "测试县人民政府关于做好防汛工作的通知",
    ]
    assert removed == []
    reasons = {r["title"]: r["reason"] for r in rows}
    assert reasons["全县防汛工作方案"] == "政府办公室发布，在“县政府办公室文件”栏目"
    assert reasons["测试县人民政府关于做好防汛工作的通知"] == "本级政府发布的通知公告，文种为“通知”"
    assert "行政规范性文件" in reasons["测试县低保实施细则"]
    # the same draft whatever host the office works on
    with sites.activate(sites.for_site(yi_site)):
        assert titles(gazette_contents(g)) == titles(rows)
    # an item of the other site's government cannot be added either
    yi_item = InformationItem.objects.get(title__startswith="乙县")
    with pytest.raises(ValidationError, match="未找到该信息"):
        gazette_add(actor=office, issue=g, ref=str(yi_item.pk))


def publish_normative(office, unit, title, day):
    e = normative(office, unit, title, day)
    e = entry_transition(actor=office, entry=e, action="submit")
    return entry_transition(actor=office, entry=e, action="publish")


def published_issue(office, g):
    g = entry_transition(actor=office, entry=g, action="submit")
    return entry_transition(actor=office, entry=g, action="publish")


def test_a_notice_registered_as_normative_is_listed_once(office, gov, dept_a):
    publish_normative_with_number(office, gov)
    item(gov, "测试县人民政府关于印发救助办法的通知", D(2026, 5, 6), doc_number="测政发〔2026〕5号")
    rows = gazette_contents(issue(office, gov))
    assert titles(rows) == ["测试县救助办法"]


def publish_normative_with_number(office, gov):
    e = normative(office, gov, "测试县救助办法", D(2026, 5, 5), doc_number="测政发〔2026〕5号")
    e = entry_transition(actor=office, entry=e, action="submit")
    return entry_transition(actor=office, entry=e, action="publish")


def test_the_office_removes_restores_and_adds_each_change_audited(
    client, office, editor_a, gov, dept_a
):
    notice = item(gov, "测试县人民政府关于做好防汛工作的通知", D(2026, 5, 6))
    speech = item(gov, "县长在防汛工作会议上的讲话", D(2026, 5, 7), kind="other", index="GZ-001")
    g = issue(office, gov)
    key = f"i:{notice.pk}"
    with pytest.raises(ValidationError, match="理由"):
        gazette_remove(actor=office, issue=g, key=key, reason=" ")
    with pytest.raises(PermissionDenied):
        gazette_remove(actor=editor_a, issue=g, key=key, reason="重复")
    g = gazette_remove(actor=office, issue=g, key=key, reason="已在上期刊登")
    rows, removed = gazette_draft(g)
    assert notice.title not in titles(rows)
    assert [(r["title"], r["removed_reason"]) for r in removed] == [(notice.title, "已在上期刊登")]
    g = gazette_restore(actor=office, issue=g, key=key)
    assert notice.title in titles(gazette_contents(g))
    g = gazette_add(actor=office, issue=g, ref="GZ-001")
    rows = gazette_contents(g)
    assert titles(rows) == [notice.title, speech.title]
    assert rows[1]["reason"] == "公开办补充收录"
    with pytest.raises(ValidationError, match="已收录"):
        gazette_add(actor=office, issue=g, ref=f"/documents/{speech.pk}/")
    actions = list(
        AuditEvent.objects.filter(object_id=str(g.pk), action__startswith="registers.gazette_")
        .order_by("seq")
        .values_list("action", "summary")
    )
    assert [a for a, _ in actions] == [
        "registers.gazette_remove", "registers.gazette_restore", "registers.gazette_add",
    ]  # fmt: skip
    assert "已在上期刊登" in actions[0][1] and speech.title in actions[2][1]
    # publication freezes what the office settled; no change after that
    g = published_issue(office, g)
    assert titles(g.contents) == [notice.title, speech.title]
    with pytest.raises(ValidationError, match="已公开"):
        gazette_remove(actor=office, issue=g, key=key, reason="晚了")
    later = item(gov, "测试县人民政府关于迟到的通知", D(2026, 6, 1))
    g.refresh_from_db()
    assert later.title not in titles(g.contents)
    page = client.get(reverse("registers:public_detail", args=["gazette", g.pk])).content.decode()
    assert notice.title in page and speech.title in page


def test_workspace_page_and_forms(client, office, gov):
    notice = item(gov, "测试县人民政府关于做好防汛工作的通知", D(2026, 5, 6))
    g = issue(office, gov)
    client.force_login(office)
    url = reverse("registers:ws_entry", args=["gazette", g.pk])
    html = client.get(url).content.decode()
    assert (
        notice.title in html and "收录依据：本级政府发布的通知公告" in html and "移出本期" in html
    )
    adjust = reverse("registers:ws_gazette_adjust", args=[g.pk])
    r = client.post(adjust, {"action": "remove", "key": f"i:{notice.pk}", "reason": "重复"})
    assert r.status_code == 302
    html = client.get(url).content.decode()
    assert "已移出的文件" in html and "恢复收录" in html
    r = client.post(adjust, {"action": "add", "ref": "没有这个"}, follow=True)
    assert "未找到该信息" in r.content.decode()
    r = client.post(adjust, {"action": "bogus"}, follow=True)
    assert r.status_code == 200 and "不支持的操作" in r.content.decode()
