"""The edges of the reply clock that move a real due date (RULES §5, Art. 30–33; §1).

Each test pins one boundary that mutation testing (``make mutation``) found unpinned:
a pause that starts on the day of receipt, a pause that starts on the 20th working day,
a pause older than a clock restarted by a correction, an extension into an unloaded
year, pauses of the consultation and of a pending fee, the office's correction limit.
The receipt on 2026-09-28 gives 2026-10-30 (National Day 10-01..10-07 off, 10-10 worked).
"""

from __future__ import annotations

import datetime as dt

import pytest

from gongkai.core.workdays import WorkCalendar
from gongkai.foi import clock
from gongkai.foi.models import Application, ApplicationEvent, FeeMethod

D = dt.date.fromisoformat
Status = Application.Status
Ev = ApplicationEvent.Kind
CAL = WorkCalendar({}, [])
RECEIVED = D("2026-09-28")


def due(start=RECEIVED, pauses=(), extension=0, restarted=False, cal=CAL):
    return clock.reply_deadline(
        start=start, extension_days=extension, pauses=list(pauses), cal=cal, restarted=restarted
    )


def consult(start: str, end: str, **kw) -> clock.Pause:
    return clock.Pause(D(start), D(end), "征求第三方意见", **kw)


def test_statutory_numbers():
    """Art. 33 (20 working days, one extension of at most 20), Art. 30 (correction notice
    within 7 working days), Art. 32 (15 working days for a third party), RULES §5 (fee
    paid within 20 working days)."""
    assert clock.REPLY_DAYS == 20 and clock.MAX_EXTENSION_DAYS == 20
    assert clock.CORRECTION_NOTICE_DAYS == 7
    assert clock.CONSULTATION_DAYS == 15 and clock.FEE_PAYMENT_DAYS == 20


def test_plain_period_and_its_explanation():
    """Art. 33: 20 working days from the receipt date, which itself is not counted."""
    result = due()
    assert result.due == D("2026-10-30") and not result.provisional
    assert result.rule == "Art.33 20wd"
    assert result.explanation == (
        "20 个工作日自 2026-09-28（收到申请）起算 = 2026-10-30；答复期限 = 2026-10-30"
    )


def test_consultation_starting_on_the_day_of_receipt_counts_in_full():
    """Art. 32–34: consulting a third party does not count. A consultation that begins
    the day the application is received skips every working day up to its end: 6 working
    days to 10-12 (09-29, 09-30, 10-09, 10-10, 10-12 … ) move 10-30 to 11-09."""
    result = due(pauses=[consult("2026-09-28", "2026-10-12")])
    assert CAL.count(RECEIVED, D("2026-10-12")).value == 6
    assert result.due == D("2026-11-09")
    assert "Art.32" in result.rule
    assert "不计入（6 个工作日）" in result.explanation


def test_pause_starting_on_the_twentieth_working_day_changes_nothing():
    """Art. 33 with Art. 32: on the 20th working day the period is used up; a
    consultation begun that day does not reopen it — the reply is due 10-30, not 11-05."""
    result = due(pauses=[consult("2026-10-30", "2026-11-05")])
    assert result.due == D("2026-10-30")
    # one working day earlier, the pause counts: 19 used, 1 left after 11-05
    earlier = due(pauses=[consult("2026-10-29", "2026-11-05")])
    assert earlier.due == D("2026-11-06")


def test_pause_that_began_before_a_restarted_clock_is_ignored():
    """Art. 30: after a correction the period restarts from receipt of the corrected
    application (10-20 → 11-17); a pause that began before it belongs to the old period
    and moves nothing (counting it would give 11-23)."""
    result = due(
        start=D("2026-10-20"), pauses=[consult("2026-10-12", "2026-10-26")], restarted=True
    )
    assert result.due == D("2026-11-17")
    assert "收到补正后的申请" in result.explanation
    assert "Art.30 restart after correction" in result.rule
    assert "Art.32" not in result.rule and "不计入" not in result.explanation


