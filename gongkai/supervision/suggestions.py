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
from gongkai.core.duties import ensure_not_author
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import (
    is_staff_member,
    require_review,
    require_role,
    require_unit,
    scope,
)
from gongkai.core.workflow import transition
from gongkai.supervision.deidentify import clean_text
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
    proposer_contact: str = "",
    distribution: str = "",
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
        proposer_contact=(proposer_contact or "").strip()[:200],
        distribution=(distribution or "").strip(),
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
    *,
    actor,
    suggestion: Suggestion,
    reply: str,
    satisfaction: str = "",
    publish_mode: str = Suggestion.PublishMode.FULL,
    summary: str = "",
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
    if publish_mode not in Suggestion.PublishMode.values:
        raise ValidationError("公开方式应为全文公开或摘要公开")
    summary = (summary or "").strip()
    if publish_mode == Suggestion.PublishMode.SUMMARY and not summary:
        raise ValidationError("摘要公开时请填写答复摘要")
    s.reply, s.replied_on, s.satisfaction = reply, timezone.localdate(), satisfaction
    s.replied_by = actor if getattr(actor, "pk", None) else None
    s.publish_mode, s.reply_summary = publish_mode, summary
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
    require_review(actor, s.lead_unit)
    if approve:
        ensure_not_author(actor, s.replied_by_id, "答复")
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
    """Publish the reviewed reply (or its summary) de-identified: the proposers' names,
    contacts and the distribution list removed, personal data masked (``deidentify``)."""
    s = _locked(suggestion)
    require_role(actor, Role.OFFICE)
    require_review(actor, s.lead_unit)
    before = s.status
    s.status = transition(s, "publish", SUGGESTION_TRANSITIONS)
    s.published_reply, s.published_title = publish_preview(s)
    s.published_at = timezone.now()
    s.save()
    audit_record(
        actor=actor, action="supervision.suggestion_publish", obj=s, unit=s.lead_unit,
        summary=f"公开{s}的答复（已去除个人信息）", changes={"status": [before, s.status]},
    )  # fmt: skip
    return s


def publish_preview(s: Suggestion) -> tuple[str, str]:
    """The text and the title as they will be published (shown to the office first)."""
    source = s.reply_summary if s.publish_mode == Suggestion.PublishMode.SUMMARY else s.reply
    who = {"proposer": s.proposer, "contact": s.proposer_contact}
    text = clean_text(source, distribution=s.distribution, **who)
    return text, clean_text(s.title, **who)[:300]


@transaction.atomic
def suggestion_opinion(*, actor, suggestion: Suggestion, unit: Unit, text: str):
    """A 协办 unit gives (or revises) its opinion while the 主办 unit has not been approved."""
    from gongkai.supervision.models import SuggestionOpinion

    s = _locked(suggestion)
    require_unit(actor, unit)
    if not s.co_units.filter(pk=unit.pk).exists():
        raise ValidationError(f"{unit.name}不是该建议提案的协办单位")
    if s.status not in (Suggestion.Status.ASSIGNED, Suggestion.Status.REPLIED):
        raise ValidationError("答复已审核，不能再提出协办意见")
    text = (text or "").strip()
    if not text:
        raise ValidationError("请填写协办意见")
    opinion, created = SuggestionOpinion.objects.update_or_create(
        suggestion=s, unit=unit, defaults={"text": text, "written_by": actor}
    )
    audit_record(
        actor=actor, action="supervision.suggestion_opinion", obj=opinion, unit=unit,
        summary=f"{unit.name}对{s}提出协办意见", changes={"created": created},
    )  # fmt: skip
    return opinion


def suggestions_for_user(user) -> QuerySet[Suggestion]:
    """主办 units see theirs, 协办 units the ones they co-handle, the office its subtree's."""
    qs = Suggestion.objects.select_related("lead_unit")
    if is_staff_member(user) and not user.is_superuser and user.role != Role.OFFICE:
        co = Suggestion.co_units.through.objects.filter(unit_id=user.unit_id)
        return qs.filter(Q(lead_unit_id=user.unit_id) | Q(pk__in=co.values("suggestion_id")))
    return scope(qs, user, field="lead_unit")


