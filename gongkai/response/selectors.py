"""Reads of the response app: staff lists scoped to the person's units, public lists."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from gongkai.core import conf, sites
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, scope
from gongkai.response import rules
from gongkai.response.models import (
    Incident,
    NewMediaAccount,
    PressEvent,
    QAEntry,
    Step,
    WorkOrder,
)

# --- incidents ----------------------------------------------------------------------


def incident_scope(qs: QuerySet, user, field: str = "unit") -> QuerySet:
    """Who sees an incident: the usual unit scope, and a leader (领导) the whole subtree
    of their unit, read-only — the leader follows every open incident's countdown."""
    if has_role(user, Role.LEADER) and not user.is_superuser:
        return qs.filter(**{f"{field}__path__startswith": user.unit.path})
    return scope(qs, user, field)


def incidents_for(user) -> QuerySet[Incident]:
    return incident_scope(Incident.objects.select_related("unit"), user).prefetch_related(
        Prefetch("steps", queryset=Step.objects.order_by("due", "pk"))
    )


def incident_for(user, pk: int) -> Incident:
    incident = incidents_for(user).filter(pk=pk).first()
    if incident is None:
        raise Http404("未找到该舆情，或您无权访问")
    return incident


def open_steps_for(user) -> QuerySet[Step]:
    return incident_scope(
        Step.objects.select_related("incident", "incident__unit"), user, "incident__unit"
    ).filter(done_at__isnull=True, incident__status=Incident.Status.OPEN)


def late_steps_count(user) -> int:
    qs = incident_scope(Step.objects.all(), user, "incident__unit")
    now = timezone.now()
    return qs.filter(
        Q(done_at__isnull=False, done_at__gt=F("due")) | Q(done_at__isnull=True, due__lt=now)
    ).count()


# --- press events -------------------------------------------------------------------


def press_events_public() -> QuerySet[PressEvent]:
    return sites.scope(PressEvent.objects.filter(published_at__isnull=False).select_related("unit"))


def press_events_for(user) -> QuerySet[PressEvent]:
    return scope(PressEvent.objects.select_related("unit"), user)


def press_event_counts(year: int) -> dict[str, int]:
    """Events held in ``year`` by kind (for assessment indicators)."""
    rows = PressEvent.objects.filter(held_at__year=year).values("kind").annotate(n=Count("pk"))
    return {r["kind"]: r["n"] for r in rows}


# --- new media ----------------------------------------------------------------------


def accounts_for(user) -> QuerySet[NewMediaAccount]:
    return scope(NewMediaAccount.objects.select_related("unit"), user)


def accounts_public() -> QuerySet[NewMediaAccount]:
    return sites.scope(
        NewMediaAccount.objects.filter(status=NewMediaAccount.Status.ACTIVE).select_related("unit")
    )


def idle_limit() -> int:
    return conf.get("GONGKAI_RESPONSE_NEW_MEDIA_IDLE_DAYS")


def inactive_accounts_for(user, today: dt.date | None = None) -> list[NewMediaAccount]:
    today = today or timezone.localdate()
    limit = idle_limit()
    # Only the idle accounts are read (rules.is_inactive in SQL), not every active one;
    # the rule itself still decides.
    idle = Q(last_post_on__isnull=True)
    try:
        idle |= Q(last_post_on__lt=today - dt.timedelta(days=limit))
    except OverflowError:  # a limit beyond the calendar: only never-updated accounts
        pass
    return [
        a
        for a in accounts_for(user).filter(idle, status=NewMediaAccount.Status.ACTIVE)
        if rules.is_inactive(a.last_post_on, today, limit)
    ]


def new_media_yearly_counts(year: int, unit=None) -> dict[str, int]:
    """For the website's yearly report: accounts open at the end of ``year`` by platform,
    and how many were opened and closed during it (in ``unit``'s subtree when given)."""
    end = dt.date(year, 12, 31)
    qs = NewMediaAccount.objects.exclude(status=NewMediaAccount.Status.PENDING)
    if unit is not None:
        qs = qs.filter(unit__path__startswith=unit.path)
    open_at_end = qs.filter(opened_on__lte=end).filter(
        Q(closed_on__isnull=True) | Q(closed_on__gt=end)
    )
    counts = Counter(open_at_end.values_list("platform", flat=True))
    labels = dict(NewMediaAccount.Platform.choices)
    out = {str(labels[p]): n for p, n in sorted(counts.items())}
    out["合计"] = sum(counts.values())
    out["本年开办"] = qs.filter(opened_on__year=year).count()
    out["本年关停或注销"] = qs.filter(closed_on__year=year).count()
    return out


# --- policy Q&A ---------------------------------------------------------------------


def qa_public() -> QuerySet[QAEntry]:
    return sites.scope(
        QAEntry.objects.filter(status=QAEntry.Status.PUBLISHED).select_related("unit")
    )


