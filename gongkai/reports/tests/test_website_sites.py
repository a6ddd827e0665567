"""政府网站工作年度报表 per hosted site (issue 23): each site's report counts only its own
units' data and the monitor's checks of its own address, carries its own identity, and only
the offices of its subtree make it."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from gongkai.core import site_services
from gongkai.core.models import HostedSite, Role, Unit
from gongkai.core.services import unit_create
from gongkai.reports import website, website_services
from gongkai.reports.tests import factories as f
from gongkai.testing import make_staff

pytestmark = pytest.mark.django_db
D = dt.date
YEAR = 2025


def _at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(10)))


def _data(unit: Unit, n: int) -> None:
    """``n`` of each countable thing in ``unit`` during YEAR (and one the year before)."""
    from gongkai.participation.models import Message
    from gongkai.response.models import NewMediaAccount
    from gongkai.zhaocuo.models import ErrorReport

    f.add_items(
        [f.item(unit, kind="news", published_on=D(YEAR, 3, i + 1)) for i in range(n)]
        + [f.item(unit, kind="interpretation", published_on=D(YEAR, 4, i + 1)) for i in range(n)]
        + [f.item(unit, kind="news", published_on=D(YEAR - 1, 5, 6))]
    )
    f.add_applications([f.application(unit, received_on=D(YEAR, 2, 3)) for _ in range(n)])
    for i in range(n):
        ErrorReport.objects.create(
            tracking_number=f"ZC{unit.pk}{i:04d}",
            kind="typo",
            description="错别字",
            contact="13800000000",
            unit=unit,
            received_at=_at(D(YEAR, 6, 2)),
            due=D(YEAR, 6, 20),
            due_rule="测试",
            due_explanation="测试",
        )
        Message.objects.create(
            tracking_number=f"LY{unit.pk}{i:04d}",
            code_hash="x",
            unit=unit,
            addressed_unit=unit,
            kind="inquiry",
            subject=f"留言{i}",
            text="咨询",
            name="张三",
            contact="13800000000",
            received_at=_at(D(YEAR, 7, 1)),
            due_start=D(YEAR, 7, 1),
            due=D(YEAR, 7, 20),
            due_rule="测试",
            due_explanation="测试",
        )

    NewMediaAccount.objects.create(
        unit=unit,
        platform="wechat",
        status="active",
        name=f"{unit.name}公众号",
        opened_on=D(YEAR - 2, 1, 1),
    )
    NewMediaAccount.objects.create(
        unit=unit,
        platform="weibo",
        status="active",
        name=f"{unit.name}微博",
        opened_on=D(YEAR, 2, 1),
    )


def _crawls(url: str, unit: Unit, n: int) -> None:
    from gongkai.monitoring.models import CrawlRun, Site

    site, _ = Site.objects.get_or_create(url=url, defaults={"unit": unit, "name": url})
    for _ in range(n):
        CrawlRun.objects.create(
            site=site, status="done", finished_at=_at(D(YEAR, 8, 1)), broken_new=2, broken_fixed=1
        )


@pytest.fixture
def two(gov, dept_a):
    other = unit_create(name="乙县人民政府", kind=Unit.Kind.GOVERNMENT, code="115300000000000001")
    other_dept = unit_create(
        parent=other, name="乙县民政局", kind=Unit.Kind.DEPARTMENT, code="115300000000000002"
    )
    a = site_services.hosted_site_save(
        actor=None,
        site=HostedSite(
            name="测试县人民政府网",
            root=gov,
            hosts="a.gov.test",
            site_id_code="5300000001",
            icp="滇ICP备00000001号",
            psb="滇公网安备53000000000001号",
        ),
    )
    b = site_services.hosted_site_save(
        actor=None,
        site=HostedSite(
            name="乙县人民政府网", root=other, hosts="b.gov.test", site_id_code="5300000002"
        ),
    )
    _data(dept_a, 2)
    _crawls("http://a.gov.test/", gov, 1)
    return {"a": a, "b": b, "a_unit": dept_a, "b_unit": other_dept, "b_gov": other}


def test_site_a_report_does_not_count_site_b_data(two):
    before, _ = website.compute(YEAR, two["a"])
    _data(two["b_unit"], 5)
    _crawls("http://b.gov.test/", two["b_gov"], 3)
    a, _ = website.compute(YEAR, two["a"])
    b, notes_b = website.compute(YEAR, two["b"])
    assert a == before  # nothing of 乙 moved 甲's figures
    assert (a["items_total"], a["items_news"], a["interpretations"]) == (4, 2, 2)
    assert (b["items_total"], b["items_news"], b["interpretations"]) == (10, 5, 5)
    assert (a["service_cases"], b["service_cases"]) == (2, 5)
    assert (a["zhaocuo_received"], b["zhaocuo_received"]) == (2, 5)
    assert (a["messages_received"], b["messages_received"]) == (2, 5)
    notes_a = website.compute(YEAR, two["a"])[1]
    assert "共2个" in notes_a["new_media"] and "本年开办1个" in notes_a["new_media"]
    assert "共2个" in notes_b["new_media"]
    # the monitor's checks of each site's own address
    assert (a["security_checks"], a["security_problems"]) == (1, 2)
    assert (b["security_checks"], b["security_problems"], b["security_fixed"]) == (3, 6, 3)
    # identity of each site
    assert (a["site_name"], a["site_id_code"]) == ("测试县人民政府网", "5300000001")
    assert a["icp"] == "滇ICP备00000001号" and a["psb"] == "滇公网安备53000000000001号"
    assert a["sponsor"] == "测试县人民政府" and a["home_url"] == "http://a.gov.test/"
    assert (b["site_name"], b["site_id_code"], b["sponsor"]) == (
        "乙县人民政府网",
        "5300000002",
        "乙县人民政府",
    )
    # the installation as a whole (no site) counts both, as a single-site one did
    whole, _ = website.compute(YEAR)
    assert whole["items_total"] == 14 and whole["service_cases"] == 7


def test_each_office_makes_only_its_own_sites_report(two, gov):
    a_office = make_staff(gov, Role.OFFICE, "a_office")
    b_office = make_staff(two["b_gov"], Role.OFFICE, "b_office")
    with pytest.raises(PermissionDenied, match="本单位及下级网站"):
        website_services.website_report_generate(actor=a_office, year=YEAR, site=two["b"])
    ra = website_services.website_report_generate(actor=a_office, year=YEAR, site=two["a"])
    rb = website_services.website_report_generate(actor=b_office, year=YEAR, site=two["b"])
    assert ra.pk != rb.pk and ra.title == "测试县人民政府网网站工作年度报表（2025年度）"
    with pytest.raises(PermissionDenied):
        website_services.website_report_update(actor=a_office, report=rb, values={"visits": "1"})
    # a second generation refreshes the same site's report
    assert website_services.website_report_generate(
        actor=a_office, year=YEAR, site=two["a"]
    ).pk == (ra.pk)


def test_province_office_sees_every_site_of_its_subtree_in_the_workspace(client, two, gov):
    from gongkai.core.services import unit_move

    province = unit_create(
        name="示范省人民政府", kind=Unit.Kind.GOVERNMENT, code="115300000000000009"
    )
    unit_move(actor=None, unit=gov, parent=province)
    unit_move(actor=None, unit=two["b_gov"], parent=province)
    sheng = make_staff(province, Role.OFFICE, "sheng_office")
    b_office = make_staff(two["b_gov"], Role.OFFICE, "b_office")
    website_services.website_report_generate(actor=b_office, year=YEAR, site=two["b"])

    client.force_login(sheng)
    page = client.get("/workspace/reports/website/").content.decode()
    assert "测试县人民政府网" in page and "乙县人民政府网" in page
    resp = client.post("/workspace/reports/website/", {"year": str(YEAR), "site": two["a"].pk})
    assert resp.status_code == 302
    assert two["a"].website_reports.get(year=YEAR).figures["site_id_code"] == "5300000001"

    client.force_login(b_office)
    page = client.get("/workspace/reports/website/").content.decode()
    assert "乙县人民政府网" in page and "测试县人民政府网" not in page
    a_report = two["a"].website_reports.get(year=YEAR)
    assert client.get(f"/workspace/reports/website/{a_report.pk}/").status_code == 404
    # a site not of the office's is refused with a Chinese message, not a 500
    page = client.post(
        "/workspace/reports/website/", {"year": str(YEAR), "site": two["a"].pk}, follow=True
    ).content.decode()
    assert "请选择网站" in page


def test_january_reminder_names_each_site_until_its_report_is_published(two, gov):
    import time_machine

    from gongkai.workspace.registry import todo_for

    a_office = make_staff(gov, Role.OFFICE, "a_office")
    with time_machine.travel(timezone.make_aware(dt.datetime(YEAR + 1, 1, 10, 9)), tick=False):
        items = [i for i in todo_for(a_office) if i.kind == "网站年度报表"]
        assert [i.title for i in items] == [
            "编制并发布2025年度政府网站工作年度报表（测试县人民政府网）"
        ]
        report = website_services.website_report_generate(actor=a_office, year=YEAR, site=two["a"])
        website_services.website_report_update(
            actor=a_office, report=report, values={"leader": "甲", "filler": "乙", "phone": "1"}
        )
        website_services.website_report_publish(actor=a_office, report=report)
        assert not [i for i in todo_for(a_office) if i.kind == "网站年度报表"]
