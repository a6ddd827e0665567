"""Press events and the new-media account registry (开办/变更/关停/注销)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit
from gongkai.core.permissions import get_for_user, require_unit
from gongkai.core.workflow import transition
from gongkai.response.models import NewMediaAccount, NewMediaEvent, PressEvent
from gongkai.response.workflow import NEW_MEDIA, NEW_MEDIA_LABELS
from gongkai.search.registry import schedule_reindex

SEARCH_PRESS = "response.press"


@transaction.atomic
def press_event_create(
    *,
    actor,
    unit: Unit,
    kind: str,
    title: str,
    held_at: dt.datetime,
    spokesperson: str,
    speakers: str = "",
    transcript: str = "",
    policy=None,
    incident=None,
) -> PressEvent:
    require_unit(actor, unit)
    if kind not in PressEvent.Kind.values:
        raise ValidationError("请选择发布活动类型")
    if not title.strip() or not spokesperson.strip():
        raise ValidationError("请填写主题和新闻发言人")
    event = PressEvent.objects.create(
        unit=unit,
        kind=kind,
        title=title.strip(),
        held_at=held_at,
        spokesperson=spokesperson.strip(),
        speakers=speakers,
        transcript=transcript,
        policy=policy,
        incident=incident,
    )
    audit_record(
        actor=actor,
        action="response.press_event_create",
        obj=event,
        summary=f"登记{event.get_kind_display()}《{event.title}》",
        changes={"held_at": held_at.isoformat(), "spokesperson": event.spokesperson},
    )
    return event


@transaction.atomic
def press_event_publish(*, actor, event_id: int, transcript: str = "") -> PressEvent:
    """Publish the transcript or summary on the portal."""
    event = get_for_user(PressEvent.objects.all(), actor, pk=event_id)
    event = PressEvent.objects.select_for_update().get(pk=event.pk)
    if transcript.strip():
        event.transcript = transcript.strip()
    if not event.transcript.strip():
        raise ValidationError("请先填写实录或摘要再公开")
    if event.held_at > timezone.now():
        raise ValidationError("活动尚未举行，不能公开实录")
    event.published_at = event.published_at or timezone.now()
    event.save()
    audit_record(
        actor=actor,
        action="response.press_event_publish",
        obj=event,
        summary=f"公开{event.get_kind_display()}《{event.title}》实录",
        changes={"published_at": event.published_at.isoformat()},
    )
    schedule_reindex(SEARCH_PRESS, event.pk)
    return event


def _duplicate_error(unit: Unit, platform: str) -> ValidationError:
    label = NewMediaAccount.Platform(platform).label
    return ValidationError(f"{unit}在{label}已有账号，同一单位同一平台只能开设一个账号")


@transaction.atomic
def account_apply(
    *,
    actor,
    unit: Unit,
    platform: str,
    name: str,
    approval: str,
    account_id: str = "",
    url: str = "",
    feed_url: str = "",
) -> NewMediaAccount:
    """开办申请: the account is registered pending its approval."""
    require_unit(actor, unit)
    if platform not in NewMediaAccount.Platform.values:
        raise ValidationError("请选择平台")
    if not name.strip() or not approval.strip():
        raise ValidationError("请填写账号名称和审批记录")
    active = NewMediaAccount.objects.exclude(status=NewMediaAccount.Status.CANCELLED)
    if active.filter(unit=unit, platform=platform).exists():
        raise _duplicate_error(unit, platform)
    try:
        with transaction.atomic():
            account = NewMediaAccount.objects.create(
                unit=unit,
                platform=platform,
                name=name.strip(),
                account_id=account_id,
                url=url,
                feed_url=feed_url,
            )
    except IntegrityError:  # a concurrent application for the same platform
        raise _duplicate_error(unit, platform) from None
    NewMediaEvent.objects.create(account=account, action="apply", approval=approval, actor=actor)
    audit_record(
        actor=actor,
        action="response.account_apply",
        obj=account,
        summary=f"申请开办政务新媒体{account}",
        changes={"platform": platform, "approval": approval},
    )
    return account


@transaction.atomic
def account_transition(
    *,
    actor,
    account_id: int,
    action: str,
    approval: str,
    name: str = "",
    url: str = "",
    last_post_on: dt.date | None = None,
) -> NewMediaAccount:
    """开办 (approve), 变更 (change), 关停 (suspend), 注销 (cancel), each with its approval
    record."""
    if action not in NEW_MEDIA:
        raise ValidationError("不支持的操作")
    account = get_for_user(NewMediaAccount.objects.all(), actor, pk=account_id)
    account = NewMediaAccount.objects.select_for_update().get(pk=account.pk)
    target = transition(account, action, NEW_MEDIA)
    if not approval.strip():
        raise ValidationError("请填写审批记录")
    before = {"status": account.status, "name": account.name}
    account.status = target
    today = timezone.localdate()
    if action == "approve":
        account.opened_on = today
        account.last_post_on = account.last_post_on or today
    elif action == "change":
        account.name = name.strip() or account.name
        account.url = url or account.url
    elif action in ("suspend", "cancel"):
        account.closed_on = today
    if last_post_on is not None:
        account.last_post_on = last_post_on
    account.save()
    NewMediaEvent.objects.create(account=account, action=action, approval=approval, actor=actor)
    audit_record(
        actor=actor,
        action=f"response.account_{action}",
        obj=account,
        summary=f"政务新媒体{account}{NEW_MEDIA_LABELS[action]}",
        changes={"before": before, "status": target, "approval": approval},
    )
    return account


@transaction.atomic
def account_record_update(*, actor, account_id: int, last_post_on: dt.date) -> NewMediaAccount:
    """The unit enters the date of its latest post (the inactivity check reads it)."""
    account = get_for_user(NewMediaAccount.objects.all(), actor, pk=account_id)
    account = NewMediaAccount.objects.select_for_update().get(pk=account.pk)
    if account.status != NewMediaAccount.Status.ACTIVE:
        raise ValidationError("只有运营中的账号需要登记更新日期")
    if last_post_on > timezone.localdate():
        raise ValidationError("更新日期不能晚于今天")
    old = account.last_post_on
    account.last_post_on = last_post_on
    account.save(update_fields=["last_post_on"])
    audit_record(
        actor=actor,
        action="response.account_update_date",
        obj=account,
        summary=f"{account}最近更新日期登记为 {last_post_on}",
        changes={"last_post_on": [str(old), str(last_post_on)]},
    )
    return account


@transaction.atomic
def account_read_feed(*, account_id: int) -> NewMediaAccount:
    """Read the account's feed and store the date of its latest post (system action)."""
    from gongkai.response.feeds import FeedError, fetch, latest_post_date

    account = NewMediaAccount.objects.select_for_update().get(pk=account_id)
    if not account.feed_url or account.status != NewMediaAccount.Status.ACTIVE:
        return account
    old = account.last_post_on
    try:
        latest = latest_post_date(fetch(account.feed_url))
        account.feed_error = "" if latest else "订阅中没有找到带日期的内容"
    except FeedError as exc:
        latest, account.feed_error = None, str(exc)[:200]
    if latest is not None and (old is None or latest > old):
        account.last_post_on = min(latest, timezone.localdate())
    account.save(update_fields=["last_post_on", "feed_error"])
    if account.last_post_on != old:
        audit_record(
            actor=None,
            action="response.account_feed_read",
            obj=account,
            summary=f"从订阅读取{account}最近更新日期：{account.last_post_on}",
            changes={"last_post_on": [str(old), str(account.last_post_on)]},
        )
    return account


def accounts_read_feeds() -> int:
    """Every active account with a feed (the daily job); returns how many were read."""
    ids = NewMediaAccount.objects.filter(status="active").exclude(feed_url="")
    n = 0
    for pk in ids.values_list("pk", flat=True):
        account_read_feed(account_id=pk)
        n += 1
    return n
