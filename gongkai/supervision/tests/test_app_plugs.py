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


def test_suggestions_are_to_do_items_red_after_the_statutory_period(office, dept_a, editor_a):
    from gongkai.supervision.suggestions import suggestion_assign, suggestion_reply
    from gongkai.workspace.registry import todo_for

    with time_machine.travel(dt.datetime(2026, 2, 10, 10, tzinfo=dt.UTC), tick=False):
        s = suggestion_assign(actor=office, kind="deputy", year=2026, number="3",
                              title="关于路灯的建议", proposer="张代表", content="",
                              lead_unit=dept_a)  # fmt: skip
        items = [i for i in todo_for(editor_a) if i.kind == "建议提案办理"]
        assert [(i.title, i.severity) for i in items] == [(f"{s}待答复", "warning")]
    with time_machine.travel(dt.datetime(2026, 5, 11, 10, tzinfo=dt.UTC), tick=False):
        items = [i for i in todo_for(editor_a) if i.kind == "建议提案办理"]
        assert items[0].severity == "danger" and items[0].overdue
        suggestion_reply(actor=editor_a, suggestion=s, reply="已安装路灯。")
        assert not [i for i in todo_for(editor_a) if i.kind == "建议提案办理"]
        items = [i for i in todo_for(office) if i.kind == "建议提案办理"]
        assert [i.title for i in items] == [f"{s}的答复待审核"]
