"""The deduction score (RULES §7): points per finding, capped by the indicator's weight."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from gongkai.monitoring import score as scoring
from gongkai.monitoring import verdict
from gongkai.monitoring.models import AvailabilityProbe
from gongkai.monitoring.tests.test_whole_site import county, monitor  # noqa: F401

TABLE = scoring.load_table()
ALL = {r["code"] for i in TABLE["indicators"] for r in i["rules"]}


def test_each_rule_and_the_weight_cap():
    findings = {
        "home_availability": ["一周内打不开 3 次"],
        "home_links": [f"http://x/{k}" for k in range(3)],  # 3 × 1
        "other_links": [f"http://x/o{k}" for k in range(40)],  # 4 × … capped at 5 − 3 = 2
        "stale_columns": ["a", "b"],
        "empty_columns": ["c"],
        "interaction": ["留言 1"],
        "service_guides": ["指南 1：缺少办理地点", "指南 2：缺少咨询电话"],
        "identity": ["首页底部未见公安机关备案号"],
    }
    result = scoring.compute(findings, measured=ALL, table=TABLE)
    by_code = [d["points"] for d in result["deductions"]]
    assert by_code == [5.0, 3.0, 2.0, 2.0, 2.0, 1.0, 2.0, 1.0]
    assert result["total"] == 82.0 == 100 - sum(by_code)
    assert all(d["evidence"] for d in result["deductions"])
    assert "国办秘函〔2019〕19号" in result["source"]


def test_not_measured_rules_lose_nothing():
    result = scoring.compute({"interaction": ["x"]}, measured={"home_links"}, table=TABLE)
    assert result["total"] == 100.0
    assert any("互动回应" in n for n in result["not_measured"])


@pytest.mark.django_db
def test_probes_deduct_homepage_availability(gov, county):  # noqa: F811
    data = monitor(county, "--rate", "0")
    from gongkai.monitoring.models import CrawlRun, Site

    site = Site.objects.get()
    now = timezone.now()
    AvailabilityProbe.objects.bulk_create(
        AvailabilityProbe(site=site, at=now - dt.timedelta(hours=h), ok=h != 5, elapsed=0.2)
        for h in range(1, 51)
    )  # 1 failure in 50 = 2% ≥ 1%: the deduction, though not the 5% veto
    run = CrawlRun.objects.get(pk=data["run"])
    items, result = verdict.judge(run, list(run.column_checks.all()))
    assert {i["code"]: i["status"] for i in items}["unreachable"] == "pass"
    first = result["deductions"][0]
    assert first["item"].startswith("首页可用性") and first["points"] == 5.0
    assert "探测 50 次，首页打不开 1 次（2.0%）" in first["evidence"][0]


@pytest.mark.django_db
def test_service_guides_missing_elements_are_found_on_the_platform(gov, settings):
    from gongkai.monitoring import services
    from gongkai.publishing.models import InformationItem

    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:9/"}
    site = services.site_ensure_platform()
    full = "设定依据 申请条件 办理材料 办理地点 办理时间 咨询电话 办理流程"
    for title, body in (("低保申请", full), ("临时救助", "申请条件：困难家庭。咨询电话：12345")):
        InformationItem.objects.create(
            unit=gov,
            title=title,
            body=body,
            kind="service_guide",
            status="published",
            published_at=timezone.now(),
        )
    found = verdict.incomplete_guides(site)
    assert found == ["临时救助：缺少设定依据、办理材料、办理地点、办理时间、办理流程"]
    other = services.site_create(actor=None, unit=gov, name="外站", url="http://127.0.0.1:8/")
    assert verdict.incomplete_guides(other) is None  # only the platform's own guides


@pytest.mark.django_db
def test_defacement_reports_open_static_incidents(gov, settings, tmp_path):
    from gongkai.monitoring import services
    from gongkai.staticsite.models import StaticIncident

    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:9/"}
    site = services.site_ensure_platform()
    settings.GONGKAI_STATIC_ROOT = ""
    assert verdict.defacement_item(site)["status"] == "not_measured"
    settings.GONGKAI_STATIC_ROOT = str(tmp_path)
    assert verdict.defacement_item(site)["status"] == "pass"
    StaticIncident.objects.create(root=str(tmp_path), altered=["xxgk/index.html"])
    item = verdict.defacement_item(site)
    assert item["status"] == "fail" and "1 起" in item["evidence"]
    assert any("xxgk/index.html" in d for d in item["details"])
    other = services.site_create(actor=None, unit=gov, name="外站", url="http://127.0.0.1:8/")
    assert verdict.defacement_item(other)["status"] == "not_measured"
