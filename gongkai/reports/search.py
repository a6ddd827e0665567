"""Published annual reports in the public search index."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from gongkai.reports.models import AnnualReport
from gongkai.search.registry import SearchDocumentData

SOURCE = "reports.annual"


def report_document(pk: int) -> SearchDocumentData | None:
    report = (
        AnnualReport.objects.select_related("unit")
        .filter(pk=pk, status=AnnualReport.Status.PUBLISHED)
        .first()
    )
    if report is None:
        return None
    return SearchDocumentData(
        title=report.title,
        body="\n".join(t for t in (report.overview, report.problems, report.other_matters) if t),
        url=reverse("reports:detail", args=[report.pk]),
        date=timezone.localdate(report.published_at),
        unit_id=report.unit_id,
        unit_name=report.unit.name,
        kind="annual_report",
    )


def published_ids():
    return AnnualReport.objects.filter(status=AnnualReport.Status.PUBLISHED).values_list(
        "pk", flat=True
    )
