"""Fixtures of the participation tests: consultations, messages and surveys in dept_a."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from gongkai.participation import services as svc

TZ = timezone.get_fixed_timezone(8 * 60)


def at(*args) -> dt.datetime:
    """A moment in China Standard Time."""
    return dt.datetime(*args, tzinfo=TZ)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The track-code throttle lives in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_consultation(editor_a):
    def make(
        *,
        starts_at=None,
        ends_at=None,
        days=30,
        reason="",
        publish=True,
        actor=None,
        title="《测试县低保实施办法（征求意见稿）》征求意见",
    ):
        starts_at = starts_at or timezone.now() - dt.timedelta(days=1)
        ends_at = ends_at or starts_at + dt.timedelta(days=days)
        return svc.consultation_create(
            actor=actor or editor_a,
            unit=(actor or editor_a).unit,
            title=title,
            draft_text="第一条 为规范低保工作，制定本办法。",
            explanation="起草说明：依据《社会救助暂行办法》。",
            how_to_comment="在网站提交意见。",
            starts_at=starts_at,
            ends_at=ends_at,
            short_period_reason=reason,
            publish=publish,
        )

    return make


@pytest.fixture
def consultation(make_consultation):
    return make_consultation()


@pytest.fixture
def message_a(dept_a):
    message, code = svc.message_submit(
        kind="inquiry",
        unit=dept_a,
        subject="低保怎么申请",
        text="请问低保申请需要什么材料？",
        contact="13800001111",
        name="赵先生",
        may_publish=True,
    )
    message.code = code
    return message


@pytest.fixture
def survey_a(editor_a):
    now = timezone.now()
    return svc.survey_create(
        actor=editor_a,
        unit=editor_a.unit,
        title="政务服务满意度调查",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=10),
        publish=True,
        questions=[
            {"kind": "single", "text": "办事渠道", "options": ["网上", "窗口", "自助"]},
            {"kind": "multiple", "text": "改进方面", "options": ["时间", "材料", "态度"]},
            {"kind": "scale", "text": "满意度", "scale_max": 5},
            {"kind": "text", "text": "其他意见", "required": False},
        ],
    )
