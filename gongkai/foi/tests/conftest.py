"""Fixtures of the foi tests: a valid application payload and a registered application."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from gongkai.foi.codes import ApplicantType
from gongkai.foi.models import Channel

#: A valid resident ID number (check digit X) used throughout the tests.
ID_NUMBER = "11010519491231002X"


def payload(unit, **over) -> dict:
    data = {
        "unit": unit.pk,
        "applicant_type": ApplicantType.NATURAL_PERSON,
        "applicant_name": "张三",
        "id_number": ID_NUMBER,
        "phone": "13800000000",
        "email": "zhangsan@example.com",
        "address": "测试县人民路2号",
        "postcode": "100000",
        "description": "2025年测试县城乡低保资金发放情况",
        "doc_number": "",
        "title": "",
        "form_wanted": "electronic",
        "delivery_route": "email",
    }
    data.update(over)
    return data


def travel(day: dt.date | str, hour: int = 10):
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    moment = timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))
    return time_machine.travel(moment, tick=False)


@pytest.fixture
def register(editor_a, dept_a):
    """``register(received_on, **data)``: an in-person application received that day."""
    from gongkai.foi.services import application_register

    def make(received_on: str | dt.date, actor=None, unit=None, **data):
        day = dt.date.fromisoformat(received_on) if isinstance(received_on, str) else received_on
        with travel(day):
            app, _code = application_register(
                actor=actor or editor_a,
                data=payload(unit or dept_a, **data),
                channel=Channel.IN_PERSON,
                submitted_on=day,
            )
        return app

    return make
