import datetime as dt

import time_machine
from django.urls import reverse

from gongkai.supervision.services import plan_publish
from gongkai.supervision.tests.factories import sent_plan


@time_machine.travel(dt.datetime(2026, 4, 2, 10, tzinfo=dt.UTC), tick=False)
def test_home_block_menu_and_todo(client, office, gov, dept_a, dept_b, editor_b):
    plan = sent_plan(office, gov, dept_a)
    assert plan.title not in client.get("/").content.decode()
    plan_publish(actor=office, plan=plan)
    assert plan.title in client.get("/").content.decode()
    client.force_login(editor_b)
    page = client.get(reverse("workspace:home")).content.decode()
    assert "工作督办" in page
    assert f"《{plan.title}》2026年第一季度进展未报送（1项任务）" in page
