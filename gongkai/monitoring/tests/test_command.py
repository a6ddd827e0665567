"""``gongkai monitor URL --json``, availability probes and the scheduler jobs."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from gongkai.core.registry import periodic_jobs
from gongkai.monitoring import services
from gongkai.monitoring.models import AvailabilityProbe, Site
from gongkai.monitoring.tests.conftest import TIMEOUT
from gongkai.monitoring.testserver import closed_port

pytestmark = pytest.mark.django_db


def test_monitor_command_json(gov, defect_site):
    # Unpaced (--rate 0), as the other crawls of the defect site: at the platform's 10
    # requests per second the two runs would wait ~4 s for nothing; the pacing itself is
    # test_fetcher's.
    out = StringIO()
    call_command(
        "monitor",
        defect_site + "/",
        "--json",
        "--depth",
        "1",
        "--timeout",
        str(TIMEOUT),
        "--rate",
        "0",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert set(data) == {
        "site", "run", "passed", "pages", "links", "trend", "broken_links", "columns",
        "verdict", "score",
    }  # fmt: skip
    assert len(data["broken_links"]) == 8
    assert set(data["broken_links"][0]) == {"page", "url", "status", "error", "text", "tag"}
    assert all(set(c) == {"name", "url", "kind", "latest_date", "stale", "empty", "undated"}
               for c in data["columns"])  # fmt: skip
    assert set(data["verdict"][0]) == {"code", "title", "status", "evidence"}
    assert set(data["score"]) == {"total", "deductions"}
    assert data["trend"] == {"new": 8, "still": 0, "fixed": 0}
    assert {b["error"] for b in data["broken_links"]} == {
        "http",
        "timeout",
        "refused",
        "dns",
        "redirect_loop",
    }
    assert Site.objects.get().unit == gov
    text = StringIO()
    call_command(
        "monitor",
        defect_site + "/",
        "--depth",
        "0",
        "--timeout",
        str(TIMEOUT),
        "--rate",
        "0",
        stdout=text,
    )
    assert "仍失效 8" in text.getvalue()


def test_monitor_command_rejects_bad_url(gov):
    with pytest.raises(CommandError, match="http:// 或 https://"):
        call_command("monitor", "not a url")


def test_probes_measure_unreachability_over_a_week(gov, defect_site):
    """RULES §7: unreachable when ≥ 5% of a week's attempts fail within 15 seconds."""
    up = services.site_create(actor=None, unit=gov, name="正常", url=defect_site + "/")
    down = services.site_create(
        actor=None, unit=gov, name="关闭", url=f"http://127.0.0.1:{closed_port()}/"
    )
    slow = services.site_create(actor=None, unit=gov, name="慢", url=defect_site + "/slow.html")
    assert services.probe_sites(sites=[up, down, slow], timeout=TIMEOUT) == 3
    assert AvailabilityProbe.objects.get(site=up).ok
    assert not AvailabilityProbe.objects.get(site=down).ok
    assert not AvailabilityProbe.objects.get(site=slow).ok

    now = timezone.now()
    # 19 good probes and one failure = exactly 5%: a veto.
    AvailabilityProbe.objects.bulk_create(
        AvailabilityProbe(site=up, at=now - dt.timedelta(hours=h + 1), ok=True, elapsed=0.1)
        for h in range(18)
    )
    AvailabilityProbe.objects.create(site=up, at=now - dt.timedelta(hours=30), ok=False, elapsed=15)
    item = services.unreachable_item(up)
    assert item["status"] == "fail"
    assert item["evidence"] == "近一周探测 20 次，失败 1 次（5.0%）"
    AvailabilityProbe.objects.create(site=up, at=now - dt.timedelta(hours=40), ok=True, elapsed=0.1)
    assert services.unreachable_item(up)["status"] == "pass"
    # Older than a week: dropped on the next probe round.
    AvailabilityProbe.objects.create(site=up, at=now - dt.timedelta(days=8), ok=False, elapsed=1)
    services.probe_sites(sites=[up], timeout=TIMEOUT)
    assert not AvailabilityProbe.objects.filter(at__lt=now - dt.timedelta(days=7)).exists()


def test_periodic_jobs_registered():
    jobs = {j.name: j.interval for j in periodic_jobs()}
    assert jobs["monitoring.probe"] <= dt.timedelta(hours=24) / 20
    assert jobs["monitoring.check"] == dt.timedelta(days=1)
