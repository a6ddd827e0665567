"""Selector for the leader view (领导一览): open applications close to their reply deadline."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.plugs import LeaderBlock
from gongkai.core.workdays import add_workdays
from gongkai.foi.models import Application

LIMIT = 30


def near_due(user, units) -> LeaderBlock:
    days = conf.get("GONGKAI_LEADER_NEAR_DUE_WORKDAYS")
    today = timezone.localdate()
    limit = add_workdays(today, days).value
    qs = (
        Application.objects.filter(
            unit__in=units, status__in=Application.OPEN_STATUSES, due__isnull=False, due__lte=limit
        )
        .select_related("unit")
        .only("id", "tracking_number", "title", "description", "status", "due", "unit__name")
        .order_by("due", "id")
    )
    total = qs.count()
    rows = []
    for app in qs[:LIMIT]:
        what = app.title or app.description
        left = (app.due - today).days
        state = (
            f"已逾期 {-left} 天" if left < 0 else ("今天到期" if left == 0 else f"{left} 天后到期")
        )
        rows.append(
            (
                app.tracking_number,
                what[:40] + ("…" if len(what) > 40 else ""),
                app.unit.name,
                app.get_status_display(),
                app.due.isoformat(),
                state,
            )
        )
    return LeaderBlock(
        title="临近答复期限的依申请公开申请",
        columns=("申请编号", "所需信息", "承办机构", "状态", "答复期限", "剩余"),
        rows=rows,
        empty="没有临近答复期限的申请。",
        note=f"尚未答复、答复期限在 {days} 个工作日内（至 {limit.isoformat()}）或已逾期的申请。",
        total=total,
        url=reverse("foi:overview"),
    )
