"""Recompute open participation deadlines when a year's calendar changes."""

from __future__ import annotations

from gongkai.core.workdays import WorkCalendar
from gongkai.participation.models import (
    Consultation,
    Message,
)
from gongkai.participation.services.consultations import _feedback_deadline
from gongkai.participation.services.mailbox import _answer_deadline


def recompute_deadlines(years: set[int]) -> int:
    """Recomputer: open deadlines whose counting touches a changed year."""
    cal = WorkCalendar.current()
    updated = 0
    open_consultations = Consultation.objects.filter(
        feedback_due__isnull=False, summary_published_at__isnull=True
    )
    for c in open_consultations:
        if not ({c.decision_published_on.year, c.feedback_due.year} & years):
            continue
        due = _feedback_deadline(c.decision_published_on, cal)
        if (due.due, due.provisional) != (c.feedback_due, c.feedback_due_provisional):
            Consultation.objects.filter(pk=c.pk).update(
                feedback_due=due.due,
                feedback_due_provisional=due.provisional,
                feedback_due_explanation=due.explanation[:300],
            )
            updated += 1
    for m in Message.objects.filter(
        status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
    ):
        start = m.due_start
        if not ({start.year, m.due.year} & years):
            continue
        due = _answer_deadline(m.kind, start, cal)
        if (due.due, due.provisional) != (m.due, m.due_provisional):
            Message.objects.filter(pk=m.pk).update(
                due=due.due,
                due_provisional=due.provisional,
                due_explanation=due.explanation[:300],
            )
            updated += 1
    return updated
