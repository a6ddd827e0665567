"""Receipt date by channel (Art. 31, RULES §5) and the online confirmation."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from gongkai.foi.models import Application, ApplicationEvent, Channel
from gongkai.foi.services import (
    application_confirm,
    application_register,
    application_submit,
    receipt_date,
)
from gongkai.foi.tests.conftest import payload, travel

D = dt.date.fromisoformat


def test_in_person_is_the_day_handed_in(editor_a, dept_a):
    with travel("2026-09-30"):
        app, code = application_register(
            actor=editor_a,
            data=payload(dept_a),
            channel=Channel.IN_PERSON,
            submitted_on=D("2026-09-28"),
        )
    assert app.received_on == D("2026-09-28")
    assert app.status == Application.Status.PROCESSING
    assert "当面提交" in app.receipt_rule
    # RULES §1/§5: 20 working days over National Day 2026 (10-10 is a make-up Saturday)
    assert app.due == D("2026-10-30")
    assert app.due_explanation.startswith("20 个工作日自 2026-09-28")
    assert len(code) == 10


def test_registered_post_is_the_day_signed_for(editor_a, dept_a):
    with travel("2026-09-30"):
        app, _ = application_register(
            actor=editor_a,
            data=payload(dept_a),
            channel=Channel.REGISTERED_POST,
            submitted_on=D("2026-09-21"),
            signed_for_on=D("2026-09-24"),
        )
    assert app.received_on == D("2026-09-24")
    assert "签收" in app.receipt_rule


def test_registered_post_without_signature_date_is_refused(editor_a, dept_a):
    with travel("2026-09-30"), pytest.raises(ValidationError) as exc:
        application_register(
            actor=editor_a,
            data=payload(dept_a),
            channel=Channel.REGISTERED_POST,
            submitted_on=D("2026-09-21"),
        )
    assert "签收日期" in str(exc.value)


def test_ordinary_post_waits_for_confirmation_with_the_applicant(editor_a, dept_a):
    with travel("2026-09-30"):
        app, _ = application_register(
            actor=editor_a,
            data=payload(dept_a),
            channel=Channel.ORDINARY_POST,
            submitted_on=D("2026-09-21"),
        )
        assert app.received_on is None
        assert app.status == Application.Status.SUBMITTED
        assert app.due is None
        app = application_confirm(actor=editor_a, application=app, confirmed_on=D("2026-09-25"))
    assert app.received_on == D("2026-09-25")
    assert "确认" in app.receipt_rule
    assert app.status == Application.Status.PROCESSING


@pytest.mark.parametrize("channel", [Channel.FAX, Channel.OTHER])
def test_fax_and_email_count_from_mutual_confirmation(editor_a, dept_a, channel):
    with travel("2026-09-30"):
        app, _ = application_register(
            actor=editor_a,
            data=payload(dept_a),
            channel=channel,
            submitted_on=D("2026-09-21"),
            confirmed_on=D("2026-09-22"),
        )
    assert app.received_on == D("2026-09-22")
    assert "双方确认" in app.receipt_rule


def test_online_gets_its_receipt_date_when_staff_confirm(editor_a, dept_a):
    with travel("2026-09-21"):
        app, _ = application_submit(data=payload(dept_a))
    assert app.received_on is None and app.status == Application.Status.SUBMITTED
    with travel("2026-09-23"):
        app = application_confirm(actor=editor_a, application=app)
    assert app.received_on == D("2026-09-23")
    kinds = list(app.events.values_list("kind", flat=True))
    assert kinds == [ApplicationEvent.Kind.SUBMITTED, ApplicationEvent.Kind.RECEIVED]


def test_online_auto_confirm_setting(dept_a, settings):
    settings.GONGKAI_FOI_AUTO_CONFIRM = True
    with travel("2026-09-21"):
        app, _ = application_submit(data=payload(dept_a))
    assert app.received_on == D("2026-09-21")
    assert "自动确认" in app.receipt_rule


def test_receipt_rule_table():
    on = D("2026-03-02")
    assert receipt_date(channel=Channel.IN_PERSON, submitted_on=on)[0] == on
    assert receipt_date(channel=Channel.REGISTERED_POST, signed_for_on=on)[0] == on
    assert receipt_date(channel=Channel.ORDINARY_POST, submitted_on=D("2026-03-01"))[0] is None
    assert receipt_date(channel=Channel.ONLINE, confirmed_on=on)[0] == on


def test_staff_cannot_register_for_another_unit(editor_b, dept_a):
    from django.core.exceptions import PermissionDenied

    with travel("2026-09-30"), pytest.raises(PermissionDenied):
        application_register(
            actor=editor_b,
            data=payload(dept_a),
            channel=Channel.IN_PERSON,
            submitted_on=D("2026-09-28"),
        )
