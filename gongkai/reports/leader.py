"""Selector for the leader view (领导一览): the latest assessment round's scores."""

from __future__ import annotations

from django.urls import reverse

from gongkai.core.plugs import LeaderBlock
from gongkai.reports.models import AssessmentRound
from gongkai.reports.services import ranking


def assessment_scores(user, units) -> LeaderBlock | None:
    round_ = (
        AssessmentRound.objects.filter(root__in=units)
        .select_related("indicator_set", "root")
        .order_by("-year", "-created_at", "-id")
        .first()
    )
    if round_ is None:
        return LeaderBlock(
            title="考核评估得分",
            columns=("名次", "机构", "总分"),
            rows=[],
            empty="尚未开展考核评估。",
        )
    rows = [
        (str(r["rank"]), r["unit__name"], "无数据" if r["total"] is None else f"{r['total']:.2f}")
        for r in ranking(round_)
    ]
    return LeaderBlock(
        title=f"考核评估得分（{round_.year} 年度）",
        columns=("名次", "机构", "总分"),
        rows=rows,
        empty="本轮尚无得分。",
        note=f"指标体系：{round_.indicator_set.name}；{round_.get_status_display()}。",
        url=reverse("reports:workspace_assessment_round", args=[round_.pk]),
    )
