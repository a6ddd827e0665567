"""200 public submissions at once against the running server: every one stored, each
with its own tracking number (nothing accepted is ever lost)."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from gongkai.core.audit import audit_verify
from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import payload

N = 200


@pytest.mark.django_db(transaction=True)
def test_200_simultaneous_submissions(live_server, dept_a):
    url = f"{live_server.url}/api/v1/applications"

    def submit(i: int):
        body = json.dumps(payload(dept_a, description=f"并发测试信息 {i}")).encode()
        request = urllib.request.Request(
            url, data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 — loopback
            return response.status, json.loads(response.read())

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(submit, range(N)))
    assert all(status == 201 for status, _ in results)
    numbers = {body["tracking_number"] for _, body in results}
    assert len(numbers) == N
    stored = set(Application.objects.values_list("tracking_number", flat=True))
    assert stored == numbers
    descriptions = set(Application.objects.values_list("description", flat=True))
    assert descriptions == {f"并发测试信息 {i}" for i in range(N)}
    assert audit_verify().ok