def test_pause_ending_before_or_on_the_cursor_is_skipped():
    """Art. 32: a day is excluded once; a pause wholly inside one already counted (same
    end) adds nothing and is not listed twice."""
    result = due(pauses=[consult("2026-10-12", "2026-10-16"), consult("2026-10-13", "2026-10-16")])
    assert result.due == CAL.add(D("2026-10-30"), 4).value
    assert result.explanation.count("不计入") == 1
    # a pause ending on the receipt day: nothing of the period is in it
    same_day = due(pauses=[consult("2026-09-25", "2026-09-28")])
    assert same_day.due == D("2026-10-30") and "不计入" not in same_day.explanation


def test_two_pauses_both_count_in_order():
    """Art. 32: each consultation period is excluded; order of entry does not matter."""
    first, second = consult("2026-10-12", "2026-10-14"), consult("2026-10-20", "2026-10-22")
    a = due(pauses=[first, second])
    b = due(pauses=[second, first])
    # 2 + 2 working days: 10-30 → 11-05
    assert a.due == b.due == D("2026-11-05")
    assert a.explanation.index("2026-10-12") < a.explanation.index("2026-10-20")


def test_open_pause_says_it_is_still_running():
    """Art. 32: a consultation still running is counted to its expected end, and says so."""
    result = due(pauses=[consult("2026-10-12", "2026-10-16", open=True)])
    assert "尚未结束" in result.explanation
    closed = due(pauses=[consult("2026-10-12", "2026-10-16")])
    assert "尚未结束" not in closed.explanation and closed.due == result.due


def test_extension_into_an_unloaded_year_keeps_the_provisional_flag():
    """Art. 33 with RULES §1: 20 + 20 working days from 2026-11-20 end in January 2027,
    whose calendar is not loaded: the due date is 暂定, although the first 20 days are not."""
    result = due(start=D("2026-11-20"), extension=20)
    assert CAL.add(D("2026-11-20"), 20).provisional is False
    assert result.due == D("2027-01-18") and result.provisional
    assert result.rule == "Art.33 20wd+20wd extension"
    assert "经批准延长 20 个工作日" in result.explanation and "暂定" in result.explanation
    loaded = due(start=D("2026-11-20"), extension=20, cal=WorkCalendar({}, [2027]))
    assert not loaded.provisional and "暂定" not in loaded.explanation


def test_a_pause_in_an_unloaded_year_makes_the_date_provisional():
    """RULES §1: a count through an unloaded year is provisional too."""
    result = due(start=D("2026-12-01"), pauses=[consult("2026-12-28", "2027-01-06")])
    assert result.provisional


def test_fee_rule_is_part_of_the_explanation():
    """RULES §5: which fee rule was applied is recorded with the date."""
    result = clock.reply_deadline(
        start=RECEIVED, extension_days=0, pauses=[], cal=CAL, fee_rule="收费期间答复期限照常计算"
    )
    assert result.explanation.endswith("；收费期间答复期限照常计算")


def test_no_fee_no_fee_rule():
    """RULES §5: without a fee notice or method no fee rule is recorded."""
    assert clock.fee_clock_rule(Application(fee_method=FeeMethod.NONE)) == ""
    noticed = Application(fee_method=FeeMethod.NONE, fee_notice_received_on=D("2026-10-12"))
    assert clock.fee_clock_rule(noticed) != ""


def _app(**kw) -> Application:
    from django.utils import timezone

    from gongkai.core.models import Unit

    unit, _ = Unit.objects.get_or_create(name="测试局", defaults={"kind": "department"})
    fields = {
        "unit": unit,
        "tracking_number": f"T{Application.objects.count() + 1}",
        "submitted_at": timezone.now(),
        "applicant_name": "张三",
        "description": "信息",
        "status": Status.PROCESSING,
        "received_on": RECEIVED,
        "clock_start_on": RECEIVED,
    }
    fields.update(kw)
    return Application.objects.create(**fields)


def _events(app: Application, *items: tuple[str, str]) -> None:
    for kind, on in items:
        ApplicationEvent.objects.create(application=app, kind=kind, on=D(on))


