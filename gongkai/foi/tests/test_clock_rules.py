"""The clock's pure rules, without a database, and the registered recompute."""

import datetime as dt

import pytest

from gongkai.core.deadlines import Deadline
from gongkai.core.models import AuditEvent
from gongkai.core.workdays import WorkCalendar
from gongkai.foi import clock
from gongkai.foi.models import Application, FeeMethod
from gongkai.foi.services import recompute_open

D = dt.date.fromisoformat
Status = Application.Status
CAL_2026 = WorkCalendar({}, {2026})


def test_reply_deadline_is_the_core_deadline_type():
    # 2026-09-28 + 20 working days across the National Day holiday (RULES §1)
    result = clock.reply_deadline(start=D("2026-09-28"), extension_days=0, pauses=[], cal=CAL_2026)
    assert isinstance(result, Deadline)
    assert result.due == D("2026-10-30") and not result.provisional
    assert result.rule == "Art.33 20wd"
    assert "2026-09-28" in result.explanation and "2026-10-30" in result.explanation


def test_a_pause_moves_the_deadline_by_the_working_days_it_skips():
    base = clock.reply_deadline(start=D("2026-09-28"), extension_days=0, pauses=[], cal=CAL_2026)
    pause = clock.Pause(D("2026-10-12"), D("2026-10-16"), "征求第三方意见")
    paused = clock.reply_deadline(
        start=D("2026-09-28"), extension_days=0, pauses=[pause], cal=CAL_2026
    )
    skipped = CAL_2026.count(pause.start, pause.end).value
    assert skipped == 4  # 10-13 .. 10-16
    assert paused.due == CAL_2026.add(base.due, skipped).value
    assert "不计入（4 个工作日）" in paused.explanation
    assert "Art.32" in paused.rule


def test_no_deadline_before_receipt_or_while_awaiting_correction():
    waiting = Application(status=Status.SUBMITTED, clock_start_on=None)
    result = clock.deadline_for(waiting, CAL_2026)
    assert result.due is None and "第三十一条" in result.explanation
    correcting = Application(
        status=Status.CORRECTION, clock_start_on=D("2026-09-28"), received_on=D("2026-09-28")
    )
    result = clock.deadline_for(correcting, CAL_2026)
    assert result.due is None and result.rule == "Art.30 awaiting correction"
    replied = Application(status=Status.REPLIED, clock_start_on=D("2026-09-28"))
    assert clock.deadline_for(replied, CAL_2026) is None


def test_fee_rule_follows_the_setting(settings):
    app = Application(fee_method=FeeMethod.PER_VOLUME)
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = True
    assert "暂停计算" in clock.fee_clock_rule(app)
    settings.GONGKAI_FOI_FEE_PAUSES_CLOCK = False
    assert "照常计算" in clock.fee_clock_rule(app)
    assert clock.fee_clock_rule(Application(fee_method=FeeMethod.NONE)) == ""


@pytest.mark.django_db
def test_recompute_open_touches_only_the_years_given_and_audits(register):
    app = register("2026-09-28")
    Application.objects.filter(pk=app.pk).update(due=D("2026-12-31"), due_explanation="旧")
    assert recompute_open({2031}) == 0
    app.refresh_from_db()
    assert app.due == D("2026-12-31")
    assert recompute_open({2026}) == 1
    app.refresh_from_db()
    assert app.due == D("2026-10-30") and "2026-10-30" in app.due_explanation
    audit = AuditEvent.objects.filter(action="foi.deadline_recompute").get()
    assert audit.changes == {"due": ["2026-12-31", "2026-10-30"]}
    assert recompute_open({2026}) == 0
