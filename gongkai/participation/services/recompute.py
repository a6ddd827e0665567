"""Recompute open participation deadlines when a year's work calendar changes."""

from __future__ import annotations

from django.db.models import Q

from gongkai.core.deadlines import recompute_open
from gongkai.participation.deadlines import answer_deadline, feedback_deadline
from gongkai.participation.models import Consultation, Message
from gongkai.participation.selectors import answer_limits


def recompute_deadlines(years: set[int]) -> int:
    """Recomputer: open deadlines whose counting touches a changed year.

    Open means: a consultation whose feedback is not yet public, a message not yet
    answered (or declared invalid). Each changed row is saved and audited by core.
    """
    years = set(years)
    changed = recompute_open(
        Consultation.objects.filter(
            due__isnull=False,
            decision_published_on__isnull=False,
            summary_published_at__isnull=True,
        ).filter(Q(decision_published_on__year__in=years) | Q(due__year__in=years)),
        lambda c, cal: feedback_deadline(c.decision_published_on, cal),
        audit_action="participation.consultation_deadline_recompute",
        summary=lambda c: f"工作日历变化，《{c.title}》意见采纳情况公开期限重新计算为 {c.due}",
    )
    limits = answer_limits()
    changed += recompute_open(
        Message.objects.filter(
            status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
        ).filter(Q(due_start__year__in=years) | Q(due__year__in=years)),
        lambda m, cal: answer_deadline(m.kind, m.due_start, limits[m.kind], cal),
        audit_action="participation.message_deadline_recompute",
        summary=lambda m: f"工作日历变化，留言 {m.tracking_number} 答复期限重新计算为 {m.due}",
    )
    return changed
