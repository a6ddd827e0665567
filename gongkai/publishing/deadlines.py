"""When an item must be public at the latest (RULES §2): the pure rule.

One function, ``publish_deadline(item, cal)``, returns a ``core.deadlines.Deadline`` with the
rule that produced it: 20 working days from the day the information is formed, 7 for
licensing and penalty decisions, 1 for a changed service guide, 3 after the interpreted
document is public for an interpretation, and 24 clock hours for a recall order. It reads
the item and writes nothing; the services store the result with ``set_deadline``.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from gongkai.core.deadlines import Deadline, end_of_day
from gongkai.core.workdays import WorkCalendar, add_hours, deadline
from gongkai.publishing.models import InformationItem

Item = InformationItem

RULE_GENERAL = "general_20wd"
RULE_DECISION = "decision_7wd"
RULE_RECALL = "recall_24h"
RULE_INTERPRETATION = "interpretation_3wd"
RULE_SERVICE_GUIDE = "service_guide_1wd"


def _at_end_of_day(d: Deadline) -> Deadline:
    assert isinstance(d.due, dt.date)
    return Deadline(end_of_day(d.due), d.provisional, d.rule, d.explanation)


def publish_deadline(item: InformationItem, cal: WorkCalendar | None = None) -> Deadline:
    """When the item must be public at the latest (RULES §2), with the rule used."""
    if item.revision_of_id:
        # The information itself was made public on time; a correction of it has no
        # statutory clock of its own, and counting one from the old formation date would
        # show every revision as overdue.
        return Deadline(None, False, "", "修订已发布的信息，原信息已公开，修订稿无公开时限")
    if item.attribute and item.attribute != Item.Attribute.PROACTIVE:
        return Deadline(None, False, "", "非主动公开信息，无主动公开时限")
    if item.kind == Item.Kind.INTERPRETATION:
        doc = item.interprets
        if doc is None or doc.published_at is None:
            return Deadline(
                None, False, RULE_INTERPRETATION, "政策解读应在所解读文件公开后3个工作日内公开"
            )
        start = timezone.localdate(doc.published_at)
        d = deadline(start, 3, rule=RULE_INTERPRETATION, what="所解读文件公开日 ", cal=cal)
        return _at_end_of_day(d)
    if item.formed_on is None:
        return Deadline(None, False, "", "未填写信息形成日期，无法计算公开时限")
    if item.kind == Item.Kind.RECALL:
        # 24 clock hours (RULES §1). A recall formed today counts from when it was
        # recorded; one dated earlier counts from the start of that day.
        created = item.created_at or timezone.now()
        if timezone.localdate(created) == item.formed_on:
            start = created
        else:
            start = timezone.make_aware(dt.datetime.combine(item.formed_on, dt.time.min))
        due = add_hours(start, 24)
        text = f"召回令自 {timezone.localtime(start):%Y-%m-%d %H:%M} 起 24 小时"
        return Deadline(due, False, RULE_RECALL, text)
    # seed 003: 行政许可、行政处罚、列入黑名单事项 within 7 working days of the decision
    if item.kind in (Item.Kind.LICENSING, Item.Kind.PENALTY, Item.Kind.BLACKLIST):
        d = deadline(item.formed_on, 7, rule=RULE_DECISION, what="作出决定之日 ", cal=cal)
    elif item.kind == Item.Kind.SERVICE_GUIDE:
        d = deadline(
            item.formed_on, 1, rule=RULE_SERVICE_GUIDE, what="办事指南变更批准之日 ", cal=cal
        )
    else:
        d = deadline(item.formed_on, 20, rule=RULE_GENERAL, what="信息形成之日 ", cal=cal)
    return _at_end_of_day(d)


def deadline_start(item: InformationItem) -> dt.date | None:
    """The day the item's working-day clock starts from (None: no working-day clock)."""
    if item.kind == Item.Kind.INTERPRETATION:
        doc = item.interprets
        return timezone.localdate(doc.published_at) if doc and doc.published_at else None
    if item.kind == Item.Kind.RECALL:
        return None
    return item.formed_on
