"""What every publishing service shares: the row lock, the deadline, the transition check."""

from __future__ import annotations

from gongkai.core.deadlines import recompute_open
from gongkai.core.workdays import WorkCalendar
from gongkai.core.workflow import transition
from gongkai.publishing.deadlines import RULE_RECALL, deadline_start, publish_deadline
from gongkai.publishing.models import InformationItem
from gongkai.publishing.plugs import SEARCH_SOURCE  # noqa: F401  (re-exported for the services)
from gongkai.publishing.workflow import OPEN_STATES, TRANSITIONS

Item = InformationItem
S = InformationItem.Status

EDITABLE_FIELDS = (
    "title",
    "body",
    "summary",
    "topic",
    "catalogue_node",
    "kind",
    "doc_number",
    "written_on",
    "formed_on",
    "attribute",
    "withheld_reason",
    "withheld_basis",
    "interprets",
    "interpretation_plan",
    "validity",
)


def _lock(item: InformationItem) -> InformationItem:
    return Item.objects.select_for_update(of=("self",)).select_related("unit").get(pk=item.pk)


def _apply_due(item: InformationItem, cal: WorkCalendar | None = None) -> None:
    item.set_deadline(publish_deadline(item, cal))


def _transition(item: InformationItem, action: str) -> str:
    return transition(item, action, TRANSITIONS)


def recompute_open_deadlines(years: set[int]) -> int:
    """Registered with the calendar: recompute working-day deadlines of open items."""
    wanted = set(years)

    def compute(item, cal):
        start = deadline_start(item)
        if start is None or not ({start.year, start.year + 1} & wanted):
            return None
        return publish_deadline(item, cal)

    qs = (
        Item.objects.filter(status__in=OPEN_STATES)
        .exclude(due_rule__in=("", RULE_RECALL))
        .select_related("interprets")
    )
    return recompute_open(
        qs,
        compute,
        audit_action="publishing.deadline_recompute",
        summary=lambda item: f"工作日历变化，《{item.title}》的公开时限重新计算",
    )
