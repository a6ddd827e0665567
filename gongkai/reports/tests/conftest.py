"""A year (2025) of data for dept_a, with every outcome and applicant type (RULES §8)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gongkai.foi.codes import CaseKind, CaseResult
from gongkai.reports.models import ExternalFigure
from gongkai.reports.tables import applicant_keys, outcome_keys
from gongkai.reports.tests import factories as f

YEAR = 2025
D = dt.date


def outcome_count(i: int, j: int) -> int:
    """How many applications of outcome i and applicant type j the fixture creates."""
    return (i + 2 * j) % 3


@pytest.fixture
def year_data(dept_a, dept_b):
    types = applicant_keys()
    outcomes = outcome_keys()
    apps = []
    for i, outcome in enumerate(outcomes):
        for j, t in enumerate(types):
            for k in range(outcome_count(i, j)):
                received = D(YEAR, 1 + (i % 11), 3 + k)
                apps.append(
                    f.application(
                        dept_a,
                        received_on=received,
                        applicant_type=t,
                        outcome=outcome,
                        replied_on=received + dt.timedelta(days=10 + j),
                    )
                )
    # carried over from 2024, replied in 2025 (disclosed): 2 natural, 1 commercial
    for t in ("natural", "natural", "commercial"):
        apps.append(
            f.application(
                dept_a,
                received_on=D(YEAR - 1, 12, 20),
                applicant_type=t,
                outcome="disclosed",
                replied_on=D(YEAR, 1, 8),
            )
        )
    # received and replied in 2024: not part of 2025
    apps.append(
        f.application(
            dept_a,
            received_on=D(YEAR - 1, 3, 1),
            outcome="disclosed",
            replied_on=D(YEAR - 1, 3, 20),
        )
    )
    # carried over from 2024 and still open at the end of 2025 (commercial)
    apps.append(
        f.application(
            dept_a,
            received_on=D(YEAR - 1, 12, 28),
            applicant_type="commercial",
            outcome="partly",
            replied_on=D(YEAR + 1, 1, 10),
        )
    )
    # carried forward: 1 natural and 2 legal-service open; 1 research replied in 2026
    apps.append(f.application(dept_a, received_on=D(YEAR, 12, 20)))
    apps += [
        f.application(dept_a, received_on=D(YEAR, 12, 22), applicant_type="legal_service")
        for _ in range(2)
    ]
    apps.append(
        f.application(
            dept_a,
            received_on=D(YEAR, 12, 24),
            applicant_type="research",
            outcome="disclosed",
            replied_on=D(YEAR + 1, 1, 6),
        )
    )
    # another unit's application: never in dept_a's report
    apps.append(
        f.application(
            dept_b, received_on=D(YEAR, 5, 5), outcome="disclosed", replied_on=D(YEAR, 5, 9)
        )
    )
    created = f.add_applications(apps)
    a0 = created[0]

    # section 二 documents
    f.add_items(
        [
            f.item(dept_a, kind="rule", published_on=D(YEAR - 2, 5, 1)),
            f.item(dept_a, kind="rule", published_on=D(YEAR, 4, 1)),
            f.item(
                dept_a,
                kind="rule",
                published_on=D(2020, 1, 1),
                validity="repealed",
                changed_on=D(YEAR, 6, 1),
                status="repealed",
            ),
            f.item(dept_a, kind="normative", published_on=D(YEAR - 1, 2, 1)),
            f.item(dept_a, kind="normative", published_on=D(YEAR - 1, 7, 1)),
            f.item(dept_a, kind="normative", published_on=D(YEAR, 2, 1)),
            f.item(dept_a, kind="normative", published_on=D(YEAR, 3, 1)),
            f.item(
                dept_a,
                kind="normative",
                published_on=D(YEAR, 4, 1),
                validity="expired",
                changed_on=D(YEAR, 9, 1),
                status="expired",
            ),
            f.item(
                dept_a,
                kind="normative",
                published_on=D(2019, 1, 1),
                validity="repealed",
                changed_on=D(YEAR - 1, 3, 1),
                status="repealed",
            ),
            f.item(dept_a, kind="normative", published_on=D(YEAR, 5, 1), status="withdrawn"),
            f.item(dept_b, kind="normative", published_on=D(YEAR, 5, 1)),
            f.item(dept_a, kind="interpretation", published_on=D(YEAR, 2, 2)),
            f.item(dept_a, kind="news", published_on=D(YEAR, 2, 3)),
        ]
    )
    for kind, value in (
        ("licensing", 120),
        ("penalty", 35),
        ("enforcement", 4),
        ("fees", "1.2345"),
    ):
        ExternalFigure.objects.create(
            unit=dept_a, year=YEAR, kind=kind, value=Decimal(value), source="测试导出"
        )
    ExternalFigure.objects.create(
        unit=dept_b, year=YEAR, kind="licensing", value=Decimal(999), source="测试导出"
    )

    # section 四 cases
    R, LD, LA = CaseKind.REVIEW, CaseKind.LITIGATION_DIRECT, CaseKind.LITIGATION_AFTER_REVIEW
    for kind, result, filed, decided in [
        (R, CaseResult.UPHELD, D(YEAR, 3, 1), D(YEAR, 5, 1)),
        (R, CaseResult.UPHELD, D(YEAR, 4, 1), D(YEAR, 6, 1)),
        (R, CaseResult.CORRECTED, D(YEAR, 4, 1), D(YEAR, 7, 1)),
        (R, CaseResult.PENDING, D(YEAR, 10, 1), None),
        (R, CaseResult.CORRECTED, D(YEAR - 1, 11, 1), D(YEAR, 2, 1)),
        (R, CaseResult.UPHELD, D(YEAR, 11, 1), D(YEAR + 1, 2, 1)),
        (R, CaseResult.UPHELD, D(YEAR - 1, 1, 1), D(YEAR - 1, 5, 1)),
        (LD, CaseResult.UPHELD, D(YEAR, 2, 1), D(YEAR, 8, 1)),
        (LA, CaseResult.OTHER, D(YEAR, 2, 1), D(YEAR, 9, 1)),
        (LA, CaseResult.PENDING, D(YEAR, 12, 1), None),
    ]:
        f.case(a0, kind=kind, result=result, filed_on=filed, decided_on=decided)

    # section 六 fees: 100 + 200 paid in 2025
    f.fee(a0, amount="100", paid_on=D(YEAR, 3, 1))
    f.fee(a0, amount="200", paid_on=D(YEAR, 6, 1))
    f.fee(a0, amount="300", paid_on=D(YEAR, 6, 1), waived=True)
    f.fee(a0, amount="50", paid_on=D(YEAR - 1, 6, 1))
    f.fee(a0, amount="70")
    return created