@pytest.mark.django_db
def test_consultation_pauses_from_events():
    """Art. 32–33: a consultation ended within 15 working days is excluded up to its end;
    one ended later only for its 15 working days; one still open up to its due date."""
    app = _app()
    _events(app, (Ev.CONSULTATION_STARTED, "2026-10-12"), (Ev.CONSULTATION_ENDED, "2026-11-02"))
    [pause] = clock.pauses_of(app, CAL)
    assert (pause.start, pause.end, pause.label) == (
        D("2026-10-12"),
        D("2026-11-02"),
        "征求第三方意见",
    )
    late = _app(applicant_name="李四")
    _events(late, (Ev.CONSULTATION_STARTED, "2026-10-12"), (Ev.CONSULTATION_ENDED, "2026-11-03"))
    [pause] = clock.pauses_of(late, CAL)
    assert pause.end == D("2026-11-02") and "超过15个工作日" in pause.label
    running = _app(applicant_name="王五", consultation_due_on=None)
    _events(running, (Ev.CONSULTATION_STARTED, "2026-10-12"))
    [pause] = clock.pauses_of(running, CAL)
    assert pause.open and pause.end == D("2026-11-02")
    given = _app(applicant_name="赵六", consultation_due_on=D("2026-10-30"))
    _events(given, (Ev.CONSULTATION_STARTED, "2026-10-12"))
    assert clock.pauses_of(given, CAL)[0].end == D("2026-10-30")


@pytest.mark.django_db
def test_fee_pauses_only_when_configured(settings):
    """RULES §5 leaves open whether a pending fee stops the clock: the setting decides."""
    app = _app(fee_method=FeeMethod.PER_VOLUME)
    _events(app, (Ev.FEE_NOTICE, "2026-10-12"), (Ev.FEE_PAID, "2026-10-16"))
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = True
    [pause] = clock.pauses_of(app, CAL)
    assert (pause.start, pause.end, pause.label) == (
        D("2026-10-12"),
        D("2026-10-16"),
        clock.FEE_PAUSE,
    )
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = False
    assert clock.pauses_of(app, CAL) == []
    pending = _app(applicant_name="李四", fee_method=FeeMethod.PER_VOLUME, fee_due_on=None)
    _events(pending, (Ev.FEE_NOTICE, "2026-10-12"))
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = True
    [pause] = clock.pauses_of(pending, CAL)
    assert pause.open and pause.end == CAL.add(D("2026-10-12"), 20).value
    assert clock.pauses_of(_app(applicant_name="王五"), CAL) == []


@pytest.mark.django_db
def test_apply_moves_the_office_correction_limit_but_not_a_missing_one():
    """Art. 30: the office's 7-working-day correction-notice limit follows the calendar;
    an application without one keeps none. Recompute reports whether anything changed."""
    app = _app(correction_notice_due_on=D("2026-01-01"))
    assert clock.recompute(app, cal=CAL) is True
    assert app.correction_notice_due_on == D(
        "2026-10-13"
    )  # 09-29, 09-30, 10-08..10-10, 10-12, 10-13
    assert app.due == D("2026-10-30")
    assert clock.recompute(app, cal=CAL) is False
    none = _app(applicant_name="李四", correction_notice_due_on=None)
    clock.recompute(none, cal=CAL)
    assert none.correction_notice_due_on is None
    replied = Application(status=Status.REPLIED, clock_start_on=RECEIVED)
    assert clock.recompute(replied, cal=CAL) is False


@pytest.mark.django_db
def test_other_events_neither_end_a_consultation_nor_a_fee(settings):
    """Art. 32 and RULES §5: only the consultation's end ends its pause, only payment or a
    waiver ends the fee's; a note recorded in between changes nothing."""
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = True
    app = _app(fee_method=FeeMethod.PER_VOLUME)
    _events(
        app,
        (Ev.CONSULTATION_STARTED, "2026-10-12"),
        (Ev.NOTE, "2026-10-13"),
        (Ev.CONSULTATION_ENDED, "2026-10-20"),
        (Ev.FEE_NOTICE, "2026-10-21"),
        (Ev.NOTE, "2026-10-22"),
        (Ev.FEE_PAID, "2026-10-26"),
    )
    pauses = clock.pauses_of(app, CAL)
    assert [(p.start, p.end) for p in pauses] == [
        (D("2026-10-12"), D("2026-10-20")),
        (D("2026-10-21"), D("2026-10-26")),
    ]
    clock.recompute(app, cal=CAL)
    assert "暂停计算" in app.fee_clock_rule
