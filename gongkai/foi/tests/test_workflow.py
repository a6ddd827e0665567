"""The application workflow table (TRANSITIONS), its one error shape and its constraint."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from gongkai.core.workflow import check_constraint_for
from gongkai.foi.models import IN_PLACE, TRANSITIONS, Application
from gongkai.foi.services import consultation_end, correction_receive, fee_paid

Status = Application.Status


def test_every_state_is_reachable_and_constrained():
    assert check_constraint_for(TRANSITIONS) == set(Status.values)
    targets = {to for _sources, to in TRANSITIONS.values()}
    # every state but the first is entered by some action; the open states can be left
    assert targets == set(Status.values) - {Status.SUBMITTED}
    assert all(sources <= set(Status.values) for sources in IN_PLACE.values())


@pytest.mark.django_db
def test_wrong_state_gives_one_chinese_error(register, editor_a):
    app = register("2026-09-28")
    assert app.status == Status.PROCESSING
    for service in (correction_receive, consultation_end, fee_paid):
        with pytest.raises(ValidationError) as exc:
            service(actor=editor_a, application=app)
        message = exc.value.messages[0]
        assert message.startswith("当前状态为“办理中”，不能执行此操作")


@pytest.mark.django_db
def test_database_refuses_a_state_outside_the_table(register):
    app = register("2026-09-28")
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=app.pk).update(status="lost")
