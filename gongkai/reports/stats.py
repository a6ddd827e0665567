"""Statistics for the public and the disclosure office, with server-rendered SVG charts.

Everything is aggregated in the database; reply times in working days (RULES §1) are
computed per distinct (received, replied) pair through one prefix count of the calendar,
so a hundred thousand applications cost a few hundred date look-ups, not one per row.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from xml.sax.saxutils import escape

from django.db.models import Count, F, Q
from django.utils import timezone

from gongkai.core.charts import chart_table
from gongkai.core.workdays import WorkCalendar
from gongkai.foi.models import Application
from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem
from gongkai.reports.compute import Year
from gongkai.reports.tables import outcome_keys


def _unit_filter(units, field_name: str = "unit") -> Q:
    if units is None:
        return Q()
    return Q(**{f"{field_name}__in": units})


def months_of(year: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]


def publications(year: int, units=None) -> dict:
    y = Year(year)
    items = InformationItem.objects.filter(
        _unit_filter(units),
        status__in=PUBLIC_STATUSES,
        attribute=InformationItem.Attribute.PROACTIVE,
        published_at__gte=y.start_at,
        published_at__lt=y.end_at,
    )
    # One conditional count per month (a range test on the indexed column), instead of
    # truncating every row's timestamp in the database's time-zone function.
    tz = timezone.get_current_timezone()
    bounds = [dt.datetime(year, m, 1, tzinfo=tz) for m in range(1, 13)] + [y.end_at]
    months = months_of(year)
    month_counts = {
        key: Count("id", filter=Q(published_at__gte=bounds[i], published_at__lt=bounds[i + 1]))
        for i, key in enumerate(months)
    }
    aliases = {key: f"m{i}" for i, key in enumerate(months)}
    counts = {aliases[k]: v for k, v in month_counts.items()}

    def grouped(field: str) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(months, 0))
        for r in items.values(field).annotate(**counts).order_by():
            name = r[field] or "未分类"
            for key in months:
                out[name][key] += r[aliases[key]]
        return out

    by_unit = grouped("unit__name")
    by_topic_month = grouped("topic__name")
    per_month = {key: sum(u[key] for u in by_unit.values()) for key in months}
    by_topic = sorted(
        ((name, sum(m.values())) for name, m in by_topic_month.items()), key=lambda t: -t[1]
    )
    return {
        "per_month": per_month,
        "by_unit": dict(sorted(by_unit.items())),
        "by_topic": by_topic,
        "by_topic_month": dict(sorted(by_topic_month.items())),
        "total": sum(per_month.values()),
    }


def _percentile(pairs: list[tuple[int, int]], q: float) -> float | None:
    """Weighted percentile (nearest rank) of ``(value, count)`` pairs."""
    total = sum(n for _v, n in pairs)
    if not total:
        return None
    rank = max(1, int(-(-q * total // 1)))  # ceil(q * total)
    seen = 0
    for value, n in sorted(pairs):
        seen += n
        if seen >= rank:
            return value
    return sorted(pairs)[-1][0]


class WorkdayIndex:
    """Working days between two dates by a prefix count over the calendar."""

    def __init__(self, first: dt.date, last: dt.date):
        cal = WorkCalendar.current()
        self.first = first
        self.workdays = []
        day = first
        while day <= last:
            if cal.is_workday(day):
                self.workdays.append(day)
            day += dt.timedelta(days=1)

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (RULES §1)."""
        if end <= start:
            return 0
        return bisect.bisect_right(self.workdays, end) - bisect.bisect_right(self.workdays, start)


