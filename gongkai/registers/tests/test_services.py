"""政务服务事项/办事指南, "一件事" and 权责清单: required guide elements, the 1-working-day
rule for a changed guide, bundles of published items, and yearly power lists with a diff."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from gongkai.registers.registry import GUIDE_ELEMENTS
from gongkai.registers.services import (
    entry_create,
    entry_transition,
    entry_update,
    power_edition_publish,
)
from gongkai.testing import local_moment

pytestmark = pytest.mark.django_db


def publish(actor, entry):
    return entry_transition(
        actor=actor,
        entry=entry_transition(actor=actor, entry=entry, action="submit"),
        action="publish",
    )


def guide(actor, unit, title="低保审核确认", code="0001", **over):
    data = {
        "unit": unit, "title": title, "code": code, "kind": "licensing", "basis": "条例",
        "conditions": "本县居民", "materials": "申请书", "process": "申请、审核、确认",
        "legal_limit": "30个工作日", "promised_limit": "15个工作日", "fees": "不收费",
        "place_time": "政务服务中心", "phones": "12345", **over,
    }  # fmt: skip
    return entry_create(actor=actor, key="services", data=data)


def test_a_guide_missing_an_element_cannot_be_published(client, office, dept_a):
    assert {"basis", "conditions", "materials", "process", "legal_limit", "promised_limit",
            "fees", "place_time", "phones"} <= set(GUIDE_ELEMENTS)  # fmt: skip
    for element in ("fees", "place_time", "promised_limit"):
        g = guide(office, dept_a, code=f"x-{element}", **{element: ""})
        with pytest.raises(ValidationError) as exc:
            publish(office, g)
        label = str(g._meta.get_field(element).verbose_name)
        assert label in str(exc.value)
    client.force_login(office)
    page = client.get(reverse("registers:ws_entry", args=["services", g.pk])).content.decode()
    assert "不能公开" in page and "承诺办结时限" in page
    ok = publish(office, guide(office, dept_a, code="complete"))
    assert ok.status == "published"


def test_a_changed_guide_is_due_within_one_working_day(office, dept_a):
    with time_machine.travel(local_moment(2026, 6, 5), tick=False):  # a Friday
        g = publish(office, guide(office, dept_a))
        g = entry_transition(actor=office, entry=g, action="revise")
        g = entry_update(
            actor=office, entry=g, data={"changed_on": dt.date(2026, 6, 5), "fees": "每件10元"}
        )
        assert g.due == dt.date(2026, 6, 8) and g.due_rule == "service_guide_1wd"
        from gongkai.registers.plugs import todo_items

        assert any("办事指南" in t.title and t.due == g.due for t in todo_items(office))
        publish(office, g)
        assert not any("办事指南" in t.title for t in todo_items(office))


def test_a_bundle_needs_two_published_items(office, dept_a):
    one = publish(office, guide(office, dept_a, code="1"))
    two = guide(office, dept_a, title="临时救助", code="2")
    b = entry_create(
        actor=office, key="bundles",
        data={"unit": dept_a, "title": "救助一件事", "description": "一次办", "items": [one]},
    )  # fmt: skip
    with pytest.raises(ValidationError, match="至少包含两个"):
        publish(office, b)
    b = entry_transition(actor=office, entry=b, action="return")
    entry_update(actor=office, entry=b, data={"items": [one, two]})
    b = entry_transition(actor=office, entry=b, action="submit")
    with pytest.raises(ValidationError, match="临时救助"):
        entry_transition(actor=office, entry=b, action="publish")
    publish(office, two)
    assert entry_transition(actor=office, entry=b, action="publish").status == "published"


def power(actor, unit, code, title, kind="licensing", basis="法"):
    return publish(actor, entry_create(actor=actor, key="powers", data={
        "unit": unit, "title": title, "code": code, "power_type": kind, "basis": basis,
        "responsibilities": "受理、审查、决定", "accountability": "依法追责",
    }))  # fmt: skip


def test_yearly_power_list_with_what_changed(client, office, editor_a, dept_a, dept_b):
    a = power(office, dept_a, "A1", "许可一")
    b = power(office, dept_a, "A2", "处罚一", kind="penalty")
    power(office, dept_b, "B1", "乙局事项")
    first = power_edition_publish(actor=office, unit=dept_a, year=2025)
    assert [r["code"] for r in first.rows] == ["A1", "A2"]
    with pytest.raises(ValidationError, match="已公开"):
        power_edition_publish(actor=office, unit=dept_a, year=2025)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        power_edition_publish(actor=editor_a, unit=dept_a, year=2026)
    entry_transition(actor=office, entry=b, action="withdraw")
    a = entry_update(
        actor=office,
        entry=entry_transition(actor=office, entry=a, action="revise"),
        data={"basis": "新法"},
    )
    publish(office, a)
    power(office, dept_a, "A3", "检查一", kind="inspection")
    second = power_edition_publish(actor=office, unit=dept_a, year=2026)
    assert [r["code"] for r in second.diff["added"]] == ["A3"]
    assert [r["code"] for r in second.diff["removed"]] == ["A2"]
    assert second.diff["changed"] == [{"code": "A1", "title": "许可一", "fields": ["basis"]}]
    body = client.get(f"/api/v1/power-lists/{second.pk}").json()
    assert body["count"] == 2 and body["diff"]["removed"][0]["title"] == "处罚一"
    listing = client.get("/api/v1/power-lists?page_size=1").json()
    assert (listing["count"], listing["pages"]) == (2, 2)
    page = client.get(reverse("registers:public_edition", args=[second.pk])).content.decode()
    assert "新增1项" in page and "取消1项" in page and "调整1项" in page and "行政检查" in page


def test_entries_awaiting_review_are_on_the_to_do_list_of_their_units_reviewers(
    office, dept_a, reviewer_a, reviewer_b
):
    """The to-do list asks once which registers have entries awaiting review, then reads
    those registers only."""
    from gongkai.registers.plugs import todo_items
    from gongkai.registers.selectors import registers_in_review

    assert registers_in_review(office) == []
    g = entry_transition(actor=office, entry=guide(office, dept_a), action="submit")
    assert g.status == "review"
    assert [s.key for s in registers_in_review(office)] == ["services"]
    assert [s.key for s in registers_in_review(reviewer_a)] == ["services"]
    assert registers_in_review(reviewer_b) == []  # another department's reviewer
    for user in (office, reviewer_a):
        assert [t.title for t in todo_items(user) if t.kind == "公开清单"] == [
            "审核政务服务事项：低保审核确认"
        ]
    assert not any(t.kind == "公开清单" for t in todo_items(reviewer_b))