def co_unit_of(user, s: Suggestion) -> Unit | None:
    """The 协办 unit ``user`` may speak for on ``s`` (their own unit), if any."""
    if not is_staff_member(user) or not user.unit_id:
        return None
    return s.co_units.filter(pk=user.unit_id).first()


def suggestion_for_user(user, pk: int) -> Suggestion:
    s = suggestions_for_user(user).filter(pk=pk).first()
    if s is None:
        raise Http404("未找到该建议提案，或您无权访问")
    return s


def published_suggestions() -> QuerySet[Suggestion]:
    from gongkai.core import sites

    return (
        sites.scope(Suggestion.objects.filter(status=Suggestion.Status.PUBLISHED), "lead_unit")
        .select_related("lead_unit")
        .order_by("-published_at", "-id")
    )


def published_suggestion(pk: int) -> Suggestion | None:
    return published_suggestions().filter(pk=pk).first()


def published_latest(n: int) -> list[dict]:
    """The newest published replies, for other apps' pages (``plugs.SuggestionReplies``)."""
    from django.urls import reverse

    return [
        {
            "title": s.published_title or s.title,
            "url": reverse("supervision:public_suggestion", args=[s.pk]),
            "date": s.published_at,
        }
        for s in published_suggestions()[:n]
    ]


def legacy_url(reply_id: int) -> str | None:
    """The new public address of a reply once published under 政民互动."""
    from django.urls import reverse

    pk = (
        published_suggestions()
        .filter(legacy_reply_id=reply_id)
        .values_list("pk", flat=True)
        .first()
    )
    return reverse("supervision:public_suggestion", args=[pk]) if pk else None


def yearly_summary(unit: Unit | None, year: int) -> list[dict]:
    """办理结果 by 主办 unit (all units when ``unit`` is None): handled, replied, replied on
    time, satisfied — one GROUP BY query (the annual report and the public page)."""
    from gongkai.core import sites

    qs = Suggestion.objects.filter(year=year)
    if unit is not None:
        qs = qs.filter(lead_unit__path__startswith=unit.path)
    else:  # the public page: the units of the request's site
        qs = sites.scope(qs, "lead_unit")
    qs = (
        qs.values("lead_unit__name")
        .annotate(
            total=Count("id"),
            replied=Count("id", filter=Q(replied_on__isnull=False)),
            on_time=Count("id", filter=Q(replied_on__isnull=False, replied_on__lte=F("due"))),
            satisfied=Count("id", filter=Q(satisfaction__in=("satisfied", "basic"))),
            published=Count("id", filter=Q(status=Suggestion.Status.PUBLISHED)),
        )
        .order_by("lead_unit__name")
    )
    return [dict(row) for row in qs]


def summary_totals(rows: list[dict]) -> dict:
    keys = ("total", "replied", "on_time", "satisfied", "published")
    return {k: sum(r[k] for r in rows) for k in keys}


def summary_years() -> list[int]:
    return list(Suggestion.objects.order_by("-year").values_list("year", flat=True).distinct())


def summary_text(unit: Unit, year: int) -> str:
    """The 办理结果公开 paragraph of the annual report: totals, then each 主办 unit."""
    rows = yearly_summary(unit, year)
    if not rows:
        return ""
    t = summary_totals(rows)
    per_unit = "；".join(
        f"{r['lead_unit__name']}{r['total']}件（按期答复{r['on_time']}件，满意或基本满意"
        f"{r['satisfied']}件）"
        for r in rows
    )
    return (
        f"本年度承办人大代表建议和政协提案{t['total']}件，已答复{t['replied']}件，"
        f"按期答复{t['on_time']}件，代表委员满意或基本满意{t['satisfied']}件，"
        f"公开办理结果{t['published']}件。其中：{per_unit}。"
    )
