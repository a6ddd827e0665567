"""The office corrects found columns and sets a site's depth and rate in the workspace."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from gongkai.monitoring import services
from gongkai.monitoring.models import Column
from gongkai.monitoring.tests.test_pages import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(gov):
    site = services.site_create(actor=None, unit=gov, name="示范站", url="http://127.0.0.1:9/")
    Column.objects.create(
        site=site, name="乡镇专栏", url="http://127.0.0.1:9/xz/", kind="other", origin="auto"
    )
    return site


def test_office_corrects_a_found_column(client, office, site):
    column = site.columns.get()
    login(client, office)
    page = client.get(reverse("monitoring:site", args=[site.pk]))
    assert "自动发现" in page.content.decode()
    response = client.post(
        reverse("monitoring:column_edit", args=[site.pk, column.pk]),
        {"name": "乡镇动态", "kind": "news", "limit_days": "7"},
    )
    assert response.status_code == 302
    column.refresh_from_db()
    assert (column.name, column.kind, column.limit_days) == ("乡镇动态", "news", 7)
    assert column.origin == Column.Origin.OFFICE
    bad = client.post(
        reverse("monitoring:column_edit", args=[site.pk, column.pk]),
        {"name": "乡镇动态", "kind": "weekly"},
    )
    assert bad.status_code == 200 and "weekly" not in Column.objects.get().kind


def test_deleting_a_found_column_keeps_it_from_coming_back(client, office, site):
    column = site.columns.get()
    login(client, office)
    client.post(reverse("monitoring:column_delete", args=[site.pk, column.pk]))
    column.refresh_from_db()
    assert column.ignored
    client.get(reverse("monitoring:site", args=[site.pk]))  # the message is shown once
    page = client.get(reverse("monitoring:site", args=[site.pk])).content.decode()
    assert "乡镇专栏" not in page
    # Added again by hand: the office's word wins.
    services.column_create(actor=office, site=site, name="乡镇专栏", url=column.url, kind="notice")
    column.refresh_from_db()
    assert not column.ignored and column.kind == "notice"


def test_site_settings_depth_and_rate(client, office, site):
    login(client, office)
    url = reverse("monitoring:site_settings", args=[site.pk])
    client.post(url, {"depth": "", "rate": "0"})
    site.refresh_from_db()
    assert site.depth is None and site.rate == 0
    assert services.crawl_settings(site).rate == 0
    client.post(url, {"depth": "5", "rate": "2.5"})
    site.refresh_from_db()
    assert site.depth == 5 and site.rate == 2.5
    response = client.post(url, {"depth": "-1", "rate": "-3"}, follow=True)
    assert "每秒请求数不能为负数" in response.content.decode()
    site.refresh_from_db()
    assert site.rate == 2.5


def test_export_has_the_score(client, office, gov, defect_site):
    from gongkai.monitoring.tests.test_crawl import check, make_site

    run = check(make_site(gov, defect_site, depth=1))
    login(client, office)
    response = client.get(reverse("monitoring:run_xlsx", args=[run.pk]))
    wb = load_workbook(io.BytesIO(response.content))
    rows = list(wb["扣分指标"].iter_rows(values_only=True))
    assert any(r and r[0] == "得分" and r[1] == run.score["total"] for r in rows)
    assert run.score["total"] < 100
