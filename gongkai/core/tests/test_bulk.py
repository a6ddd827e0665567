"""update_rows writes what bulk_update writes, one prepared statement per row."""

import datetime as dt

import pytest
from django.db import connection
from django.db.models import F, Value
from django.test.utils import CaptureQueriesContext

from gongkai.core.bulk import update_rows
from gongkai.core.models import CalendarOverride, Unit
from gongkai.core.services import unit_create


def _units(gov, prefix):
    return [
        unit_create(parent=gov, name=f"{prefix}{i}", kind=Unit.Kind.DEPARTMENT, code="")
        for i in range(3)
    ]


def _row(unit):
    return Unit.objects.filter(pk=unit.pk).values(
        "parent_id", "short_name", "sort_order", "email", "office_hours"
    )[0]


def test_the_same_rows_as_bulk_update(gov, dept_a):
    mine, django = _units(gov, "甲"), _units(gov, "乙")
    for units in (mine, django):
        for i, unit in enumerate(units):
            unit.short_name = f"简称{i}"
            unit.sort_order = 7 + i
            unit.email = "" if i else "a@example.cn"
            unit.parent = dept_a if i else None
            unit.office_hours = "未写入"
    fields = ["short_name", "sort_order", "email", "parent"]
    update_rows(mine, fields)
    Unit.objects.bulk_update(django, fields)
    assert [_row(u) for u in mine] == [_row(u) for u in django]
    assert _row(mine[1]) == {
        "parent_id": dept_a.pk,
        "short_name": "简称1",
        "sort_order": 8,
        "email": "",
        "office_hours": "",
    }
    assert _row(mine[0])["parent_id"] is None


def test_only_the_named_fields_are_written(gov):
    unit = _units(gov, "丙")[0]
    unit.short_name = "新简称"
    unit.phone = "不写入"
    update_rows([unit], ["short_name"])
    unit.refresh_from_db()
    assert (unit.short_name, unit.phone) == ("新简称", "")


def test_one_statement_for_all_rows_and_dates_converted(db):
    days = [
        CalendarOverride.objects.create(
            date=dt.date(2030, 1, d), kind=CalendarOverride.Kind.HOLIDAY, name="旧"
        )
        for d in (1, 2)
    ]
    for day in days:
        day.name = "元旦"
        day.date = day.date + dt.timedelta(days=10)
    with CaptureQueriesContext(connection) as queries:
        update_rows(days, ["name", "date"])
    assert sum("UPDATE" in q["sql"] for q in queries.captured_queries) == 1
    assert list(CalendarOverride.objects.order_by("date").values_list("date", "name")) == [
        (dt.date(2030, 1, 11), "元旦"),
        (dt.date(2030, 1, 12), "元旦"),
    ]


def test_expressions_go_through_bulk_update(gov):
    units = _units(gov, "丁")
    units[0].sort_order = F("sort_order") + 1
    units[1].short_name = Value("表达式")
    update_rows(units, ["sort_order", "short_name"])
    assert _row(units[0])["sort_order"] == 101
    assert _row(units[1])["short_name"] == "表达式"


def test_refuses_what_bulk_update_refuses(gov):
    unit = _units(gov, "戊")[0]
    with pytest.raises(ValueError):
        update_rows([unit], ["id"])
    with pytest.raises(ValueError):
        update_rows([Unit(name="未保存")], ["name"])
    unsaved_parent = Unit(name="未保存的上级")
    unit.parent = unsaved_parent
    with pytest.raises(ValueError):
        update_rows([unit], ["parent"])
    update_rows([], ["name"])  # nothing to write
