"""Selector for the leader view (领导一览): items not yet public after their deadline."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core.plugs import LeaderBlock
from gongkai.publishing.models import InformationItem
from gongkai.publishing.workflow import OPEN_STATES

LIMIT = 30


def overdue_items(user, units) -> LeaderBlock:
    now = timezone.now()
    qs = (
        InformationItem.objects.filter(unit__in=units, status__in=OPEN_STATES, due__lt=now)
        .select_related("unit")
        .only("id", "title", "status", "due", "unit__name")
        .order_by("due", "id")
    )
    total = qs.count()
    today = timezone.localdate()
    rows = []
    for item in qs[:LIMIT]:
        due = timezone.localdate(item.due)
        rows.append(
            (
                item.title,
                item.unit.name,
                item.get_status_display(),
                due.isoformat(),
                f"{(today - due).days} 天",
            )
        )
    return LeaderBlock(
        title="逾期未公开的政府信息",
        columns=("信息", "机构", "当前环节", "应公开时限", "已逾期"),
        rows=rows,
        empty="没有逾期未公开的信息。",
        note="已超过应公开时限、仍在起草、审核或待发布的信息（含从未发布的）。",
        total=total,
        url=reverse("publishing:ws_list"),
    )
