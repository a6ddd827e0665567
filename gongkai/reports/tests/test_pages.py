"""Pages, downloads, the JSON API and who may see a draft (RULES §8)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from gongkai.reports.models import AnnualReport, ExternalFigure
from gongkai.reports.services import report_publish, report_start
from gongkai.reports.tests.conftest import YEAR

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(year_data, dept_a, editor_a):
    return report_start(actor=editor_a, unit=dept_a, year=YEAR)


def test_dept_b_staff_cannot_see_dept_a_draft(draft, client, editor_b, reviewer_b, api_token):
    for user in (editor_b, reviewer_b):
        client.force_login(user)
        assert client.get(f"/workspace/reports/{draft.pk}/").status_code == 404
        assert client.get(f"/xxgk/ndbg/{draft.pk}/").status_code == 404
        assert client.get(f"/xxgk/ndbg/{draft.pk}/download/pdf/").status_code == 404
        r = client.get(f"/api/v1/reports/annual/{draft.unit_id}/{YEAR}")
        assert r.status_code == 404
    client.logout()
    r = client.get(
        f"/api/v1/reports/annual/{draft.unit_id}/{YEAR}",
        HTTP_AUTHORIZATION=api_token(editor_b),
    )
    assert r.status_code == 404
    # nor publish it
    client.force_login(reviewer_b)
    assert client.post(f"/workspace/reports/{draft.pk}/publish/").status_code == 404
    draft.refresh_from_db()
    assert draft.status == AnnualReport.Status.DRAFT


def test_public_cannot_see_draft_but_owner_and_office_can(draft, client, editor_a, office):
    assert client.get(f"/xxgk/ndbg/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v1/reports/annual/{draft.unit_id}/{YEAR}").status_code == 404
    for user in (editor_a, office):
        client.force_login(user)
        r = client.get(f"/workspace/reports/{draft.pk}/")
        assert r.status_code == 200
        assert "发布前检查" in r.content.decode()
        api = client.get(f"/api/v1/reports/annual/{draft.unit_id}/{YEAR}").json()
        assert api["status"] == "draft"
        assert {c["key"]: c["ok"] for c in api["checks"]} == {
            "columns": True,
            "valid_documents": True,
            "carried_over": True,
            "each_once": True,
        }


def test_publish_through_page_then_public(draft, client, reviewer_a):
    client.force_login(reviewer_a)
    r = client.post(f"/workspace/reports/{draft.pk}/publish/", follow=True)
    assert "报告已发布" in r.content.decode()
    client.logout()
    listing = client.get("/xxgk/ndbg/").content.decode()
    assert draft.title in listing
    page = client.get(f"/xxgk/ndbg/{draft.pk}/").content.decode()
    assert "三、本年度办理结果" in page and "申请人情况" in page
    assert 'colspan="5">法人或其他组织' in page
    for fmt, magic in (("docx", b"PK"), ("xlsx", b"PK"), ("pdf", b"%PDF")):
        resp = client.get(f"/xxgk/ndbg/{draft.pk}/download/{fmt}/")
        assert resp.status_code == 200 and resp.content.startswith(magic)
    assert client.get(f"/xxgk/ndbg/{draft.pk}/download/exe/").status_code == 404


def test_api_json_has_rules_labels(draft, reviewer_a, client):
    report_publish(actor=reviewer_a, report=draft)
    data = client.get(f"/api/v1/reports/annual/{draft.unit_id}/{YEAR}").json()
    s3 = data["section3"]
    assert [c["label"] for c in s3["columns"]] == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    assert s3["columns"][1]["path"] == ["申请人情况", "法人或其他组织", "商业企业"]
    assert s3["rows"][0]["label"] == "一、本年新收政府信息公开申请数量"
    assert s3["rows"][-1]["values"]["total"] == 5
    assert data["section2"][0]["rows"][1] == {
        "key": "normative",
        "label": "行政规范性文件",
        "path": ["行政规范性文件"],
        "values": {"issued": 3, "repealed": 1, "valid": 4},
    }
    assert data["section2"][3]["rows"][0]["values"]["amount"] == "1.2345"
    assert data["section4"]["rows"][0]["values"]["review.total"] == 6
    assert data["section6"] == {"fees_collected_yuan": "300.00"}
    assert "checks" not in data
    assert client.get(f"/api/v1/reports/annual/{draft.unit_id}/{YEAR}?scope=x").status_code == 404
    assert client.get(f"/api/v1/reports/annual/{draft.unit_id}/1999").status_code == 404


def test_edit_text_and_start_from_workspace(year_data, client, editor_a, dept_a):
    client.force_login(editor_a)
    r = client.post("/workspace/reports/", {"unit": dept_a.pk, "year": YEAR, "scope": "own"})
    report = AnnualReport.objects.get(unit=dept_a, year=YEAR)
    assert r.status_code == 302
    assert "全年收到政府信息公开申请" in report.overview
    r = client.post(
        f"/workspace/reports/{report.pk}/",
        {"overview": "总体情况<script>", "problems": "问题", "other_matters": ""},
    )
    report.refresh_from_db()
    assert report.overview == "总体情况<script>" and report.problems == "问题"
    page = client.get(f"/workspace/reports/{report.pk}/").content.decode()
    assert "总体情况&lt;script&gt;" in page
    # bad input gives a Chinese message, not a 500
    r = client.post("/workspace/reports/", {"unit": dept_a.pk, "year": "abc"}, follow=True)
    assert "请填写正确的年度" in r.content.decode()


def test_figures_entry_and_import(client, editor_a, dept_a, dept_b):
    client.force_login(editor_a)
    r = client.post(
        "/workspace/reports/figures/",
        {"unit": dept_a.pk, "year": YEAR, "licensing": "12", "source": ""},
        follow=True,
    )
    assert "请注明数据来源" in r.content.decode()
    assert not ExternalFigure.objects.exists()
    client.post(
        "/workspace/reports/figures/",
        {"unit": dept_a.pk, "year": YEAR, "licensing": "12", "source": "审批系统导出"},
    )
    fig = ExternalFigure.objects.get()
    assert fig.value == 12 and fig.source == "审批系统导出" and fig.entered_by == editor_a
    from django.core.files.uploadedfile import SimpleUploadedFile

    csv = "项目,数值\n行政处罚,7\n行政事业性收费,0.35\n".encode("gbk")
    client.post(
        "/workspace/reports/figures/",
        {
            "unit": dept_a.pk,
            "year": YEAR,
            "source": "执法平台",
            "file": SimpleUploadedFile("f.csv", csv),
        },
    )
    got = dict(ExternalFigure.objects.values_list("kind", "value"))
    assert got["penalty"] == 7 and str(got["fees"].normalize()) == "0.35"
    assert "导入文件：f.csv" in ExternalFigure.objects.get(kind="penalty").source
    # a bad row saves nothing and names the row
    bad = "项目,数值\n行政强制,3\n行政奖励,1\n".encode()
    r = client.post(
        "/workspace/reports/figures/",
        {"unit": dept_a.pk, "year": YEAR, "source": "x", "file": SimpleUploadedFile("b.csv", bad)},
        follow=True,
    )
    assert "第 2 条数据的项目“行政奖励”无法识别" in r.content.decode()
    assert not ExternalFigure.objects.filter(kind="enforcement").exists()
    # another unit is out of reach
    client.post(
        "/workspace/reports/figures/",
        {"unit": dept_b.pk, "year": YEAR, "licensing": "5", "source": "x"},
    )
    assert not ExternalFigure.objects.filter(unit=dept_b).exists()


def test_figures_import_xlsx(editor_a, dept_a):
    import io

    from openpyxl import Workbook

    from gongkai.reports.services import external_figures_import

    wb = Workbook()
    wb.active.append(["项目", "数值"])
    wb.active.append(["行政许可", 42])
    buf = io.BytesIO()
    wb.save(buf)
    external_figures_import(
        actor=editor_a, unit=dept_a, year=YEAR, name="a.xlsx", content=buf.getvalue(), source="s"
    )
    assert ExternalFigure.objects.get(kind="licensing").value == 42


def test_due_dates_and_reminders(dept_a, gov, office, settings, client):
    from gongkai.reports.plugs import report_reminders
    from gongkai.reports.selectors import due_date

    assert due_date(dept_a, 2025) == dt.date(2026, 1, 31)
    assert due_date(gov, 2025) == dt.date(2026, 3, 31)
    settings.GONGKAI_REPORT_DUE_DEPARTMENT = (1, 15)
    assert due_date(dept_a, 2025) == dt.date(2026, 1, 15)
    with time_machine.travel(dt.datetime(2026, 1, 20, 9, tzinfo=dt.UTC)):
        items = report_reminders(office)
        titles = [i.title for i in items]
        assert "测试县民政局2025年政府信息公开工作年度报告尚未编制" in titles
        dept_item = next(i for i in items if i.unit == dept_a.name)
        assert dept_item.overdue and dept_item.severity == "danger"
        # the government's report is due 31 March: no reminder until 45 days before
        assert not any(i.unit == gov.name for i in items)
        client.force_login(office)
        assert "年度报告" in client.get("/workspace/").content.decode()
        overview = client.get("/workspace/reports/").content.decode()
        assert "2025年度报告发布情况" in overview and "未编制（已逾期）" in overview
    with time_machine.travel(dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)):
        gov_item = next(i for i in report_reminders(office) if i.unit == gov.name)
        assert not gov_item.overdue and gov_item.due == dt.date(2026, 3, 31)


def test_demo_loader_is_idempotent(db):
    from gongkai.core.demo import load_units
    from gongkai.reports import demo
    from gongkai.reports.models import IndicatorSet

    load_units()
    first = demo.load()
    assert "考核指标体系" in first and "年度报告" in first
    # Last year's reports are due by March: the demo county has published them.
    assert AnnualReport.objects.exists()
    assert not AnnualReport.objects.exclude(status=AnnualReport.Status.PUBLISHED).exists()
    n = AnnualReport.objects.count()
    assert demo.load() == "已存在，未新增"
    assert AnnualReport.objects.count() == n and IndicatorSet.objects.count() == 1


def test_default_cadences_loaded(db):
    from gongkai.reports.models import CatalogueCadence

    assert CatalogueCadence.objects.get(node__slug="gzdt").column_kind == "news"
    assert CatalogueCadence.objects.get(node__slug="tzgg").column_kind == "notice"


def test_list_page_queries_do_not_grow(db, django_assert_max_num_queries, client, gov):
    from django.utils import timezone

    from gongkai.core.services import unit_create

    for i in range(12):
        u = unit_create(parent=gov, name=f"单位{i}", kind="department")
        AnnualReport.objects.create(
            unit=u, year=2024 + i % 2, status="published", published_at=timezone.now()
        )
    with django_assert_max_num_queries(6):
        r = client.get("/xxgk/ndbg/")
    listing = r.content.decode().split('class="report-list"')[1]
    assert listing.count("政府信息公开工作年度报告</a>") == 12


def test_rollup_report_for_office_only(year_data, gov, office, editor_a, client):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        report_start(actor=editor_a, unit=gov, year=YEAR, scope="rollup")
    report = report_start(actor=office, unit=gov, year=YEAR, scope="rollup")
    assert report.title.endswith("（汇总）")
    client.force_login(office)
    data = client.get(f"/api/v1/reports/annual/{gov.pk}/{YEAR}?scope=rollup").json()
    assert data["scope"] == "rollup"
    assert data["section2"][1]["rows"][0]["values"]["decisions"] == 120 + 999
    client.force_login(editor_a)
    assert client.get(f"/api/v1/reports/annual/{gov.pk}/{YEAR}?scope=rollup").status_code == 404


def test_published_report_is_searchable(draft, reviewer_a, django_capture_on_commit_callbacks):
    from gongkai.search.selectors import search

    def titles(q):
        result = search(q=q)
        return [hit.doc.title for hit in result.page] if result.page else []

    assert draft.title not in titles("年度报告")  # drafts are never indexed
    with django_capture_on_commit_callbacks(execute=True):
        report_publish(actor=reviewer_a, report=draft)
    assert draft.title in titles("政府信息公开工作年度报告")
