"""The platform's own portal is watched where it really runs (issue 17).

``make run`` sets ``GONGKAI_BASE_URL`` from ``PORT``; the platform site follows that
address, and a check of the demo portal raises no false alarm.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.utils import timezone

from gongkai.monitoring import services
from gongkai.monitoring.crawl import CrawlSettings
from gongkai.monitoring.models import AvailabilityProbe, Site


@pytest.mark.django_db
def test_platform_site_follows_the_configured_address(gov, settings):
    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:8000"}
    site = services.site_ensure_platform()
    assert site.url == "http://127.0.0.1:8000/"
    # Probes of a portal that never ran on 8000 failed; they must not follow it.
    AvailabilityProbe.objects.create(site=site, at=timezone.now(), ok=False, elapsed=0.1)
    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:8123/"}
    moved = services.site_ensure_platform()
    assert moved.pk == site.pk and moved.url == "http://127.0.0.1:8123/"
    assert not moved.probes.exists()
    column = services.column_create(
        actor=None, site=moved, name="政府信息公开", url=moved.url + "xxgk/", kind="other"
    )
    assert column.url == "http://127.0.0.1:8123/xxgk/"
    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": "http://127.0.0.1:8124/"}
    services.site_ensure_platform()
    assert list(moved.columns.values_list("url", flat=True)) == ["http://127.0.0.1:8124/xxgk/"]


@pytest.mark.heavy  # a live server with the whole demo loaded
@pytest.mark.django_db(transaction=True)
def test_demo_portal_checked_at_its_real_address_without_false_alarms(
    live_server, settings, client
):
    settings.GONGKAI_SITE = {**settings.GONGKAI_SITE, "base_url": live_server.url}
    call_command("demo_load", verbosity=0)
    site = Site.objects.get(is_platform=True)
    assert site.url == live_server.url + "/"
    run = services.run_request(actor=None, site=site, enqueue=False)
    # External links (the ICP record office) are outside this machine's reach in a test.
    run = services.run_execute(
        run_id=run.pk,
        settings=CrawlSettings(concurrency=4, per_host=4, rate=0, timeout=10, external=False),
    )
    assert run.pages > 20
    assert list(run.broken_links.values_list("url", "page")) == []
    # No false alarm: nothing broken, the homepage fresh, nothing unreachable (there are
    # no probes yet). What is reported is true: every empty column is a catalogue page of
    # the demo that shows 暂无信息 (the demo publishes five documents, not one per node).
    verdict = {v["code"]: v for v in run.verdict}
    assert verdict["homepage"]["status"] == "pass"
    assert verdict["unreachable"]["status"] == "not_measured"
    assert verdict["stale_columns"]["status"] == "pass"
    for check in run.column_checks.filter(empty=True):
        page = client.get(check.url.removeprefix(live_server.url))
        assert page.status_code == 200 and "暂无信息" in page.content.decode(), check.url
    assert {v["code"] for v in run.verdict if v["status"] == "fail"} <= {"empty_columns"}
    deductions = {d["item"].split("：")[0] for d in run.score["deductions"]}
    assert "链接可用性" not in deductions


def test_make_run_passes_port_into_the_base_url(tmp_path):
    """``make run PORT=9123`` exports GONGKAI_BASE_URL for demo_load, the server and worker."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    makefile = tmp_path / "Makefile"
    makefile.write_text(
        (root / "Makefile").read_text(encoding="utf-8")
        + "\nshow-base:\n\t@echo $$GONGKAI_BASE_URL $$PORT\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        ["make", "-s", "-f", str(makefile), "show-base", "PORT=9123"],
        capture_output=True, text=True, check=True, cwd=root,
        env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert out.stdout.split() == ["http://127.0.0.1:9123", "9123"]