def qa_search(q: str) -> QuerySet[QAEntry]:
    """Plain containment on each word, for the public list and the API; the site search
    uses the index."""
    qs = qa_public()
    for word in q.split()[:8]:
        qs = qs.filter(Q(question__icontains=word) | Q(answer__icontains=word))
    return qs


def qa_suggestions(text: str, limit: int = 5) -> list[QAEntry]:
    """Entries sharing the most two-character pieces with what a citizen is typing."""
    text = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    grams = {text[i : i + 2] for i in range(len(text) - 1)}
    if not grams:
        return []
    scored = []
    for entry in qa_public()[:2000]:
        hits = sum(1 for g in grams if g in entry.question)
        if hits >= 2:
            scored.append((hits, entry.pk, entry))
    scored.sort(key=lambda t: (-t[0], -t[1]))
    return [e for _h, _pk, e in scored[:limit]]


def qa_for(user) -> QuerySet[QAEntry]:
    return scope(QAEntry.objects.select_related("unit"), user)


# --- hotline ------------------------------------------------------------------------


def orders_for(user) -> QuerySet[WorkOrder]:
    """Orders a person may see: those their unit received or was assigned."""
    base = WorkOrder.objects.select_related("unit", "owner")
    ids = scope(WorkOrder.objects.all(), user, "owner").values("pk")
    assigned = scope(WorkOrder.objects.all(), user).values("pk")
    return base.filter(Q(pk__in=ids) | Q(pk__in=assigned))


def order_for(user, pk: int) -> WorkOrder:
    order = orders_for(user).filter(pk=pk).first()
    if order is None:
        raise Http404("未找到该工单，或您无权访问")
    return order


def order_stats(user, year: int, month: int) -> list[dict]:
    """Orders received in a month, by unit and category, with the late answers."""
    rows: dict[tuple[str, str], dict] = {}
    for o in orders_for(user).filter(received_at__year=year, received_at__month=month):
        key = (str(o.unit or "未转办"), o.category)
        row = rows.setdefault(key, {"unit": key[0], "category": key[1], "total": 0, "late": 0})
        row["total"] += 1
        row["late"] += int(o.answered_late)
    return sorted(rows.values(), key=lambda r: (r["unit"], r["category"]))


FREQUENT_ORDERS = 3  # orders on one topic in 90 days before a Q&A entry is suggested


def frequent_topics(user, today: dt.date | None = None) -> list[dict]:
    """Categories asked about often lately: candidates for a Q&A entry or proactive
    disclosure."""
    today = today or timezone.localdate()
    since = today - dt.timedelta(days=90)
    rows = (
        orders_for(user)
        .filter(received_at__date__gte=since)
        .values("category")
        .annotate(n=Count("pk"))
        .filter(n__gte=FREQUENT_ORDERS)
        .order_by("-n", "category")
    )
    return [{"category": r["category"], "count": r["n"]} for r in rows[:10]]


# --- reads behind the pages and the API -------------------------------------------------


def orders_with_status(user, status: str = "") -> QuerySet[WorkOrder]:
    """The user's work orders, narrowed to ``status`` when it is one (else all)."""
    qs = orders_for(user)
    return qs.filter(status=status) if status else qs


def open_orders_count(user) -> int:
    return orders_for(user).filter(status__in=["received", "assigned", "returned"]).count()


def incidents_listed(user, *, open_only: bool = False) -> QuerySet[Incident]:
    qs = incidents_for(user)
    return qs.filter(status="open") if open_only else qs


def press_event_public(pk: int) -> PressEvent | None:
    return press_events_public().filter(pk=pk).first()


def qa_public_entry(pk: int) -> tuple[QAEntry | None, list]:
    """A public question-and-answer entry and its published items (None if not public)."""
    entry = qa_public().prefetch_related("items").filter(pk=pk).first()
    if entry is None:
        return None, []
    return entry, [i for i in entry.items.all() if i.status == "published"]


def staff_unit(user, pk: int):
    """A unit the user may act for, or None."""
    from gongkai.core.permissions import visible_units

    return visible_units(user).filter(pk=pk).first()


def staff_message(user, pk: int):
    """A mailbox message of the user's units (404 outside them)."""
    from gongkai.core.permissions import get_for_user
    from gongkai.participation.models import Message

    return get_for_user(Message.objects.select_related("unit"), user, pk=pk)


def staff_comment(user, pk: int):
    """A consultation comment, if its consultation belongs to the user's units (else 404)."""
    from django.shortcuts import get_object_or_404

    from gongkai.core.permissions import get_for_user
    from gongkai.participation.models import Comment, Consultation

    comment = get_object_or_404(Comment.objects.select_related("consultation"), pk=pk)
    get_for_user(Consultation.objects.all(), user, pk=comment.consultation_id)
    return comment
