"""The office reviews the departments' replies to suggestions only where it was granted
review rights (``User.review_units``); the tests' office is granted both departments."""

from __future__ import annotations

import pytest


@pytest.fixture
def office(office, dept_a, dept_b):
    office.review_units.add(dept_a, dept_b)
    return office
