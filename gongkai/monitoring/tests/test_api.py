"""The staff API: list, latest verdict, trigger — scoped to the person's unit."""

from __future__ import annotations

import pytest

from gongkai.monitoring import services
from gongkai.monitoring.models import CrawlRun
from gongkai.monitoring.tests.conftest import TIMEOUT
from gongkai.monitoring.tests.test_crawl import check, make_site

pytestmark = pytest.mark.django_db


def test_list_verdict_and_trigger(client, dept_a, editor_a, api_token, defect_site, settings):
    settings.GONGKAI_MONITORING = {"timeout": TIMEOUT, "rate": 0}
    site = make_site(dept_a, defect_site, depth=0)
    auth = {"HTTP_AUTHORIZATION": api_token(editor_a)}
    listed = client.get("/api/v1/monitoring/sites", **auth).json()
    assert [s["id"] for s in listed] == [site.pk]
    missing = client.get(f"/api/v1/monitoring/sites/{site.pk}/verdict", **auth)
    assert missing.status_code == 404
    assert missing.json()["message"] == "该网站尚无完成的检测"
    run = check(site)
    verdict = client.get(f"/api/v1/monitoring/sites/{site.pk}/verdict", **auth).json()
    assert verdict["id"] == run.pk and verdict["broken"] == 8
    assert {v["code"] for v in verdict["verdict"]} >= {"unreachable", "homepage", "stale_columns"}
    created = client.post(
        f"/api/v1/monitoring/sites/{site.pk}/runs",
        {"depth": 0},
        content_type="application/json",
        **auth,
    )
    assert created.status_code == 202
    assert created.json()["status"] == "queued"
    bad = client.post(
        f"/api/v1/monitoring/sites/{site.pk}/runs",
        {"depth": -1},
        content_type="application/json",
        **auth,
    )
    assert bad.status_code == 422
    assert "0" in bad.json()["message"]


def test_other_unit_gets_404_and_anonymous_401(client, dept_a, editor_b, api_token):
    site = services.site_create(actor=None, unit=dept_a, name="民政站", url="http://127.0.0.1:9/")
    auth = {"HTTP_AUTHORIZATION": api_token(editor_b)}
    assert client.get("/api/v1/monitoring/sites", **auth).json() == []
    assert client.get(f"/api/v1/monitoring/sites/{site.pk}/verdict", **auth).status_code == 404
    response = client.post(
        f"/api/v1/monitoring/sites/{site.pk}/runs", {}, content_type="application/json", **auth
    )
    assert response.status_code == 404
    assert not CrawlRun.objects.exists()
    assert client.get("/api/v1/monitoring/sites").status_code == 401
