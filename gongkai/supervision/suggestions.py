"""建议提案办理: a representative's suggestion assigned to a 主办 unit, answered within the
statutory period (GONGKAI_SUGGESTION_REPLY_MONTHS), reviewed by the office, satisfaction
recorded and the reply published with personal data masked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import require_role, require_unit, scope
from gongkai.core.workflow import transition
from gongkai.privacy import mask_text
from gongkai.supervision.models import SUGGESTION_TRANSITIONS, Suggestion
from gongkai.supervision.rules import suggestion_deadline


def reply_months() -> int:
    return int(conf.get("GONGKAI_SUGGESTION_REPLY_MONTHS"))


@transaction.atomic
def suggestion_assign(
    *,
    actor,
    kind: str,
    year: int,
    number: str,
    title: str,
    proposer: str,
    content: str,
    lead_unit: Unit,
    co_unit_ids: Iterable[int] = (),
    assigned_on: dt.date | None = None,
) -> Suggestion:
    require_role(actor, Role.OFFICE)
    require_unit(actor, lead_unit)
    if kind not in Suggestion.Kind.values:
        raise ValidationError("请选择类别")
    if not (title or "").strip() or not (number or "").strip():
        raise ValidationError("请填写编号和标题")
    assigned_on = assigned_on or timezone.localdate()
    s = Suggestion(
        kind=kind, year=year, number=number.strip()[:40], title=title.strip()[:300],
        proposer=(proposer or "").strip()[:100], content=(content or "").strip(),
        lead_unit=lead_unit, assigned_on=assigned_on,
    )  # fmt: skip
    s.set_deadline(suggestion_deadline(assigned_on, reply_months()))
    s.save()
    s.co_units.set(Unit.objects.filter(pk__in=list(co_unit_ids)).exclude(pk=lead_unit.pk))
    audit_record(
        actor=actor,
        action="supervision.suggestion_assign",
        obj=s,
        unit=lead_unit,
        summary=f"交办{s}，主办单位{lead_unit.name}，{s.due}前答复",
        changes={"due": s.due.isoformat() if s.due else None},
    )
    return s


def _locked(s: Suggestion) -> Suggestion:
    return Suggestion.objects.select_for_update().get(pk=s.pk)


@transaction.atomic
def suggestion_reply(
    *, actor, suggestion: Suggestion, reply: str, satisfaction: str = ""
) -> Suggestion:
    s = _locked(suggestion)
    require_unit(actor, s.lead_unit)
    before = s.status
    s.status = transition(s, "reply", SUGGESTION_TRANSITIONS)
    reply = (reply or "").strip()
    if not reply:
        raise ValidationError("请填写答复内容")
    if satisfaction not in Suggestion.Satisfaction.values:
        raise ValidationError("满意度取值不正确")
    s.reply, s.replied_on, s.satisfaction = reply, timezone.localdate(), satisfaction
    s.save()
    audit_record(
        actor=actor, action="supervision.suggestion_reply", obj=s, unit=s.lead_unit,
        summary=f"{s.lead_unit.name}答复{s}", changes={"status": [before, s.status]},
    )  # fmt: skip
    return s


@transaction.atomic
def suggestion_review(
    *, actor, suggestion: Suggestion, approve: bool, note: str = ""
) -> Suggestion:
    s = _locked(suggestion)
    require_role(actor, Role.OFFICE)
    require_unit(actor, s.lead_unit)
    before = s.status
    s.status = transition(s, "approve" if approve else "return", SUGGESTION_TRANSITIONS)
    if not approve and not (note or "").strip():
        raise ValidationError("退回时请写明审核意见")
    s.review_note = (note or "").strip()
    s.save()
    audit_record(
        actor=actor, action="supervision.suggestion_review", obj=s, unit=s.lead_unit,
        summary=f"审核{s}：{'通过' if approve else '退回'}", changes={"status": [before, s.status]},
    )  # fmt: skip
    return s


@transaction.atomic
def suggestion_publish(*, actor, suggestion: Suggestion) -> Suggestion:
    """Publish the reply with personal data (phone numbers, ID numbers, addresses…) masked."""
    s = _locked(suggestion)
    require_role(actor, Role.OFFICE)
    require_unit(actor, s.lead_unit)
    before = s.status
    s.status = transition(s, "publish", SUGGESTION_TRANSITIONS)
    s.published_reply = mask_text(s.reply)
    s.published_at = timezone.now()
    s.save()
    audit_record(
        actor=actor, action="supervision.suggestion_publish", obj=s, unit=s.lead_unit,
        summary=f"公开{s}的答复（已去除个人信息）", changes={"status": [before, s.status]},
    )  # fmt: skip
    return s


def suggestions_for_user(user) -> QuerySet[Suggestion]:
    return scope(Suggestion.objects.select_related("lead_unit"), user, field="lead_unit")


def suggestion_for_user(user, pk: int) -> Suggestion:
    s = suggestions_for_user(user).filter(pk=pk).first()
    if s is None:
        raise Http404("未找到该建议提案，或您无权访问")
    return s


def published_suggestions() -> QuerySet[Suggestion]:
    return Suggestion.objects.filter(status=Suggestion.Status.PUBLISHED).select_related("lead_unit")


def published_suggestion(pk: int) -> Suggestion | None:
    return published_suggestions().filter(pk=pk).first()


def yearly_summary(unit: Unit, year: int) -> list[dict]:
    """办理结果 by unit: handled, replied on time, satisfied (for the annual report)."""
    qs = (
        Suggestion.objects.filter(year=year, lead_unit__path__startswith=unit.path)
        .values("lead_unit__name")
        .annotate(
            total=Count("id"),
            replied=Count("id", filter=Q(replied_on__isnull=False)),
            on_time=Count("id", filter=Q(replied_on__isnull=False, replied_on__lte=F("due"))),
            satisfied=Count("id", filter=Q(satisfaction__in=("satisfied", "basic"))),
        )
        .order_by("lead_unit__name")
    )
    return [dict(row) for row in qs]


def summary_text(unit: Unit, year: int) -> str:
    rows = yearly_summary(unit, year)
    if not rows:
        return ""
    total = sum(r["total"] for r in rows)
    on_time = sum(r["on_time"] for r in rows)
    satisfied = sum(r["satisfied"] for r in rows)
    return (
        f"本年度承办人大代表建议和政协提案{total}件，按期答复{on_time}件，"
        f"代表委员满意或基本满意{satisfied}件。"
    )
