"""The reply clock: holidays, correction restart, consultation pause, extension,
provisional deadlines and their recomputation (RULES §1, §5)."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from gongkai.core.services import calendar_load
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Application, ApplicationEvent, Letter
from gongkai.foi.plugs import todo_items
from gongkai.foi.services import (
    consultation_end,
    consultation_start,
    correction_receive,
    correction_request,
    extension_approve,
    lapse_overdue,
)
from gongkai.foi.tests.conftest import travel

D = dt.date.fromisoformat
Status = Application.Status


def test_due_date_across_spring_festival_2026(register):
    # RULES §1: 2026-02-14 and 02-28 are make-up Saturdays, 02-15..02-23 are off.
    app = register("2026-02-10")
    assert app.due == D("2026-03-16")
    assert not app.due_provisional
    # 7 working days (RULES §5): 02-11..02-14, then 02-24..02-26
    assert app.correction_notice_due_on == D("2026-02-26")


def test_due_date_across_national_day_2026(register):
    app = register("2026-09-28")
    assert app.due == D("2026-10-30")
    assert "2026-09-28" in app.due_explanation and "2026-10-30" in app.due_explanation


def test_correction_restarts_the_period(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-09"):
        letter = correction_request(
            actor=editor_a, application=app, items="请写明所需信息的年份", days=10
        )
    app.refresh_from_db()
    assert app.status == Status.CORRECTION
    assert app.due is None and "重新计算" in app.due_explanation
    assert app.correction_due_on == D("2026-10-22")  # 10 working days after 10-09
    assert letter.kind == Letter.Kind.CORRECTION
    with travel("2026-10-20"):
        app = correction_receive(actor=editor_a, application=app)
    # RULES §5 / Art. 30: 20 working days from receipt of the corrected application
    assert app.clock_start_on == D("2026-10-20")
    assert app.due == D("2026-11-17")
    assert "收到补正后的申请" in app.due_explanation


def test_correction_notice_only_once_and_within_seven_working_days(register, editor_a):
    app = register("2026-09-28")
    app.refresh_from_db()
    # 7 working days after 09-28: 09-29, 09-30, 10-08, 10-09, 10-10 (make-up), 10-12, 10-13
    assert app.correction_notice_due_on == D("2026-10-13")
    with travel("2026-10-14"), pytest.raises(ValidationError) as exc:
        correction_request(actor=editor_a, application=app, items="补充")
    assert "7个工作日" in str(exc.value)
    with travel("2026-09-30"):
        correction_request(actor=editor_a, application=app, items="补充")
        correction_receive(actor=editor_a, application=app)
        with pytest.raises(ValidationError) as exc:
            correction_request(actor=editor_a, application=app, items="再补充")
    assert "只能发出一次" in str(exc.value)


def test_missed_correction_deadline_lapses_to_withdrawn(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-09-29"):
        correction_request(actor=editor_a, application=app, items="补充", days=5)
    app.refresh_from_db()
    assert app.correction_due_on == D("2026-10-12")
    with travel("2026-10-12"):
        assert lapse_overdue() == 0  # the last day is still on time
    with travel("2026-10-13"):
        assert lapse_overdue() == 1
    app.refresh_from_db()
    assert app.status == Status.CLOSED
    assert app.outcome == Outcome.OTHER_NO_CORRECTION
    assert app.events.filter(kind=ApplicationEvent.Kind.LAPSE).exists()
    letter = app.letters.get(kind=Letter.Kind.REPLY)
    assert "逾期未补正" in letter.body and "行政复议" in letter.body


def test_consultation_time_does_not_count(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-12"):
        app = consultation_start(actor=editor_a, application=app, party="第三方企业")
    assert app.status == Status.CONSULTING
    assert app.consultation_due_on == D("2026-11-02")  # 15 working days, Art. 32
    with travel("2026-10-20"):
        app = consultation_end(actor=editor_a, application=app)
    # 10-13..10-20 are 6 working days not counted: 10-30 + 6 working days = 11-09
    assert app.due == D("2026-11-09")
    assert "征求第三方意见 2026-10-12 → 2026-10-20 不计入（6 个工作日）" in app.due_explanation


def test_extension_by_office_once_and_at_most_twenty_days(register, editor_a, office):
    app = register("2026-09-28")
    with travel("2026-10-20"):
        with pytest.raises(PermissionDenied):
            extension_approve(actor=editor_a, application=app, days=10, reason="数量大")
        with pytest.raises(ValidationError) as exc:
            extension_approve(actor=office, application=app, days=21, reason="数量大")
        assert "20个工作日" in str(exc.value)
        letter = extension_approve(actor=office, application=app, days=20, reason="信息量大")
        app.refresh_from_db()
        assert app.due == D("2026-11-27")
        assert "延长 20 个工作日" in app.due_explanation
        assert letter.kind == Letter.Kind.EXTENSION and "20个工作日" in letter.body
        with pytest.raises(ValidationError) as exc:
            extension_approve(actor=office, application=app, days=1, reason="再延")
        assert "只能延长一次" in str(exc.value)


def test_year_not_in_calendar_is_provisional_then_recomputed(
    register, django_capture_on_commit_callbacks
):
    app = register("2026-12-10")
    # 2027 is not in chinesecalendar 1.11.0: weekdays less 元旦 (01-01), marked provisional
    # (RULES §1)
    assert app.due == D("2027-01-08") and app.due_provisional
    assert "暂定" in app.due_explanation
    rows = [
        (D("2027-01-01"), "holiday", "元旦", ""),
        (D("2027-01-04"), "holiday", "测试假日", ""),
        (D("2027-01-05"), "holiday", "测试假日", ""),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        calendar_load(actor=None, rows=rows, source="测试通知")
    app.refresh_from_db()
    assert not app.due_provisional
    # 01-01, 01-04, 01-05 now off: 01-06, 01-07, 01-08, 01-11, 01-12
    assert app.due == D("2027-01-12")


def test_todo_shows_correction_notice_limit_and_reminders(register, editor_a, settings):
    settings.GONGKAI_FOI_REMINDER_DAYS = 3
    app = register("2026-09-28")
    with travel("2026-09-29"):
        items = todo_items(editor_a)
    assert len(items) == 1
    assert items[0].due == app.due
    assert "2026-10-13 前告知" in items[0].note
    with travel("2026-10-28"):
        item = todo_items(editor_a)[0]
    assert item.severity == "warning" and "还剩 2 个工作日" in item.note
    with travel("2026-11-02"):
        assert todo_items(editor_a)[0].overdue


def test_consultation_beyond_fifteen_days_counts(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-12"):
        consultation_start(actor=editor_a, application=app, party="第三方")
    with travel("2026-11-10"):
        app = consultation_end(actor=editor_a, application=app)
    # Art. 32–33: only 10-13..11-02 (15 working days) are excluded: 10-30 + 15 = 11-20
    assert app.due == D("2026-11-20")
    assert "超过15个工作日的部分计入" in app.due_explanation
