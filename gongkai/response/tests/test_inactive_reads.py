"""政务新媒体 idle for longer than the limit (or never updated) are on the to-do list; the
read narrows to them in SQL and says exactly what rules.is_inactive says."""

from __future__ import annotations

import datetime as dt

from gongkai.response import rules
from gongkai.response import selectors as sel
from gongkai.response.models import NewMediaAccount


def test_exactly_the_idle_active_accounts_are_read(dept_a, office, settings):
    settings.GONGKAI_RESPONSE_NEW_MEDIA_IDLE_DAYS = 14
    today = dt.date(2026, 11, 16)
    made = {}
    for platform, name, status, last in (  # one account per platform and unit
        ("weibo", "十四天前", "active", today - dt.timedelta(days=14)),
        ("wechat", "十五天前", "active", today - dt.timedelta(days=15)),
        ("douyin", "从未更新", "active", None),
        ("toutiao", "今天", "active", today),
        ("kuaishou", "开办审核中", "pending", None),
    ):
        made[name] = NewMediaAccount.objects.create(
            unit=dept_a, platform=platform, name=name, status=status, last_post_on=last
        )
    found = {a.name for a in sel.inactive_accounts_for(office, today)}
    assert found == {"十五天前", "从未更新"}
    assert found == {
        a.name
        for a in made.values()
        if a.status == "active" and rules.is_inactive(a.last_post_on, today, 14)
    }
    settings.GONGKAI_RESPONSE_NEW_MEDIA_IDLE_DAYS = 10**9  # beyond the calendar
    assert {a.name for a in sel.inactive_accounts_for(office, today)} == {"从未更新"}
