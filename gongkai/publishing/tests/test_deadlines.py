"""Proactive-disclosure time limits per kind (RULES §2), computed via core.workdays."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from gongkai.core.models import CalendarYear
from gongkai.core.services import calendar_override_set
from gongkai.publishing import services
from gongkai.publishing.models import InformationItem
from gongkai.publishing.plugs import todo

from .conftest import draft, publish

pytestmark = pytest.mark.django_db
Item = InformationItem
TZ = dt.timezone(dt.timedelta(hours=8))


def local(item):
    return timezone.localtime(item.due)


def test_general_information_20_working_days(editor_a):
    # 2026-09-28 (Mon) + 20 working days skips the National Day holiday and counts
    # the make-up working day Saturday 2026-10-10 (RULES §1).
    item = draft(editor_a, formed_on=dt.date(2026, 9, 28))
    assert local(item).date() == dt.date(2026, 10, 30)
    assert item.due_rule == services.RULE_GENERAL
    assert not item.due_provisional
    assert "20 个工作日" in item.due_explanation


@pytest.mark.parametrize("kind", [Item.Kind.LICENSING, Item.Kind.PENALTY, Item.Kind.BLACKLIST])
def test_licensing_penalty_and_blacklist_7_working_days(editor_a, kind):
    """Seed 003: 行政许可、行政处罚、列入黑名单事项 within 7 working days of the decision."""
    item = draft(editor_a, kind=kind, formed_on=dt.date(2026, 9, 28))
    # 29, 30 Sep, holiday 1–7 Oct, then 8, 9, 10 (Sat, working), 12, 13 Oct
    assert local(item).date() == dt.date(2026, 10, 13)
    assert item.due_rule == services.RULE_DECISION


def test_recall_order_24_clock_hours(editor_a):
    with time_machine.travel(dt.datetime(2026, 10, 1, 9, 30, tzinfo=TZ), tick=False):
        item = draft(editor_a, kind=Item.Kind.RECALL, formed_on=dt.date(2026, 10, 1))
    # Clock hours, holiday or not.
    assert local(item) == dt.datetime(2026, 10, 2, 9, 30, tzinfo=TZ)
    assert item.due_rule == services.RULE_RECALL


def test_interpretation_3_working_days_after_its_document(editor_a, reviewer_a):
    with time_machine.travel(dt.datetime(2026, 9, 30, 10, 0, tzinfo=TZ), tick=False):
        doc = publish(editor_a, reviewer_a, kind=Item.Kind.NORMATIVE, interpretation_plan="x")
    interp = draft(editor_a, kind=Item.Kind.INTERPRETATION, interprets=doc, title="解读")
    assert local(interp).date() == dt.date(2026, 10, 10)  # 8, 9, 10 Oct (Sat, working)
    assert interp.due_rule == services.RULE_INTERPRETATION


def test_interpretation_clock_starts_when_its_document_is_published(editor_a, reviewer_a):
    doc = draft(editor_a, kind=Item.Kind.NORMATIVE, interpretation_plan="x")
    interp = draft(editor_a, kind=Item.Kind.INTERPRETATION, interprets=doc, title="解读")
    assert interp.due is None
    with time_machine.travel(dt.datetime(2026, 9, 30, 10, 0, tzinfo=TZ), tick=False):
        doc = services.item_submit(actor=editor_a, item=doc)
        services.item_approve(
            actor=reviewer_a, item=doc, checks=("secrecy", "privacy", "accuracy", "attribute")
        )
        services.item_publish(actor=reviewer_a, item=doc)
    interp.refresh_from_db()
    assert local(interp).date() == dt.date(2026, 10, 10)


def test_withheld_items_have_no_publication_deadline(editor_a):
    item = draft(editor_a, attribute=Item.Attribute.WITHHELD, formed_on=dt.date(2026, 9, 28))
    assert item.due is None


def test_year_without_calendar_is_provisional_and_recomputed_when_loaded(editor_a):
    item = draft(editor_a, formed_on=dt.date(2027, 3, 1))
    assert item.due_provisional
    calendar_override_set(actor=None, date=dt.date(2027, 3, 2), kind="holiday", name="测试")
    CalendarYear.objects.create(year=2027)
    changed = services.recompute_open_deadlines({2027})
    item.refresh_from_db()
    assert changed == 1
    assert not item.due_provisional
    assert local(item).date() == dt.date(2027, 3, 30)  # one day later than weekdays-only


def test_pending_and_overdue_items_in_the_todo_list(editor_a, reviewer_a):
    late = draft(editor_a, formed_on=dt.date(2026, 1, 5), title="逾期未公开的信息")
    fresh = draft(editor_a, formed_on=timezone.localdate(), title="新信息")
    services.item_submit(actor=editor_a, item=fresh)
    with time_machine.travel(dt.datetime(2026, 3, 1, 9, 0, tzinfo=TZ), tick=False):
        editor_items = {t.title: t for t in todo(editor_a)}
        reviewer_items = {t.title: t for t in todo(reviewer_a)}
    assert editor_items[f"草稿：{late.title}"].severity == "danger"
    assert editor_items[f"草稿：{late.title}"].overdue
    assert f"已提交：{fresh.title}" in reviewer_items
    assert f"已提交：{fresh.title}" not in editor_items
