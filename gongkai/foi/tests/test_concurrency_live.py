"""The same 200 simultaneous submissions, as threads against ``live_server`` — on
PostgreSQL (the CI's second run). On SQLite pytest-django gives ``live_server`` an
in-memory shared-cache database whose table locks do not isolate transactions, so
there the gunicorn-based test in test_concurrency.py stands in for this one."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from gongkai.core.audit import audit_verify
from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import payload

N = 200

pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="live_server on SQLite uses a shared-cache memory DB without transaction isolation",
    ),
]


@pytest.mark.django_db(transaction=True)
def test_200_simultaneous_submissions_live_server(live_server, dept_a, settings):
    settings.GONGKAI_RATE_LIMITS_ENABLED = False  # one address, 200 submissions: a load test
    url = f"{live_server.url}/api/v1/applications"

    def submit(i: int):
        body = json.dumps(payload(dept_a, description=f"并发测试信息 {i}")).encode()
        request = urllib.request.Request(
            url, data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 — loopback
            return response.status, json.loads(response.read())

    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(submit, range(N)))
    assert [status for status, _ in results] == [201] * N
    numbers = {body["tracking_number"] for _, body in results}
    assert len(numbers) == N
    assert set(Application.objects.values_list("tracking_number", flat=True)) == numbers
    assert audit_verify().ok
