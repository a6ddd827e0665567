"""Participation deadlines (pure rules, no writes): both are N working days from a date.

- A consultation's feedback (意见采纳情况) is public within 10 working days of the
  decision document's publication (seed 001).
- A mailbox message is answered within the working days configured for its kind
  (``MessageKindLimit``, 10 by default), counted from receipt or from the asker's request
  to handle it again.

Both return ``gongkai.core.deadlines.Deadline``; ``services.recompute`` refreshes the open
ones when the work calendar changes.
"""

from __future__ import annotations

import datetime as dt

from gongkai.core.deadlines import Deadline
from gongkai.core.workdays import WorkCalendar, deadline
from gongkai.participation.models import FEEDBACK_WORKING_DAYS, MessageKind

FEEDBACK_RULE = "participation.consultation.feedback"
ANSWER_RULE = "participation.message.answer"


def feedback_deadline(published_on: dt.date, cal: WorkCalendar | None = None) -> Deadline:
    """When the feedback on a consultation is due, from the decision's publication date."""
    return deadline(
        published_on,
        FEEDBACK_WORKING_DAYS,
        rule=FEEDBACK_RULE,
        what="决策文件公布后公开意见采纳情况：",
        cal=cal,
    )


def answer_deadline(
    kind: str, start: dt.date, working_days: int, cal: WorkCalendar | None = None
) -> Deadline:
    """When the answer to a message of ``kind`` is due, ``working_days`` after ``start``."""
    return deadline(
        start,
        working_days,
        rule=f"{ANSWER_RULE}.{kind}",
        what=f"{MessageKind(kind).label}留言答复：",
        cal=cal,
    )
