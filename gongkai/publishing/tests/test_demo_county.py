"""The demo looks like a county (issue 20): its own content in most columns, dated
relative to today, last year's annual report published from the demo's applications, the
seed documents as examples in their own column without their organs becoming units, and
no false alarm on any to-do list or in the website monitor."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(shared_demo, db):
    """The demo, loaded once for every test that reads it (root conftest); every test
    reads it in its own savepoint."""


def _counts():
    from gongkai.core.models import AuditEvent, Unit, User
    from gongkai.foi.models import Application
    from gongkai.publishing.models import InformationItem, PublicationLedger
    from gongkai.reports.models import AnnualReport

    return {
        "units": Unit.objects.count(),
        "users": User.objects.count(),
        "items": InformationItem.objects.count(),
        "ledger": PublicationLedger.objects.count(),
        "applications": Application.objects.count(),
        "reports": AnnualReport.objects.count(),
        # every load rebuilds the search index and audits that: count the rest
        "audit": AuditEvent.objects.exclude(action="search.rebuild").count(),
    }


def test_a_fresh_demo_raises_no_false_alarm(demo):
    from gongkai.core.models import User
    from gongkai.monitoring.models import AvailabilityProbe
    from gongkai.workspace.registry import todo_for

    now = timezone.now()
    month_ago = now - dt.timedelta(days=31)
    checked = 0
    for user in User.objects.filter(is_active=True):
        items = todo_for(user)
        old = [
            (t.kind, t.title, t.due_at)
            for t in items
            if t.overdue and t.due_at is not None and t.due_at < month_ago
        ]
        assert old == [], f"{user.username} 的待办中有逾期一个月以上的事项：{old}"
        alarms = [t.title for t in items if t.kind == "网站监测"]
        assert alarms == [], f"{user.username} 的待办中有网站监测告警：{alarms}"
        checked += 1
    assert checked >= 8
    # The monitor watches the platform's own portal but has probed nothing that failed,
    # and what it judges from the data alone raises nothing: no message unanswered for
    # 3 months, no service guide missing a required element, no tampered page.
    assert not AvailabilityProbe.objects.filter(ok=False).exists()
    from gongkai.monitoring import verdict
    from gongkai.monitoring.models import Site

    site = Site.objects.get(is_platform=True)
    assert verdict.unanswered_messages(site) == []
    assert verdict.incomplete_guides(site) == []
    assert verdict.defacement_item(site)["status"] != "fail"
    office = User.objects.get(username="gongkaiban")
    assert not [t for t in todo_for(office) if t.overdue], "公开办的待办中有逾期事项"


def test_the_seeds_are_examples_in_their_own_column_not_units(demo):
    from gongkai.core.models import Unit
    from gongkai.publishing.models import InformationItem

    county = Unit.objects.get(name="示范县人民政府")
    assert set(Unit.objects.values_list("pk", flat=True)) == set(
        Unit.objects.filter(path__startswith=county.path).values_list("pk", flat=True)
    ), "示例文件的发文机构不应成为示范县的机构"
    for organ in ("泸水市", "福州市", "泰山区", "海城市", "东安区"):
        assert not Unit.objects.filter(name__contains=organ).exists(), organ
    examples = InformationItem.objects.filter(catalogue_node__slug="wdjy")
    assert examples.count() == 5
    assert {i.unit_id for i in examples} == {county.pk}
    assert all(i.summary.startswith("外地经验") for i in examples)
    assert examples.filter(summary__contains="泸水市人民政府").exists()


def test_the_county_has_its_own_content_dated_relative_to_today(demo, client):
    from gongkai.publishing import selectors
    from gongkai.publishing.models import CatalogueNode, InformationItem

    public = selectors.public_items()
    leaves = [
        n
        for n in CatalogueNode.objects.filter(parent__isnull=False).exclude(slug="wdjy")
        if not n.children.exists()
    ]
    filled = [n for n in leaves if public.filter(catalogue_node=n).exists()]
    assert len(filled) >= 0.75 * len(leaves), [n.name for n in leaves if n not in filled]
    today = timezone.localdate()
    news = public.filter(kind=InformationItem.Kind.NEWS).order_by("-published_at").first()
    assert news is not None and (today - timezone.localdate(news.published_at)).days <= 14
    assert not public.filter(published_at__gt=timezone.now()).exists()
    interpretations = public.filter(kind=InformationItem.Kind.INTERPRETATION)
    assert interpretations.count() >= 3
    assert all(i.interprets_id and i.interprets.is_public for i in interpretations)
    # One recent item went through the workflow: its ledger row names the review.
    reviewed = public.get(title="示范县召开政务公开工作推进会")
    assert reviewed.ledger.get().review is not None
    assert reviewed.reviews.get().reviewer.username == "shenheyuan"
    # The column pages show the county's items.
    page = client.get("/xxgk/fdzdgknr/wdjy/").content.decode()
    assert "外地经验" in page and "泸水市" in page


def test_last_years_annual_report_is_published_with_the_demo_figures(demo, client):
    from gongkai.foi.models import Application
    from gongkai.reports.models import AnnualReport

    year = timezone.localdate().year - 1
    reports = AnnualReport.objects.filter(year=year)
    assert reports.exists()
    assert not reports.exclude(status=AnnualReport.Status.PUBLISHED).exists()
    bureau = reports.get(unit__name="示范县民政局")
    received = Application.objects.filter(unit=bureau.unit, received_on__year=year).count()
    assert received >= 5
    assert bureau.facts["applications_received"] == received
    assert bureau.facts["items_published"] > 0
    page = client.get(f"/xxgk/ndbg/{bureau.pk}/")
    assert page.status_code == 200


def test_participation_content_is_there(demo):
    from gongkai.participation.models import Consultation, Message

    assert Consultation.objects.exists()
    assert Message.objects.filter(status="answered").exists()


def test_a_second_load_adds_nothing(demo):
    before = _counts()
    call_command("demo_load", verbosity=0)
    assert _counts() == before
