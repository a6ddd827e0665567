"""Selector for the leader view (领导一览): opinion incidents still being handled."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from gongkai.core.plugs import LeaderBlock
from gongkai.response.models import Incident

LIMIT = 30


def open_incidents(user, units) -> LeaderBlock:
    qs = (
        Incident.objects.filter(status=Incident.Status.OPEN)
        .filter(Q(unit__in=units) | Q(other_units__in=units))
        .distinct()
        .select_related("unit")
        .order_by("found_at", "id")
    )
    total = qs.count()
    rows = [
        (
            i.title,
            i.get_level_display(),
            i.unit.name,
            timezone.localtime(i.found_at).strftime("%Y-%m-%d %H:%M"),
        )
        for i in qs[:LIMIT]
    ]
    return LeaderBlock(
        title="正在处置的政务舆情",
        columns=("舆情", "级别", "牵头单位", "发现时间"),
        rows=rows,
        empty="没有正在处置的舆情。",
        note="本级及所属机构牵头或配合、尚未办结的舆情。",
        total=total,
        url=reverse("response:ws_incidents"),
    )
