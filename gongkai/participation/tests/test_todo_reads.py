"""The to-do list's participation items come from one read of consultations and the open
messages' own rows, and say exactly what the separate selectors say (RULES §7 for the
three-month flag)."""

from __future__ import annotations

import datetime as dt

import time_machine

from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.plugs import todo_items
from gongkai.participation.tests.conftest import at


def test_todo_items_agree_with_the_separate_selectors(
    make_consultation, editor_a, office, dept_a, django_assert_max_num_queries
):
    start = at(2026, 1, 5, 10)
    with time_machine.travel(start, tick=False):
        pending = make_consultation(title="《甲办法》征求意见", days=120)
        svc.comment_submit(consultation=pending, text="一条意见")
        both = make_consultation(title="《乙办法》征求意见", days=30)
        svc.comment_submit(consultation=both, text="另一条意见")
        make_consultation(title="《丙办法》征求意见", days=30)  # closes with no comment
        make_consultation(title="《丁办法》征求意见", days=150)  # still open, no comment
        old, _code = svc.message_submit(
            kind="inquiry", unit=dept_a, subject="很久以前的留言", text="t", contact="c"
        )
    with time_machine.travel(start + dt.timedelta(days=60), tick=False):
        svc.message_submit(kind="inquiry", unit=dept_a, subject="新近的留言", text="t", contact="c")
    later = start + dt.timedelta(days=100)
    with time_machine.travel(later, tick=False):
        for user in (editor_a, office):
            with django_assert_max_num_queries(3):  # the user's unit, consultations, messages
                items = todo_items(user)
            moderation = {i.title for i in items if i.kind == "意见审核"}
            feedback = {i.title for i in items if i.kind == "征集反馈"}
            flagged = {i.title for i in items if i.kind == "网上留言" and i.severity == "danger"}
            assert moderation == {
                f"《{c.title}》有 {c.pending} 条意见待审核"
                for c in sel.consultations_pending_moderation_for(user)
            }
            assert len(moderation) == 2
            awaiting = list(sel.consultations_awaiting_feedback_for(user))
            assert {c.title for c in awaiting} == {"《乙办法》征求意见", "《丙办法》征求意见"}
            assert len(feedback) == len(awaiting)
            assert all(any(c.title in t for c in awaiting) for t in feedback)
            stale = {m.subject for m in sel.messages_stale_for(user)}
            assert stale == {"很久以前的留言"}
            assert flagged == {f"答复留言：{s}" for s in stale}
            assert old.pk in {m.pk for m in sel.messages_stale_for(user)}
