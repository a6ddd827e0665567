"""The deadline contract every app uses (ARCHITECTURE "Deadlines").

- ``Deadline``: one result type for every computed due date, with the rule that produced
  it and an explanation a person can check.
- ``DeadlineFields`` / ``MomentDeadlineFields``: abstract model mixins that store it
  (``due``, ``due_provisional``, ``due_rule``, ``due_explanation``) with ``set_deadline()``.
- ``recompute_open()``: the one loop that refreshes open deadlines when the calendar
  changes — computes without locks, locks and saves only the rows that changed, and
  audits each change.

Each app keeps its own pure rule (a function of the object and a ``WorkCalendar``) and
registers a recomputer with ``gongkai.core.plugs.register_recomputer``. All day arithmetic
stays in ``gongkai.core.workdays``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction

RULE_MAX_LENGTH = 200


@dataclass(frozen=True)
class Deadline:
    """A computed due date (a date, or a moment for clock-hour limits) and its rule."""

    due: dt.date | dt.datetime | None
    provisional: bool
    rule: str
    explanation: str

    @classmethod
    def none(cls, explanation: str, rule: str = "") -> Deadline:
        """No deadline applies (yet); the explanation says why."""
        return cls(None, False, rule, explanation)


class _DeadlineBase(models.Model):
    due_provisional = models.BooleanField("期限为暂定", default=False)
    due_rule = models.CharField("期限规则", max_length=RULE_MAX_LENGTH, blank=True)
    due_explanation = models.TextField("期限计算说明", blank=True)

    DEADLINE_FIELDS = ("due", "due_provisional", "due_rule", "due_explanation")

    class Meta:
        abstract = True

    def deadline(self) -> Deadline:
        return Deadline(self.due, self.due_provisional, self.due_rule, self.due_explanation)  # type: ignore[attr-defined]

    def set_deadline(self, deadline: Deadline) -> bool:
        """Store ``deadline`` on the object (not saved); True when anything changed."""
        before = self.deadline()
        self.due = deadline.due  # type: ignore[attr-defined]
        self.due_provisional = deadline.provisional
        self.due_rule = deadline.rule[:RULE_MAX_LENGTH]
        self.due_explanation = deadline.explanation
        return self.deadline() != before


class DeadlineFields(_DeadlineBase):
    """A deadline that is a date: on time until the end of that local day."""

    due = models.DateField("期限", null=True, blank=True, db_index=True)

    class Meta:
        abstract = True


class MomentDeadlineFields(_DeadlineBase):
    """A deadline that is a moment (clock-hour limits such as 24 hours)."""

    due = models.DateTimeField("期限", null=True, blank=True, db_index=True)

    class Meta:
        abstract = True


def _default_apply(obj: Any, deadline: Deadline) -> bool:
    return obj.set_deadline(deadline)


def recompute_open(
    queryset: models.QuerySet,
    compute: Callable[[Any, Any], Deadline | None],
    *,
    audit_action: str,
    summary: Callable[[Any], str] | None = None,
    apply: Callable[[Any, Deadline], bool] = _default_apply,
    cal: Any = None,
) -> int:
    """Recompute the deadlines of ``queryset``; returns how many rows changed.

    ``compute(obj, cal)`` is the app's pure rule (``None`` leaves the object alone);
    ``apply(obj, deadline)`` stores the result and says whether anything changed (by
    default ``obj.set_deadline``). Most calendar changes move nothing, so each object is
    computed on an unlocked copy first; only the ones that change are locked, computed
    again on the locked row, saved and audited.
    """
    from gongkai.core.audit import audit_record
    from gongkai.core.workdays import WorkCalendar

    cal = cal or WorkCalendar.current()
    model = queryset.model
    changed = 0
    for obj in queryset.iterator(chunk_size=500):
        result = compute(obj, cal)
        if result is None or not apply(obj, result):
            continue
        with transaction.atomic():
            locked = model._default_manager.select_for_update().get(pk=obj.pk)
            old_due = getattr(locked, "due", None)
            result = compute(locked, cal)
            if result is None or not apply(locked, result):
                continue
            locked.save()
            audit_record(
                actor=None,
                action=audit_action,
                obj=locked,
                summary=(summary(locked) if summary else f"工作日历变化，{locked} 的期限重新计算"),
                changes={"due": [old_due, getattr(locked, "due", None)]},
            )
            changed += 1
    return changed


def end_of_day(day: dt.date) -> dt.datetime:
    """The last moment of a local day: a date deadline as a moment."""
    from django.utils import timezone

    return timezone.make_aware(dt.datetime.combine(day, dt.time(23, 59, 59)))
