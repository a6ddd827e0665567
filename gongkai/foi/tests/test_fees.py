"""Information processing fees (RULES §5): band edges, one method, notice, payment,
waiver, lapse, and the configurable effect on the reply period."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from gongkai.foi.codes import Outcome
from gongkai.foi.fees import per_application_rate, per_volume_fee
from gongkai.foi.models import Application, FeeMethod, Letter
from gongkai.foi.services import (
    fee_assess,
    fee_notice,
    fee_paid,
    fee_waive,
    lapse_overdue,
    monthly_ordinal,
)
from gongkai.foi.tests.conftest import travel

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("ordinal", "yuan"),
    [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400)],
)
def test_per_application_bands(ordinal, yuan):
    # RULES §5: 1–10 free; 11–30 at 100; 31–40 at 200; 41–50 at 300 …
    assert per_application_rate(ordinal) == yuan


@pytest.mark.parametrize(
    ("pages", "yuan"),
    [
        (0, 0),
        (30, 0),
        (31, 10),  # page 31 at 10
        (100, 700),  # 70 pages × 10
        (101, 720),  # 700 + 1 page × 20
        (200, 2700),  # 700 + 100 × 20
        (201, 2740),  # 2700 + 1 page × 40
    ],
)
def test_per_volume_bands_are_per_page_in_each_range(pages, yuan):
    # RULES §5: "pages 31–100 at 10 yuan, 101–200 at 20 yuan, 201 and up at 40 yuan"
    quote = per_volume_fee(pages)
    assert quote.amount == Decimal(yuan)
    assert "RULES §5" in quote.basis


def test_ordinal_counts_per_applicant_per_calendar_month(register):
    apps = [register("2026-03-02", description=f"信息{i}") for i in range(41)]
    ordinals = [monthly_ordinal(a) for a in apps]
    assert ordinals == list(range(1, 42))
    # another applicant in the same month starts at 1; the same one next month too
    other = register("2026-03-03", id_number="110101199003074477", applicant_name="李四")
    assert monthly_ordinal(other) == 1
    april = register("2026-04-01")
    assert monthly_ordinal(april) == 1


@pytest.mark.parametrize(
    ("count", "yuan"), [(10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300)]
)
def test_per_application_fee_assessed_on_the_nth_application(register, editor_a, count, yuan):
    for i in range(count - 1):
        register("2026-03-02", description=f"信息{i}")
    app = register("2026-03-02", description="第N件")
    with travel("2026-03-03"):
        record = fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_APPLICATION)
    assert record.quantity == count
    assert record.amount == Decimal(yuan)


def test_one_method_per_application(register, editor_a):
    app = register("2026-03-02")
    with travel("2026-03-03"):
        fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_VOLUME, pages=120)
        with pytest.raises(ValidationError) as exc:
            fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_APPLICATION)
    assert "一种计费方式" in str(exc.value)


def test_fee_notice_pauses_clock_then_payment_resumes(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-12"):
        fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_VOLUME, pages=120)
        letter = fee_notice(actor=editor_a, application=app)
    app.refresh_from_db()
    assert (
        letter.kind == Letter.Kind.FEE and "应缴金额：1100.00元" in letter.body
    )  # 70 × 10 + 20 × 20
    assert app.status == Application.Status.FEE
    # 20 working days from the day after receipt of the notice (RULES §5)
    assert app.fee_due_on == D("2026-11-09")
    assert "GONGKAI_FOI_FEE_PAUSES_CLOCK=True" in app.fee_clock_rule
    with travel("2026-10-20"):
        app = fee_paid(actor=editor_a, application=app)
    # 10-13..10-20 (6 working days) not counted: 10-30 → 11-09
    assert app.due == D("2026-11-09")
    assert "等待缴纳信息处理费 2026-10-12 → 2026-10-20 不计入" in app.due_explanation


def test_fee_does_not_pause_when_configured(register, editor_a, settings):
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = False
    app = register("2026-09-28")
    with travel("2026-10-12"):
        fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_VOLUME, pages=120)
        fee_notice(actor=editor_a, application=app)
    app.refresh_from_db()
    assert app.due == D("2026-10-30")
    assert "照常计算" in app.fee_clock_rule and "照常计算" in app.due_explanation


def test_unpaid_fee_lapses_to_withdrawn(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-12"):
        fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_VOLUME, pages=31)
        fee_notice(actor=editor_a, application=app, notice_received_on=D("2026-10-14"))
    app.refresh_from_db()
    assert app.fee_due_on == D("2026-11-11")
    with travel("2026-11-11"):
        assert lapse_overdue() == 0
    with travel("2026-11-12"):
        assert lapse_overdue() == 1
    app.refresh_from_db()
    assert app.status == Application.Status.CLOSED
    assert app.outcome == Outcome.OTHER_FEE_UNPAID


def test_waiver_with_reason(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-12"):
        fee_assess(actor=editor_a, application=app, method=FeeMethod.PER_VOLUME, pages=300)
        fee_notice(actor=editor_a, application=app)
        with pytest.raises(ValidationError):
            fee_waive(actor=editor_a, application=app, reason="")
        app = fee_waive(actor=editor_a, application=app, reason="申请人为低保户")
    assert app.fee_waived and app.fee_amount == 0
    assert app.status == Application.Status.PROCESSING
    assert app.fees.get().waiver_reason == "申请人为低保户"
