import datetime as dt

import pytest
from django.utils import timezone

from gongkai.testing import local_moment


@pytest.fixture
def found_friday_night():
    """Friday 2026-11-27 22:30 local: the clock runs across the night and the weekend."""
    return timezone.make_aware(dt.datetime(2026, 11, 27, 22, 30))


@pytest.fixture
def message_a(dept_a):
    from gongkai.participation import services as psvc

    message, _code = psvc.message_submit(
        kind="complaint",
        unit=dept_a,
        subject="低保资金本月未到账",
        text="我家低保本月还没有发放，请尽快核实。联系电话13812345678",
        contact="13812345678",
        name="王明",
    )
    return message


@pytest.fixture
def noon():
    return local_moment(2026, 11, 27, 12)
