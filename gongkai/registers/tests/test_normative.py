"""行政规范性文件: one number sequence per issuing unit and year, validity with its legal
date, clean-up campaigns, and the annual report's section 二 counted from this register
by 成文日期."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from gongkai.registers.models import CleanupLine, NormativeDocument
from gongkai.registers.services import (
    campaign_open,
    entry_create,
    entry_transition,
    entry_update,
    line_answer,
    validity_change,
)
from gongkai.registers.tests.factories import normative

pytestmark = pytest.mark.django_db


def publish(actor, entry):
    return entry_transition(
        actor=actor,
        entry=entry_transition(actor=actor, entry=entry, action="submit"),
        action="publish",
    )


def test_unified_number_per_unit_and_year(office, dept_a, dept_b):
    a1 = normative(office, dept_a, "甲一", dt.date(2025, 12, 30))
    a2 = normative(office, dept_a, "甲二", dt.date(2026, 1, 5))
    a3 = normative(office, dept_a, "甲三", dt.date(2026, 2, 5))
    b1 = normative(office, dept_b, "乙一", dt.date(2026, 2, 6))
    assert [(d.year, d.seq) for d in (a1, a2, a3, b1)] == [
        (2025, 1),
        (2026, 1),
        (2026, 2),
        (2026, 1),
    ]
    assert a3.reg_number == f"{dept_a.short_name or dept_a.name}规〔2026〕2号"


def test_validity_carries_the_legal_date(office, editor_a, dept_a):
    doc = publish(office, normative(office, dept_a, "文件", dt.date(2026, 1, 5)))
    with pytest.raises(PermissionDenied):
        validity_change(
            actor=editor_a, document=doc, validity="repealed", on=dt.date(2026, 3, 1), basis="x"
        )
    with pytest.raises(ValidationError, match="早于成文日期"):
        validity_change(
            actor=office, document=doc, validity="repealed", on=dt.date(2025, 3, 1), basis="决定"
        )
    doc = validity_change(
        actor=office,
        document=doc,
        validity="repealed",
        on=dt.date(2026, 3, 1),
        basis="示政发〔2026〕9号",
    )
    assert (doc.validity, doc.validity_on) == ("repealed", dt.date(2026, 3, 1))


def test_cleanup_campaign_lists_valid_documents_units_answer_and_results_publish(
    client, office, editor_a, editor_b, gov, dept_a, dept_b
):
    keep = publish(office, normative(office, dept_a, "保留的文件", dt.date(2025, 3, 1)))
    drop = publish(office, normative(office, dept_b, "废止的文件", dt.date(2025, 4, 1)))
    gone = publish(office, normative(office, dept_b, "早已废止", dt.date(2024, 4, 1)))
    validity_change(
        actor=office, document=gone, validity="repealed", on=dt.date(2025, 1, 1), basis="决定"
    )
    normative(office, dept_a, "未公开的草稿", dt.date(2025, 5, 1))
    c = entry_create(
        actor=office, key="cleanups",
        data={"unit": gov, "title": "2026年规范性文件清理", "year": 2026,
              "scope_units": [dept_a, dept_b], "decided_on": dt.date(2026, 6, 30)},
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        campaign_open(actor=editor_a, campaign=c)
    c = campaign_open(actor=office, campaign=c)
    with pytest.raises(ValidationError, match="不能改变清理范围"):
        entry_update(actor=office, entry=c, data={"scope_units": [dept_a]})
    lines = {ln.document_id: ln for ln in c.lines.all()}
    assert set(lines) == {keep.pk, drop.pk}
    with pytest.raises(ValidationError, match="未报送"):
        entry_transition(actor=office, entry=c, action="submit")
    # a unit answers only its own lines: another unit's line is 404
    client.force_login(editor_b)
    r = client.post(
        reverse("registers:ws_cleanup_answer", args=[lines[keep.pk].pk]),
        {"decision": "repeal", "reason": "x"},
    )
    assert r.status_code == 404
    line_answer(actor=editor_a, line=lines[keep.pk], decision="keep", reason="继续有效")
    with pytest.raises(ValidationError, match="理由"):
        line_answer(actor=editor_b, line=lines[drop.pk], decision="repeal", reason=" ")
    line_answer(actor=editor_b, line=lines[drop.pk], decision="repeal", reason="上位法已废止")
    client.logout()
    assert (
        client.get(reverse("registers:public_detail", args=["cleanups", c.pk])).status_code == 404
    )
    publish(office, c)
    drop.refresh_from_db()
    keep.refresh_from_db()
    assert (drop.validity, drop.validity_on) == ("repealed", dt.date(2026, 6, 30))
    assert keep.validity == "valid"
    page = client.get(reverse("registers:public_detail", args=["cleanups", c.pk])).content.decode()
    assert "废止的文件" in page and "上位法已废止" in page and "保留" in page
    with pytest.raises(ValidationError, match="已汇总"):
        line_answer(actor=editor_a, line=lines[keep.pk], decision="amend", reason="改")
    assert CleanupLine.objects.filter(campaign=c, decision="").count() == 0


def test_annual_report_section_two_counts_come_from_the_register(office, gov, dept_a):
    from gongkai.reports.compute import compute_section2, valid_at_end_of

    d1 = publish(office, normative(office, dept_a, "去年的文件", dt.date(2025, 11, 1)))
    publish(office, normative(office, dept_a, "今年的文件一", dt.date(2026, 2, 1)))
    publish(office, normative(office, dept_a, "今年的文件二", dt.date(2026, 12, 31)))
    normative(office, dept_a, "草稿不计", dt.date(2026, 3, 1))
    validity_change(
        actor=office, document=d1, validity="expired", on=dt.date(2026, 5, 1), basis="有效期届满"
    )
    values = compute_section2(dept_a, "own", 2026)[0].values["normative"]
    assert values == {"issued": 2, "repealed": 1, "valid": 2}
    assert valid_at_end_of(dept_a, "own", 2025)["normative"] == 1
    rollup = compute_section2(gov, "rollup", 2026)[0].values["normative"]
    assert rollup == values
    assert compute_section2(gov, "own", 2026)[0].values["normative"]["issued"] == 0
    assert NormativeDocument.objects.filter(status="draft").count() == 1
