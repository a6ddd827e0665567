"""The report counts applications handled through the real foi services (RULES §5, §8)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from gongkai.foi.models import Channel
from gongkai.foi.services import application_register
from gongkai.reports.checks import run_checks
from gongkai.reports.compute import compute_report
from gongkai.testing import foi_reply

pytestmark = pytest.mark.django_db


def _at(day: dt.date):
    return time_machine.travel(
        timezone.make_aware(dt.datetime.combine(day, dt.time(10))), tick=False
    )


def test_registered_and_replied_applications_land_in_table_3(editor_a, dept_a):
    data = {
        "unit": dept_a.pk,
        "applicant_type": "legal_service",
        "applicant_name": "某律师事务所",
        "id_number": "",
        "phone": "13800000000",
        "email": "a@example.com",
        "address": "测试县人民路2号",
        "postcode": "100000",
        "description": "2025年测试县城乡低保资金发放情况",
        "doc_number": "",
        "title": "",
        "form_wanted": "electronic",
        "delivery_route": "email",
    }
    with _at(dt.date(2025, 12, 1)):
        replied, _ = application_register(
            actor=editor_a, data=data, channel=Channel.IN_PERSON, submitted_on=dt.date(2025, 12, 1)
        )
    with _at(dt.date(2025, 12, 20)):
        open_app, _ = application_register(
            actor=editor_a,
            data={**data, "description": "另一项信息"},
            channel=Channel.IN_PERSON,
            submitted_on=dt.date(2025, 12, 20),
        )
    with _at(dt.date(2025, 12, 10)):
        foi_reply(
            actor=editor_a,
            application=replied,
            outcome="cannot_not_held",
            reasons="本机关不掌握",
            holder="测试县财政局",
        )
    data3 = compute_report(dept_a, 2025)
    t = data3.section3
    assert t.cell("new", "legal_service") == 2
    assert t.cell("cannot_not_held", "legal_service") == 1
    assert t.cell("carried_forward", "legal_service") == 1
    assert all(c.ok for c in run_checks(data3))
    data4 = compute_report(dept_a, 2026)
    assert data4.section3.cell("carried_over", "legal_service") == 1
    assert open_app.pk
