"""Leader mailbox and online messages (RULES §6, §7: the 3-month veto)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from gongkai.core.models import AuditEvent
from gongkai.core.permissions import get_for_user
from gongkai.participation import services as svc
from gongkai.participation.models import Message, MessageTransfer
from gongkai.participation.selectors import add_months, unanswered_over_three_months
from gongkai.participation.tests.conftest import at
from gongkai.workspace.registry import todo_for

pytestmark = pytest.mark.django_db


def test_submit_gives_tracking_number_and_hashed_code(message_a):
    assert message_a.tracking_number.startswith("LY")
    assert len(message_a.code) == 8
    stored = Message.objects.get(pk=message_a.pk)
    assert message_a.code not in stored.code_hash
    assert svc.message_find(message_a.tracking_number, message_a.code) == stored
    assert svc.message_find(message_a.tracking_number, message_a.code.lower()) == stored
    assert svc.message_find(message_a.tracking_number, "WRONGCOD") is None
    assert svc.message_find("LY000", message_a.code) is None


def test_answer_due_in_10_working_days_by_default_and_per_kind(dept_a, office):
    with time_machine.travel(at(2026, 9, 28, 10), tick=False):
        m, _ = svc.message_submit(
            kind="complaint", unit=dept_a, subject="投诉", text="内容", contact="x"
        )
        assert m.due == dt.date(2026, 10, 16)  # National Day and 10-10 make-up day counted
        svc.message_limit_set(actor=office, kind="help", working_days=5)
        m2, _ = svc.message_submit(
            kind="help", unit=dept_a, subject="求助", text="内容", contact="x"
        )
        assert m2.due == dt.date(2026, 10, 10)
        assert m2.due_rule == "participation.message.answer.help"


def test_leader_letter_goes_to_leaders_unit(leader, gov):
    m, _ = svc.message_submit(
        kind="suggestion", unit=None, leader=leader, subject="建议", text="内容", contact="x"
    )
    assert m.unit == gov and m.leader == leader


def test_missing_fields_give_clear_messages(dept_a):
    with pytest.raises(ValidationError) as exc:
        svc.message_submit(kind="inquiry", unit=dept_a, subject="", text="x", contact="x")
    assert "请填写主题" in str(exc.value)
    with pytest.raises(ValidationError, match="留言类型"):
        svc.message_submit(kind="bogus", unit=dept_a, subject="s", text="x", contact="x")
    with pytest.raises(ValidationError, match="请选择致信"):
        svc.message_submit(kind="inquiry", unit=None, subject="s", text="x", contact="x")


def test_routing_keeps_history_and_moves_scope(message_a, editor_a, editor_b, dept_b):
    svc.message_transfer(actor=editor_a, message=message_a, to_unit=dept_b, reason="属教育局职责")
    message_a.refresh_from_db()
    assert message_a.unit == dept_b and message_a.addressed_unit.name == "测试县民政局"
    t = MessageTransfer.objects.get()
    assert (t.from_unit, t.to_unit, t.reason) == (editor_a.unit, dept_b, "属教育局职责")
    # now dept_b handles it and dept_a no longer sees it
    assert get_for_user(Message.objects.all(), editor_b, pk=message_a.pk)
    with pytest.raises(Http404):
        get_for_user(Message.objects.all(), editor_a, pk=message_a.pk)
    with pytest.raises(PermissionDenied):
        svc.message_transfer(actor=editor_a, message=message_a, to_unit=editor_a.unit)
    # transferring back adds a row, never rewrites one
    svc.message_transfer(actor=editor_b, message=message_a, to_unit=editor_a.unit)
    assert MessageTransfer.objects.count() == 2
    assert AuditEvent.objects.filter(action="participation.message_transfer").count() == 2


def test_published_answer_needs_review_by_someone_else(message_a, editor_a, reviewer_a, client):
    svc.message_answer(actor=editor_a, message=message_a, answer="请携带户口簿办理。", publish=True)
    message_a.refresh_from_db()
    assert message_a.status == Message.Status.IN_REVIEW and not message_a.published
    assert client.get(f"/hudong/xinxiang/{message_a.pk}/").status_code == 404
    with pytest.raises(PermissionDenied):
        svc.message_review(actor=editor_a, message=message_a, approve=True)
    with pytest.raises(ValidationError, match="退回须说明理由"):
        svc.message_review(actor=reviewer_a, message=message_a, approve=False)
    svc.message_review(actor=reviewer_a, message=message_a, approve=True)
    message_a.refresh_from_db()
    assert message_a.status == Message.Status.ANSWERED and message_a.published
    r = client.get(f"/hudong/xinxiang/{message_a.pk}/")
    assert r.status_code == 200 and "请携带户口簿办理" in r.content.decode()
    assert "13800001111" not in r.content.decode()  # the contact is never shown
    assert "低保怎么申请" in client.get("/hudong/xinxiang/").content.decode()


def test_answer_cannot_be_published_without_consent(dept_a, editor_a):
    m, _ = svc.message_submit(
        kind="inquiry", unit=dept_a, subject="s", text="t", contact="c", may_publish=False
    )
    with pytest.raises(ValidationError, match="未同意公开"):
        svc.message_answer(actor=editor_a, message=m, answer="答复", publish=True)
    svc.message_answer(actor=editor_a, message=m, answer="答复", publish=False)
    m.refresh_from_db()
    assert m.status == Message.Status.ANSWERED and not m.published


def test_rate_and_reopen_once(message_a, editor_a):
    with pytest.raises(ValidationError, match="答复后"):
        svc.message_rate(message=message_a, rating=3)
    svc.message_answer(actor=editor_a, message=message_a, answer="答复", publish=False)
    svc.message_rate(message=message_a, rating=1, note="没解决")
    with time_machine.travel(at(2026, 9, 28, 10), tick=False):
        m = svc.message_reopen(message=message_a, reason="问题没有解决")
    assert m.status == Message.Status.PROCESSING and m.due == dt.date(2026, 10, 16)
    svc.message_answer(actor=editor_a, message=m, answer="再次答复", publish=False)
    with pytest.raises(ValidationError, match="只能申请重新办理一次"):
        svc.message_reopen(message=m, reason="还是不满意")


def test_asker_tracks_rates_and_reopens_through_pages(message_a, editor_a, client):
    svc.message_answer(actor=editor_a, message=message_a, answer="您好，答复如下", publish=False)
    r = client.post(
        "/hudong/xinxiang/track/", {"number": message_a.tracking_number, "code": "BADCODE1"}
    )
    assert "查询编号或查询码不正确" in r.content.decode()
    r = client.post(
        "/hudong/xinxiang/track/", {"number": message_a.tracking_number, "code": message_a.code}
    )
    assert "您好，答复如下" in r.content.decode()
    client.post(f"/hudong/xinxiang/track/{message_a.pk}/rate/", {"rating": "3"})
    message_a.refresh_from_db()
    assert message_a.rating == 3
    # another browser without the session cannot act on it
    from django.test import Client

    other = Client()
    assert (
        other.post(f"/hudong/xinxiang/track/{message_a.pk}/reopen/", {"reason": "x"}).status_code
        == 404
    )


def test_three_month_red_flag(dept_a, dept_b, editor_a, gov):
    received = at(2026, 1, 31, 10)
    with time_machine.travel(received, tick=False):
        old, _ = svc.message_submit(
            kind="inquiry", unit=dept_a, subject="旧", text="t", contact="c"
        )
        spam, _ = svc.message_submit(
            kind="inquiry", unit=dept_a, subject="垃圾", text="t", contact="c"
        )
        other, _ = svc.message_submit(kind="help", unit=dept_b, subject="乙", text="t", contact="c")
        svc.message_invalidate(
            actor=svc.User.objects.create(username="rv", unit=dept_a, role="reviewer"),
            message=spam,
            reason="广告",
        )
    # 3 months after 31 January is 30 April (clamped to the month's end)
    assert add_months(received, 3) == at(2026, 4, 30, 10)
    with time_machine.travel(at(2026, 4, 30, 10), tick=False):
        assert not unanswered_over_three_months().exists()  # exactly 3 months: not yet
    with time_machine.travel(at(2026, 4, 30, 10, 0, 1), tick=False):
        assert list(unanswered_over_three_months()) == [old, other]
        assert list(unanswered_over_three_months(unit=dept_a)) == [old]
        assert list(unanswered_over_three_months(unit=gov)) == [old, other]
        flagged = [i for i in todo_for(editor_a) if i.severity == "danger"]
        assert [i.title for i in flagged] == ["答复留言：旧"]
        assert "3个月" in flagged[0].note
    with time_machine.travel(at(2026, 4, 30, 10, 0, 1), tick=False):
        svc.message_answer(actor=editor_a, message=old, answer="迟到的答复", publish=False)
        assert list(unanswered_over_three_months(unit=dept_a)) == []


def test_not_flagged_before_three_months(dept_a):
    with time_machine.travel(at(2026, 3, 1, 10), tick=False):
        svc.message_submit(kind="inquiry", unit=dept_a, subject="新", text="t", contact="c")
    with time_machine.travel(at(2026, 5, 31, 10), tick=False):
        assert not unanswered_over_three_months().exists()
    with time_machine.travel(at(2026, 6, 1, 10, 0, 1), tick=False):
        assert unanswered_over_three_months().count() == 1


def test_overdue_answer_in_workspace(message_a, editor_a):
    with time_machine.travel(message_a.received_at + dt.timedelta(days=40), tick=False):
        item = next(i for i in todo_for(editor_a) if i.kind == "网上留言")
        assert item.overdue and item.due == message_a.due


def test_staff_message_page_actions(message_a, editor_a, reviewer_a, dept_b, client):
    client.force_login(editor_a)
    url = f"/workspace/participation/messages/{message_a.pk}/"
    assert "低保怎么申请" in client.get(url).content.decode()
    r = client.post(url, {"form": "answer", "answer": ""})
    assert r.status_code == 400 and "必填" in r.content.decode() or "请填写" in r.content.decode()
    r = client.post(url, {"form": "answer", "answer": "答复正文", "publish": "on"})
    assert r.status_code == 302
    client.force_login(reviewer_a)
    r = client.post(url, {"form": "review", "decision": "approve"})
    assert r.status_code == 302
    message_a.refresh_from_db()
    assert message_a.published


def test_office_sets_answer_limit_on_page_editor_cannot(client, office, editor_a, dept_a):
    client.force_login(editor_a)
    r = client.post("/workspace/participation/messages/", {"kind": "help", "working_days": "5"})
    assert r.status_code == 400 and "需要以下角色" in r.content.decode()
    client.force_login(office)
    r = client.post("/workspace/participation/messages/", {"kind": "help", "working_days": "0"})
    assert r.status_code == 400 and 'class="errorlist' in r.content.decode()
    r = client.post("/workspace/participation/messages/", {"kind": "help", "working_days": "5"})
    assert r.status_code == 302
    assert "求助 5 个工作日" in client.get("/workspace/participation/messages/").content.decode()
    assert svc.answer_limit("help") == 5 and svc.answer_limit("inquiry") == 10


def test_throttle_uses_forwarded_address_only_behind_trusted_proxy(rf, settings):
    request = rf.post("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 10.0.0.9", REMOTE_ADDR="10.0.0.1")
    assert svc.client_address(request) == "10.0.0.1"  # header ignored by default
    settings.GONGKAI_TRUSTED_PROXY_HOPS = 1
    assert svc.client_address(request) == "10.0.0.9"
    settings.GONGKAI_TRUSTED_PROXY_HOPS = 2
    assert svc.client_address(request) == "1.2.3.4"


def test_reopened_answer_is_unpublished_until_reviewed_again(
    message_a, editor_a, reviewer_a, client
):
    svc.message_answer(actor=editor_a, message=message_a, answer="第一次答复", publish=True)
    svc.message_review(actor=reviewer_a, message=message_a, approve=True)
    assert client.get(f"/hudong/xinxiang/{message_a.pk}/").status_code == 200
    with time_machine.travel(at(2026, 9, 28, 10), tick=False):
        m = svc.message_reopen(message=message_a, reason="没说清楚")
    assert m.due_start == dt.date(2026, 9, 28)
    svc.message_answer(actor=editor_a, message=m, answer="未经审核的第二次答复", publish=False)
    assert client.get(f"/hudong/xinxiang/{message_a.pk}/").status_code == 404


def test_calendar_change_recomputes_open_message_deadlines(
    dept_a, office, django_capture_on_commit_callbacks
):
    from gongkai.core.models import CalendarOverride
    from gongkai.core.services import calendar_load

    with time_machine.travel(at(2026, 9, 28, 10), tick=False):
        m, _ = svc.message_submit(kind="inquiry", unit=dept_a, subject="s", text="t", contact="c")
        assert m.due == dt.date(2026, 10, 16)
        with django_capture_on_commit_callbacks(execute=True):
            calendar_load(
                actor=office,
                rows=[(dt.date(2026, 10, 13), CalendarOverride.Kind.HOLIDAY, "本地假日", "")],
                source="测试",
            )
    m.refresh_from_db()
    assert m.due == dt.date(2026, 10, 19)
    from gongkai.core.models import AuditEvent

    event = AuditEvent.objects.get(action="participation.message_deadline_recompute")
    assert event.object_id == str(m.pk) and event.changes["due"] == ["2026-10-16", "2026-10-19"]


def test_tracking_page_after_rating_still_shows_the_message(message_a, editor_a, client):
    svc.message_answer(actor=editor_a, message=message_a, answer="答复内容甲", publish=False)
    client.post(
        "/hudong/xinxiang/track/", {"number": message_a.tracking_number, "code": message_a.code}
    )
    r = client.post(f"/hudong/xinxiang/track/{message_a.pk}/rate/", {"rating": "2"}, follow=True)
    html = r.content.decode()
    assert "答复内容甲" in html and "基本满意" in html


def test_published_qa_masks_phone_numbers(dept_a, editor_a, reviewer_a, client):
    m, _ = svc.message_submit(
        kind="help",
        unit=dept_a,
        subject="求助：电话13812345678打不通",
        text="我的电话13812345678，请回电",
        contact="13812345678",
        may_publish=True,
    )
    svc.message_answer(actor=editor_a, message=m, answer="已联系13812345678本人。", publish=True)
    svc.message_review(actor=reviewer_a, message=m, approve=True)
    for url in ["/hudong/", "/hudong/xinxiang/", f"/hudong/xinxiang/{m.pk}/", "/api/v1/messages"]:
        body = client.get(url).content.decode()
        assert "13812345678" not in body, url


def test_wrong_codes_are_throttled(message_a, client):
    for _ in range(svc.TRACK_FAILURES[0]):
        r = client.post(
            "/hudong/xinxiang/track/", {"number": message_a.tracking_number, "code": "WRONG123"}
        )
        assert "查询编号或查询码不正确" in r.content.decode()
    r = client.post(
        "/hudong/xinxiang/track/", {"number": message_a.tracking_number, "code": message_a.code}
    )
    assert "查询失败次数过多" in r.content.decode()
    api = client.post(
        "/api/v1/messages/track",
        {"tracking_number": message_a.tracking_number, "code": message_a.code},
        content_type="application/json",
    )
    assert api.status_code == 400 and "查询失败次数过多" in api.json()["message"]
