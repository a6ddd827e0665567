"""The demo loader creates applications in various states and is idempotent."""

import pytest

from gongkai.core.demo import load_units
from gongkai.foi import demo
from gongkai.foi.models import Application


@pytest.mark.django_db
def test_demo_load_is_idempotent():
    load_units()
    summary = demo.load()
    assert "11" in summary
    statuses = set(Application.objects.values_list("status", flat=True))
    assert {"submitted", "processing", "correction", "consulting", "fee", "replied"} <= statuses
    assert demo.load().endswith("未新增")
    assert Application.objects.count() == 11
