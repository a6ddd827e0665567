"""Open meetings (seed 003: ≥ 2 a year with the public) and deputies' replies (RULES §4)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from gongkai.participation import services as svc
from gongkai.participation.selectors import meeting_counts

pytestmark = pytest.mark.django_db


def _meeting(actor, day, invited=True, attendees=3, published=True):
    return svc.meeting_save(
        actor=actor,
        unit=actor.unit,
        title=f"常务会议 {day}",
        held_on=day,
        topics="议题",
        public_invited=invited,
        public_attendees=attendees,
        livestream_url="",
        outcome="",
        published=published,
    )


def test_meeting_count_per_unit_per_year_against_two(editor_a, office, dept_b):
    _meeting(editor_a, dt.date(2026, 3, 1))
    _meeting(editor_a, dt.date(2026, 6, 1), invited=False, attendees=0)  # no public: not counted
    _meeting(editor_a, dt.date(2025, 6, 1))  # other year
    rows = {r["unit"].name: r for r in meeting_counts(office, 2026)}
    assert rows["测试县民政局"]["count"] == 1 and not rows["测试县民政局"]["met"]
    assert rows["测试县教育局"]["count"] == 0
    _meeting(editor_a, dt.date(2026, 9, 1))
    rows = {r["unit"].name: r for r in meeting_counts(office, 2026)}
    assert rows["测试县民政局"]["met"]
    # an editor sees only their own unit
    assert [r["unit"].name for r in meeting_counts(editor_a, 2026)] == ["测试县民政局"]


def test_attendees_without_invitation_refused(editor_a):
    with pytest.raises(ValidationError, match="未邀请公众列席"):
        _meeting(editor_a, dt.date(2026, 3, 1), invited=False, attendees=2)


def test_meeting_pages(editor_a, client):
    m = _meeting(editor_a, dt.date(2026, 3, 1))
    _meeting(editor_a, dt.date(2026, 4, 1), published=False)
    html = client.get("/hudong/huiyi/").content.decode()
    assert "常务会议 2026-03-01" in html and "常务会议 2026-04-01" not in html
    assert "列席 3 人" in client.get(f"/hudong/huiyi/{m.pk}/").content.decode()


REPLY = """李大明代表：
您提出的《关于改善乡村道路的建议》收悉，现答复如下：
一、今年将改造道路20公里。
李大明代表提出的意见很有价值。
联系人：钱科长
联系电话：0886-1234567
抄送：县人大常委会选工委，县政府督查室
"""


def test_deputy_fields_removed_from_published_reply(reviewer_a, client, monkeypatch):
    from gongkai.core import plugs

    monkeypatch.setattr(plugs, "_suggestion_replies", [])  # a site where they are served here
    r = svc.deputy_reply_publish(
        actor=reviewer_a,
        unit=reviewer_a.unit,
        kind="npc",
        title="对李大明代表第8号建议的答复",
        body=REPLY + "如有疑问请联系李大明代表，电话13912345678。",
        deputy_name="李大明",
        deputy_contact="13912345678 dm@example.com",
        distribution="县人大常委会选工委，县政府督查室",
    )
    text = r.published_text
    for secret in ("李大明", "13912345678", "钱科长", "0886-1234567", "抄送", "选工委", "督查室"):
        assert secret not in text, secret
    assert "今年将改造道路20公里" in text
    assert "李大明" not in r.title
    page = client.get(f"/hudong/fuwen/{r.pk}/").content.decode()
    assert "李大明" not in page and "改造道路" in page


def test_summary_mode_publishes_summary_only(reviewer_a):
    r = svc.deputy_reply_publish(
        actor=reviewer_a,
        unit=reviewer_a.unit,
        kind="cppcc",
        title="关于教育的提案的答复",
        body=REPLY,
        deputy_name="李大明",
        mode="summary",
        summary="县教育局已采纳李大明委员的建议，新建幼儿园两所。",
    )
    assert r.published_text == "县教育局已采纳×××委员的建议，新建幼儿园两所。"
    with pytest.raises(ValidationError, match="请填写摘要"):
        svc.deputy_reply_publish(
            actor=reviewer_a,
            unit=reviewer_a.unit,
            kind="cppcc",
            title="t",
            body="b",
            deputy_name="x",
            mode="summary",
        )


def test_editor_cannot_publish_reply(editor_a):
    with pytest.raises(PermissionDenied):
        svc.deputy_reply_publish(
            actor=editor_a, unit=editor_a.unit, kind="npc", title="t", body="b", deputy_name="x"
        )


def test_scanner_masks_other_personal_data_in_reply(reviewer_a):
    r = svc.deputy_reply_publish(
        actor=reviewer_a,
        unit=reviewer_a.unit,
        kind="npc",
        title="答复",
        body="群众王某反映，电话13812345678，已处理。",
        deputy_name="赵六",
    )
    assert "13812345678" not in r.published_text
