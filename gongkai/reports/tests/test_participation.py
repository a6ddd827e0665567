"""Section 一 quotes consultations and messages; assessment scores their timeliness (RULES §6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from gongkai.participation.models import Consultation, Meeting, Message
from gongkai.reports import services
from gongkai.reports.compute import compute_facts

pytestmark = pytest.mark.django_db
D = dt.date


def at(y, m, d, h=10):
    return timezone.make_aware(dt.datetime(y, m, d, h))


def message(unit, n, *, received, due, answered=None, status="answered"):
    return Message.objects.create(
        tracking_number=f"M{n}",
        code_hash="x",
        kind=Message.kind.field.choices[0][0],
        addressed_unit=unit,
        unit=unit,
        subject="留言",
        text="内容",
        contact="13800000000",
        status=status,
        received_at=received,
        due=due,
        due_start=timezone.localdate(received),
        due_rule="r",
        due_explanation="e",
        answered_at=answered,
    )


def consultation(unit, *, published, due=None, summary=None):
    return Consultation.objects.create(
        unit=unit,
        title="征求意见",
        draft_text="草案",
        explanation="说明",
        how_to_comment="邮件",
        starts_at=published,
        ends_at=published + dt.timedelta(days=30),
        status=Consultation.Status.PUBLISHED,
        published_at=published,
        due=due,
        summary_published_at=summary,
    )


@pytest.fixture
def participation(dept_a):
    message(dept_a, 1, received=at(2025, 3, 1), due=dt.date(2025, 3, 20), answered=at(2025, 3, 10))
    message(dept_a, 2, received=at(2025, 4, 1), due=dt.date(2025, 4, 20), answered=at(2025, 4, 25))
    message(dept_a, 3, received=at(2025, 5, 1), due=dt.date(2025, 5, 20), status="processing")
    message(dept_a, 4, received=at(2024, 5, 1), due=dt.date(2024, 5, 20), answered=at(2024, 5, 2))
    consultation(dept_a, published=at(2025, 2, 1), due=dt.date(2025, 6, 1), summary=at(2025, 5, 30))
    consultation(dept_a, published=at(2025, 7, 1), due=dt.date(2025, 9, 1))
    consultation(dept_a, published=at(2024, 7, 1))
    for day, invited in ((D(2025, 3, 3), True), (D(2025, 9, 9), True), (D(2025, 10, 1), False)):
        Meeting.objects.create(
            unit=dept_a, title="常务会议", held_on=day, topics="议题", public_invited=invited
        )


def test_facts_and_prefilled_overview(participation, dept_a, reviewer_a):
    facts = compute_facts(dept_a, "own", 2025)
    assert facts["consultations"] == 2
    assert facts["consultation_feedback"] == 1
    assert facts["messages_received"] == 3
    assert facts["messages_answered"] == 2
    report = services.report_start(actor=reviewer_a, unit=dept_a, year=2025)
    assert "发布意见征集2次" in report.overview
    assert "收到网上留言3件，答复2件" in report.overview
    assert facts["meetings_public"] == 2 and "邀请公众列席会议2次" in report.overview


def test_assessment_messages_and_feedback(participation, dept_a, gov, office):
    iset = services.indicator_set_create(
        actor=office,
        name="互动考核",
        indicators=[
            {"name": "留言按期答复", "weight": 30, "method": "messages_on_time"},
            {"name": "反馈按期公开", "weight": 20, "method": "feedback_on_time"},
        ],
    )
    r = services.assessment_score(actor=office, indicator_set=iset, root=gov, year=2025)
    scores = {s.indicator.method: s for s in r.scores.filter(unit=dept_a)}
    msg = scores["messages_on_time"]
    assert msg.evidence["应答复留言"] == 3 and msg.evidence["逾期"] == 2
    assert msg.score == Decimal("10.00")
    fb = scores["feedback_on_time"]
    assert fb.evidence["应公开反馈"] == 2 and fb.evidence["逾期或未公开"] == 1
    assert fb.score == Decimal("10.00")
