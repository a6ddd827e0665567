"""The consultation and mailbox workflows are explicit tables, enforced in the database."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from gongkai.core.workflow import allowed_actions, check_constraint_for
from gongkai.participation import services as svc
from gongkai.participation.models import Consultation, Message

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Consultation, Message])
def test_every_status_is_reachable_in_the_table(model):
    assert check_constraint_for(model.TRANSITIONS) == set(model.Status.values)


@pytest.mark.parametrize(
    ("model", "fixture"), [(Consultation, "consultation"), (Message, "message_a")]
)
def test_database_refuses_a_status_outside_the_workflow(model, fixture, request):
    obj = request.getfixturevalue(fixture)
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=obj.pk).update(status="bogus")


def test_message_actions_follow_the_table(message_a, editor_a, reviewer_a):
    assert set(allowed_actions(message_a, Message.TRANSITIONS)) == {
        "transfer",
        "answer",
        "answer_for_review",
        "invalidate",
    }
    m = svc.message_answer(actor=editor_a, message=message_a, answer="答复", publish=False)
    assert allowed_actions(m, Message.TRANSITIONS) == ["reopen"]
    with pytest.raises(ValidationError, match="当前状态为“已答复”，不能执行此操作（需处于："):
        svc.message_invalidate(actor=reviewer_a, message=m, reason="广告信息")
    with pytest.raises(ValidationError, match="当前状态为“已答复”"):
        svc.message_answer(actor=editor_a, message=m, answer="再答复", publish=False)
    m.refresh_from_db()
    assert m.status == Message.Status.ANSWERED and m.answer == "答复"


def test_consultation_withdraw_and_publish_again(make_consultation, reviewer_a):
    draft = make_consultation(publish=False, actor=reviewer_a)
    with pytest.raises(ValidationError, match="当前状态为“草稿”.*需处于：已发布"):
        svc.consultation_withdraw(actor=reviewer_a, consultation=draft, reason="发布有误需撤回")
    c = svc.consultation_publish(actor=reviewer_a, consultation=draft)
    c = svc.consultation_withdraw(actor=reviewer_a, consultation=c, reason="发布有误需撤回")
    assert c.status == Consultation.Status.WITHDRAWN
    c = svc.consultation_publish(actor=reviewer_a, consultation=c)
    assert c.status == Consultation.Status.PUBLISHED
