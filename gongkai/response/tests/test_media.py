"""New-media registry (lifecycle, one account per platform per unit, inactivity on the
right day) and press events (published transcript)."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core.plugs import todo_sources
from gongkai.response import selectors as sel
from gongkai.response import services as svc
from gongkai.response.models import NewMediaAccount

pytestmark = pytest.mark.django_db


def _account(actor, unit, platform="wechat", name="示范民政"):
    a = svc.account_apply(
        actor=actor, unit=unit, platform=platform, name=name, approval="局务会同意"
    )
    return svc.account_transition(actor=actor, account_id=a.pk, action="approve", approval="备案")


def test_duplicate_account_on_one_platform_refused(editor_a, dept_a, dept_b, editor_b):
    _account(editor_a, dept_a)
    with pytest.raises(ValidationError, match="同一单位同一平台只能开设一个账号"):
        svc.account_apply(
            actor=editor_a, unit=dept_a, platform="wechat", name="第二个", approval="同意"
        )
    # the database refuses it too, whatever path writes
    with pytest.raises(IntegrityError), transaction.atomic():
        NewMediaAccount.objects.create(unit=dept_a, platform="wechat", name="绕过")
    # another platform, or another unit, is fine
    _account(editor_a, dept_a, platform="weibo", name="示范民政微博")
    _account(editor_b, dept_b, platform="wechat", name="示范教育")


def test_cancelled_account_frees_the_platform(editor_a, dept_a):
    a = _account(editor_a, dept_a)
    svc.account_transition(actor=editor_a, account_id=a.pk, action="cancel", approval="撤并注销")
    again = svc.account_apply(
        actor=editor_a, unit=dept_a, platform="wechat", name="新账号", approval="同意"
    )
    assert again.status == "pending"


def test_lifecycle_follows_the_transition_table(editor_a, dept_a):
    a = svc.account_apply(
        actor=editor_a, unit=dept_a, platform="douyin", name="示范民政", approval="同意"
    )
    with pytest.raises(ValidationError, match="开办审核中"):
        svc.account_transition(actor=editor_a, account_id=a.pk, action="suspend", approval="x")
    a = svc.account_transition(actor=editor_a, account_id=a.pk, action="approve", approval="备案")
    a = svc.account_transition(
        actor=editor_a, account_id=a.pk, action="change", approval="更名批复", name="民政之声"
    )
    assert a.name == "民政之声" and a.status == "active"
    a = svc.account_transition(actor=editor_a, account_id=a.pk, action="suspend", approval="关停")
    assert a.status == "suspended" and a.closed_on == timezone.localdate()
    with pytest.raises(ValidationError, match="审批记录"):
        svc.account_transition(actor=editor_a, account_id=a.pk, action="cancel", approval=" ")
    assert [e.action for e in a.events.all()] == ["apply", "approve", "change", "suspend"]


def test_inactivity_alert_appears_on_the_right_day(editor_a, dept_a):
    start = timezone.make_aware(dt.datetime(2026, 11, 2, 9))
    with time_machine.travel(start, tick=False):
        a = _account(editor_a, dept_a)
        svc.account_record_update(
            actor=editor_a, account_id=a.pk, last_post_on=dt.date(2026, 11, 1)
        )
    todo = todo_sources()["response"]

    def alerts():
        return [i for i in todo(editor_a) if i.kind == "政务新媒体"]

    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 11, 15, 23, 59)), tick=False):
        assert alerts() == []  # 14 days: within the limit
    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 11, 16, 0, 1)), tick=False):
        (alert,) = alerts()
        assert "15 天未更新" in alert.note and alert.severity == "danger"


def test_yearly_counts_for_the_website_report(editor_a, dept_a, editor_b, dept_b):
    _account(editor_a, dept_a)
    b = _account(editor_b, dept_b, platform="weibo", name="示范教育")
    svc.account_transition(actor=editor_b, account_id=b.pk, action="cancel", approval="注销")
    counts = sel.new_media_yearly_counts(timezone.localdate().year)
    assert counts["微信公众号"] == 1 and counts["合计"] == 1
    assert counts["本年开办"] == 2 and counts["本年关停或注销"] == 1


def test_other_unit_cannot_touch_an_account(editor_a, dept_a, editor_b, client):
    from django.http import Http404

    a = _account(editor_a, dept_a)
    with pytest.raises(Http404):
        svc.account_transition(actor=editor_b, account_id=a.pk, action="suspend", approval="x")
    client.force_login(editor_b)
    assert a.name not in client.get("/workspace/response/new-media/").content.decode()


def test_press_event_transcript_published(office, gov, client):
    held = timezone.now() - dt.timedelta(days=1)
    e = svc.press_event_create(
        actor=office,
        unit=gov,
        kind="briefing",
        title="养老服务政策吹风会",
        held_at=held,
        spokesperson="王发言",
    )
    assert client.get(f"/xwfb/{e.pk}/").status_code == 404
    with pytest.raises(ValidationError, match="实录"):
        svc.press_event_publish(actor=office, event_id=e.pk)
    svc.press_event_publish(
        actor=office, event_id=e.pk, transcript="主持人：今天介绍养老服务补贴政策。"
    )
    page = client.get(f"/xwfb/{e.pk}/").content.decode()
    assert "王发言" in page and "养老服务补贴政策" in page
    api = client.get("/api/v1/press-events?page_size=5").json()
    assert api["count"] == 1 and api["results"][0]["kind_label"] == "政策吹风会"
    assert sel.press_event_counts(held.year)["briefing"] == 1
