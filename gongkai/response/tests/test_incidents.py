"""Opinion incidents: registration with hour deadlines, the link to a mailbox message,
recorded steps (late ones flagged), closing, the to-do list turning red, unit scope."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import AuditEvent
from gongkai.core.plugs import todo_sources
from gongkai.response import services as svc
from gongkai.response.models import Incident, Step

pytestmark = pytest.mark.django_db


def _register(actor, unit, found_at, level="major", **kw):
    with time_machine.travel(found_at + dt.timedelta(minutes=10), tick=False):
        return svc.incident_register(
            actor=actor,
            unit=unit,
            title="网传低保资金发放延迟",
            level=level,
            found_at=found_at,
            **kw,
        )


def test_register_creates_steps_due_in_exact_clock_hours(office, dept_a, found_friday_night):
    incident = _register(office, dept_a, found_friday_night)
    steps = {s.kind: s for s in incident.steps.all()}
    assert steps["release"].due == found_friday_night + dt.timedelta(hours=5)
    assert steps["press"].due == found_friday_night + dt.timedelta(hours=24)
    assert incident.rule == "重大舆情：5 小时内首次权威发布，24 小时内举行新闻发布会"
    assert AuditEvent.objects.filter(action="response.incident_register").count() == 1


def test_installation_setting_changes_the_hours(office, dept_a, found_friday_night, settings):
    settings.GONGKAI_RESPONSE_RELEASE_HOURS = 4
    incident = _register(office, dept_a, found_friday_night)
    release = incident.steps.get(kind="release")
    assert release.due == found_friday_night + dt.timedelta(hours=4)
    assert "4 小时" in release.due_rule


def test_incident_from_message_keeps_the_link_and_is_one_click(editor_a, message_a):
    incident = svc.incident_from_message(actor=editor_a, message=message_a, level="larger")
    assert incident.message == message_a and incident.source == Incident.Source.MESSAGE
    assert incident.unit == message_a.unit
    again = svc.incident_from_message(actor=editor_a, message=message_a)
    assert again.pk == incident.pk


def test_incident_from_message_through_the_staff_page(client, editor_a, message_a):
    client.force_login(editor_a)
    page = client.get(reverse("participation:ws_message", args=[message_a.pk]))
    assert "登记为政务舆情" in page.content.decode()
    resp = client.post(
        reverse("response:incident_from_message", args=[message_a.pk]), {"level": "major"}
    )
    incident = Incident.objects.get(message=message_a)
    assert resp.status_code == 302 and resp.url == reverse(
        "response:ws_incident", args=[incident.pk]
    )
    detail = client.get(resp.url).content.decode()
    assert message_a.tracking_number in detail


def test_step_recorded_late_is_flagged_and_counted(office, dept_a, found_friday_night):
    incident = _register(office, dept_a, found_friday_night)
    release = incident.steps.get(kind="release")
    with time_machine.travel(found_friday_night + dt.timedelta(hours=7), tick=False):
        step = svc.step_record(
            actor=office,
            step_id=release.pk,
            done_at=timezone.now(),
            link="https://www.example.gov.cn/a.html",
        )
    assert step.late
    with pytest.raises(ValidationError, match="不能重复登记"):
        svc.step_record(
            actor=office, step_id=release.pk, done_at=timezone.now(), link="https://x.cn"
        )
    with pytest.raises(ValidationError, match="链接"):
        svc.step_record(
            actor=office, step_id=incident.steps.get(kind="press").pk, done_at=timezone.now()
        )


def test_step_on_time_is_not_late(office, dept_a, found_friday_night):
    incident = _register(office, dept_a, found_friday_night)
    release = incident.steps.get(kind="release")
    with time_machine.travel(found_friday_night + dt.timedelta(hours=4, minutes=59), tick=False):
        step = svc.step_record(
            actor=office, step_id=release.pk, done_at=timezone.now(), link="https://x.cn/a"
        )
    assert not step.late


def test_close_needs_the_release_and_follows_the_table(office, dept_a, found_friday_night):
    incident = _register(office, dept_a, found_friday_night, level="general")
    with pytest.raises(ValidationError, match="首次权威发布"):
        svc.incident_close(actor=office, incident_id=incident.pk, evaluation="平稳")
    release = incident.steps.get(kind="release")
    svc.step_record(actor=office, step_id=release.pk, done_at=timezone.now(), link="https://x.cn/a")
    closed = svc.incident_close(
        actor=office, incident_id=incident.pk, evaluation="舆情平息", lessons="早发布"
    )
    assert closed.status == "closed" and closed.closed_at
    with pytest.raises(ValidationError, match="当前状态为“已办结”"):
        svc.incident_close(actor=office, incident_id=incident.pk, evaluation="再次")
    with pytest.raises(ValidationError, match="已办结"):
        svc.followup_schedule(actor=office, incident_id=incident.pk)


def test_followup_due_in_configured_hours(office, dept_a, found_friday_night):
    incident = _register(office, dept_a, found_friday_night)
    moment = found_friday_night + dt.timedelta(hours=2)
    with time_machine.travel(moment, tick=False):
        step = svc.followup_schedule(actor=office, incident_id=incident.pk)
    assert step.kind == Step.Kind.FOLLOWUP and step.due == moment + dt.timedelta(hours=24)


def test_overdue_step_turns_red_on_the_todo_list(office, dept_a, found_friday_night):
    _register(office, dept_a, found_friday_night)
    todo = todo_sources()["response"]
    with time_machine.travel(found_friday_night + dt.timedelta(hours=4, minutes=59), tick=False):
        release = next(i for i in todo(office) if i.title.startswith("首次权威发布"))
        assert not release.overdue and release.severity == ""
    with time_machine.travel(found_friday_night + dt.timedelta(hours=5, minutes=1), tick=False):
        release = next(i for i in todo(office) if i.title.startswith("首次权威发布"))
        assert release.overdue and release.severity == "danger"


def test_other_unit_gets_404_on_pages_and_api(
    client, office, editor_a, editor_b, dept_a, found_friday_night, api_token
):
    incident = _register(office, dept_a, found_friday_night)
    client.force_login(editor_b)
    assert client.get(reverse("response:ws_incident", args=[incident.pk])).status_code == 404
    assert incident.title not in client.get(reverse("response:ws_incidents")).content.decode()
    client.logout()
    resp = client.get(
        f"/api/v1/response/incidents/{incident.pk}", headers={"Authorization": api_token(editor_b)}
    )
    assert resp.status_code == 404
    ok = client.get(
        f"/api/v1/response/incidents/{incident.pk}", headers={"Authorization": api_token(editor_a)}
    )
    assert ok.status_code == 200 and ok.json()["steps"][0]["kind"] == "release"
    with pytest.raises(Http404):
        svc.followup_schedule(actor=editor_b, incident_id=incident.pk)


def test_api_registers_an_incident(client, office, dept_a, api_token):
    found = timezone.now() - dt.timedelta(hours=1)
    resp = client.post(
        "/api/v1/response/incidents",
        {
            "title": "网传停水",
            "level": "especially_major",
            "found_at": found.isoformat(),
            "unit_id": dept_a.pk,
        },
        content_type="application/json",
        headers={"Authorization": api_token(office)},
    )
    assert resp.status_code == 201, resp.content
    body = resp.json()
    assert [s["kind"] for s in body["steps"]] == ["release", "press"]


def test_incident_from_a_public_comment_keeps_the_link(client, editor_a, dept_a):
    from gongkai.participation import services as psvc
    from gongkai.participation.models import Consultation

    now = timezone.now()
    c = psvc.consultation_create(
        actor=editor_a,
        unit=dept_a,
        title="养老服务办法征求意见",
        draft_text="第一条 ……",
        explanation="说明",
        how_to_comment="网上提交",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=30),
        publish=True,
    )
    comment = psvc.comment_submit(consultation=c, text="养老院收费太高，大家都在转发", name="李四")
    client.force_login(editor_a)
    page = client.get(reverse("participation:ws_consultation", args=[c.pk])).content.decode()
    assert f"incident-from-comment-{comment.pk}" in page
    resp = client.post(reverse("response:incident_from_comment", args=[comment.pk]))
    incident = Incident.objects.get(comment=comment)
    assert resp.url == reverse("response:ws_incident", args=[incident.pk])
    assert incident.unit == dept_a and Consultation.objects.filter(pk=c.pk).exists()


def test_leader_follows_every_incident_in_the_subtree_read_only(
    client, office, leader, dept_a, found_friday_night
):
    incident = _register(office, dept_a, found_friday_night)
    client.force_login(leader)
    board = client.get(reverse("response:ws_index")).content.decode()
    assert incident.title in board
    page = client.get(reverse("response:ws_incident", args=[incident.pk])).content.decode()
    assert "登记发布" not in page
    resp = client.post(reverse("response:ws_incident", args=[incident.pk]), {"form": "followup"})
    assert resp.status_code == 403
