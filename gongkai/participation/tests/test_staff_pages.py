"""Staff pages: creating surveys, meetings and replies; the to-do list; unit scoping."""

from __future__ import annotations

import pytest

from gongkai.core import plugs
from gongkai.participation import services as svc
from gongkai.participation.models import DeputyReply, Meeting, Survey
from gongkai.workspace.registry import todo_for

pytestmark = pytest.mark.django_db


def test_survey_created_from_question_lines(client, editor_a):
    client.force_login(editor_a)
    data = {
        "title": "出行调查",
        "starts_at": "2026-03-01T09:00",
        "ends_at": "2026-04-01T09:00",
        "questions": "single|出行方式|公交;步行;驾车\nscale|满意度|5\ntext|建议",
        "publish": "on",
    }
    bad = client.post("/workspace/participation/surveys/", {**data, "questions": "radio|x"})
    assert bad.status_code == 200 and "第 1 行格式不对" in bad.content.decode()
    bad = client.post(
        "/workspace/participation/surveys/", {**data, "questions": "single|x|只有一个"}
    )
    assert "至少需要两个选项" in bad.content.decode()
    r = client.post("/workspace/participation/surveys/", data)
    assert r.status_code == 302
    s = Survey.objects.get()
    assert [(q.kind, q.options, q.scale_max) for q in s.questions.all()] == [
        ("single", ["公交", "步行", "驾车"], 5),
        ("scale", [], 5),
        ("text", [], 5),
    ]


def test_meeting_recorded_and_scoped(client, editor_a, editor_b):
    client.force_login(editor_a)
    r = client.post(
        "/workspace/participation/meetings/",
        {
            "title": "局务会议",
            "held_on": "2026-05-01",
            "topics": "研究低保标准",
            "public_invited": "on",
            "public_attendees": "4",
            "livestream_url": "javascript:alert(1)",
            "published": "on",
        },
    )
    assert r.status_code == 200 and not Meeting.objects.exists()  # bad URL refused
    r = client.post(
        "/workspace/participation/meetings/",
        {
            "title": "局务会议",
            "held_on": "2026-05-01",
            "topics": "研究低保标准",
            "public_invited": "on",
            "public_attendees": "4",
            "published": "on",
        },
    )
    assert r.status_code == 302 and Meeting.objects.get().unit == editor_a.unit
    client.force_login(editor_b)
    assert "局务会议" not in client.get("/workspace/participation/meetings/").content.decode()


def test_replies_page_leads_to_their_publisher(client, reviewer_a):
    """With an app publishing 建议提案办理结果, replies are no longer written here."""
    client.force_login(reviewer_a)
    r = client.post("/workspace/participation/replies/", {"kind": "npc", "title": "t"})
    assert r.status_code == 302 and r["Location"] == plugs.suggestion_replies().workspace_url()
    assert not DeputyReply.objects.exists()


def test_reply_published_from_page_without_deputy_name(client, reviewer_a, editor_a, monkeypatch):
    monkeypatch.setattr(plugs, "_suggestion_replies", [])  # a site without a publisher
    data = {
        "kind": "npc",
        "title": "关于道路的建议的答复",
        "deputy_name": "周大福",
        "deputy_contact": "13700000000",
        "distribution": "县人大选工委",
        "body": "周大福代表：\n现答复如下：道路将于年内修好。\n抄送：县人大选工委",
        "mode": "full",
    }
    client.force_login(editor_a)
    r = client.post("/workspace/participation/replies/", data)
    assert r.status_code == 200 and "先审查后公开" in r.content.decode()
    client.force_login(reviewer_a)
    r = client.post("/workspace/participation/replies/", data, follow=True)
    html = r.content.decode()
    assert "道路将于年内修好" in html and "周大福" not in html and "选工委" not in html
    assert DeputyReply.objects.get().deputy_name == "周大福"  # kept internally
    assert client.get("/hudong/fuwen/").status_code == 200


def test_moderation_queue_in_todo(consultation, editor_a, editor_b):
    svc.comment_submit(consultation=consultation, text="一条意见")
    items = [i for i in todo_for(editor_a) if i.kind == "意见审核"]
    assert len(items) == 1 and "1 条意见待审核" in items[0].title
    assert not [i for i in todo_for(editor_b) if i.kind == "意见审核"]


def test_workspace_index_shows_stale_flag(client, editor_a, dept_a):
    import datetime as dt

    import time_machine

    from gongkai.participation.tests.conftest import at

    with time_machine.travel(at(2026, 1, 5, 10), tick=False):
        svc.message_submit(kind="inquiry", unit=dept_a, subject="很久以前", text="t", contact="c")
    client.force_login(editor_a)
    with time_machine.travel(at(2026, 1, 5, 10) + dt.timedelta(days=100), tick=False):
        html = client.get("/workspace/participation/").content.decode()
        assert 'id="stale"' in html and "很久以前" in html
        home = client.get("/workspace/").content.decode()
        assert "超过3个月未答复" in home
