"""Fuzzing every operation of /api/v1/openapi.json, anonymous and with a staff token:
no answer is a 5xx and every documented answer matches the schema.

Schemathesis generates the requests from the schema (valid and invalid ones); the app is
called in-process through WSGI. The run is bounded (a number of examples per operation
and a time budget for the whole test) and runs once, in the SQLite pass. Hypothesis and Schemathesis are imported by the test
itself, not at collection: `make check` collects this module without paying for them.
"""

import os
import time

import pytest

pytestmark = [
    pytest.mark.heavy,
    pytest.mark.slow,
    pytest.mark.django_db,
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the fuzz run is for the SQLite pass only",
    ),
]

EXAMPLES = int(os.environ.get("GONGKAI_FUZZ_EXAMPLES", "20"))
BUDGET = float(os.environ.get("GONGKAI_FUZZ_SECONDS", "100"))


def _checks() -> list:
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
    )

    return [not_a_server_error, response_schema_conformance, content_type_conformance]


def _run(operation, headers: dict, deadline: float) -> int:
    from hypothesis import HealthCheck, Phase, given, settings

    checks = _checks()
    calls = 0

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def fuzz(case):
        nonlocal calls
        if time.monotonic() > deadline:
            return
        calls += 1
        response = case.call(headers=headers)
        case.validate_response(response, checks=checks)

    fuzz()
    return calls


@pytest.fixture
def populated(office, editor_a, dept_b, api_token):
    """Units, staff and a token of the office (which sees every unit)."""
    return {"token": api_token(office)}


@pytest.fixture
def keep_connection():
    """As Django's test client does: the request cycle must not close the test's connection."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_survives_fuzzing(populated, settings, keep_connection):
    from schemathesis.openapi import from_wsgi

    from gongkai.wsgi import application

    settings.GONGKAI_RATE_LIMITS_ENABLED = False
    schema = from_wsgi("/api/v1/openapi.json", application)
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 30
    token = populated["token"]
    deadline = time.monotonic() + BUDGET
    calls = 0
    for operation in operations:
        calls += _run(operation, {}, deadline)
        calls += _run(operation, {"Authorization": token}, deadline)
    print(f"fuzzed {len(operations)} operations with {calls} requests")
    assert calls >= len(operations)