def applications(year: int, units=None) -> dict:
    y = Year(year)
    apps = Application.objects.filter(_unit_filter(units))
    starts = [dt.date(year, m, 1) for m in range(1, 13)] + [dt.date(year + 1, 1, 1)]
    months = months_of(year)
    agg = apps.filter(received_on__range=(y.start, y.end)).aggregate(
        **{
            f"m{i}": Count(
                "id", filter=Q(received_on__gte=starts[i], received_on__lt=starts[i + 1])
            )
            for i in range(12)
        }
    )
    per_month = {key: agg[f"m{i}"] or 0 for i, key in enumerate(months)}
    replied = apps.filter(replied_on__range=(y.start, y.end), received_on__isnull=False)
    by_outcome_raw = dict(
        replied.values("outcome").annotate(n=Count("id")).order_by().values_list("outcome", "n")
    )
    labels = dict(Application._meta.get_field("outcome").choices)
    order = {k: i for i, k in enumerate(outcome_keys())}
    by_outcome = [
        (str(labels.get(k, "未填写")), n)
        for k, n in sorted(by_outcome_raw.items(), key=lambda kv: order.get(kv[0], 99))
        if n
    ]
    agg = replied.aggregate(
        n=Count("id"),
        late=Count("id", filter=Q(due__isnull=False, replied_on__gt=F("due"))),
    )
    pairs = list(replied.values("received_on", "replied_on").annotate(n=Count("id")).order_by())
    days: list[tuple[int, int]] = []
    if pairs:
        first = min(p["received_on"] for p in pairs)
        last = max(p["replied_on"] for p in pairs)
        index = WorkdayIndex(first, last)
        days = [(index.count(p["received_on"], p["replied_on"]), p["n"]) for p in pairs]
    return {
        "per_month": per_month,
        "received": sum(per_month.values()),
        "by_outcome": by_outcome,
        "replied": agg["n"],
        "late": agg["late"],
        "late_share": (agg["late"] / agg["n"]) if agg["n"] else None,
        "median_days": _percentile(days, 0.5),
        "p90_days": _percentile(days, 0.9),
    }


# --- SVG ------------------------------------------------------------------------------


def bar_chart(title: str, data: list[tuple[str, int | float]], *, horizontal=False) -> str:
    """A bar chart as SVG followed by its data table (labels escaped; no scripts, no inline
    styles). Labels are drawn in the text colour (class ``chart-label``), so they stay
    readable in high contrast, and sized in rem by CSS, so that they grow with A+."""
    safe_title = escape(title)
    if not data:
        return f'<p class="muted">{safe_title}：暂无数据</p>'
    return _bar_svg(title, data, horizontal=horizontal) + chart_table(title, data)


def _bar_svg(title: str, data: list[tuple[str, int | float]], *, horizontal=False) -> str:
    safe_title = escape(title)
    top = max(v for _l, v in data) or 1
    if horizontal:
        bar_h, label_w, width = 22, 170, 560
        height = bar_h * len(data) + 30
        parts = [
            f'<svg class="chart" role="img" aria-label="{safe_title}" viewBox="0 0 {width} '
            f'{height}" xmlns="http://www.w3.org/2000/svg"><title>{safe_title}</title>'
        ]
        for i, (label, value) in enumerate(data):
            y = 20 + i * bar_h
            w = (width - label_w - 50) * value / top
            parts.append(
                f'<text class="chart-label" fill="currentColor" x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(label[:14])}</text>'
                f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 6}" '
                f'fill="#2b6cb0"><title>{escape(label)}：{value}</title></rect>'
                f'<text class="chart-label" fill="currentColor" x="{label_w + w + 4:.1f}" y="{y + 14}">{value}</text>'
            )
        parts.append("</svg>")
        return "".join(parts)
    width, height, pad = 600, 240, 30
    bw = (width - 2 * pad) / len(data)
    parts = [
        f'<svg class="chart" role="img" aria-label="{safe_title}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{safe_title}</title>'
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" '
        f'stroke="#555"/>'
    ]
    for i, (label, value) in enumerate(data):
        h = (height - 2 * pad - 10) * value / top
        x = pad + i * bw
        parts.append(
            f'<rect x="{x + bw * 0.15:.1f}" y="{height - pad - h:.1f}" width="{bw * 0.7:.1f}" '
            f'height="{h:.1f}" fill="#2b6cb0"><title>{escape(label)}：{value}</title></rect>'
            f'<text class="chart-label" fill="currentColor" x="{x + bw / 2:.1f}" y="{height - pad + 14}" text-anchor="middle">'
            f"{escape(label[-5:])}</text>"
            f'<text class="chart-label" fill="currentColor" x="{x + bw / 2:.1f}" y="{height - pad - h - 3:.1f}" text-anchor="middle">'
            f"{value}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
