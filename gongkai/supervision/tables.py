"""The overview's two long tables as HTML rows, built with ``format_html`` (every value
escaped). A template variable costs a lookup, a localisation and an escape each; a page
of 50 task rows and a row per lead unit (60 in a county) is over a thousand of them, most
of the page's time — one ``format_html`` per row does the same work in a few percent."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

OVERDUE_CLASS = mark_safe(' class="sv-overdue"')
OVERDUE_BADGE = mark_safe(' <span class="badge danger">已逾期</span>')
REPORTED = mark_safe('<span class="badge ok">已报送</span>')
UNREPORTED = mark_safe('<span class="badge warning">未报送</span>')
NOTHING = mark_safe("")

TASK_ROW = (
    '<tr{}><td>{}</td><td><a href="{}{}/">{}</a></td><td>{}</td><td>{}</td>'
    "<td>{}{}{}</td><td>{}</td><td>{}</td></tr>"
)


def task_rows(rows, task_url: str) -> SafeString:
    """``rows``: ``selectors.OverviewRow``; ``task_url``: the task page's address up to its id."""
    return format_html_join(
        "\n",
        TASK_ROW,
        (
            (
                OVERDUE_CLASS if r.overdue else NOTHING,
                r.task.number,
                task_url,
                r.task.pk,
                r.excerpt,
                r.leads_text,
                r.partners_text,
                r.task.deadline_text,
                format_html('<br><span class="muted">{}</span>', r.due_text)
                if r.due_text
                else NOTHING,
                OVERDUE_BADGE if r.overdue else NOTHING,
                r.status_label,
                REPORTED if r.reported else UNREPORTED,
            )
            for r in rows
        ),
    )


UNIT_ROW = (
    '<tr><td><a href="{}{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>'
    "<td>{}</td><td>{}</td></tr>"
)


def unit_rows(by_unit: list[dict], link: str) -> SafeString:
    """``by_unit``: ``selectors.unit_summary``; ``link``: the overview's query up to the unit id."""
    return format_html_join(
        "\n",
        UNIT_ROW,
        (
            (
                link,
                u["unit_id"],
                u["unit__name"],
                u["total"],
                u["done"],
                u["in_progress"],
                u["not_started"],
                u["ongoing"],
                format_html('<span class="badge danger">{}</span>', u["overdue"])
                if u["overdue"]
                else 0,
            )
            for u in by_unit
        ),
    )
