"""Writes of the 政府网站工作年度报表: generate (or refresh), edit, publish."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import HostedSite, Role, User
from gongkai.core.permissions import has_role
from gongkai.reports import website
from gongkai.reports.models import WebsiteReport
from gongkai.reports.website_selectors import may_make


def _check(actor: User, site: HostedSite | None = None) -> None:
    if not (actor.is_superuser or has_role(actor, Role.OFFICE)):
        raise PermissionDenied("只有公开办可以编制政府网站工作年度报表")
    if not may_make(actor, site):
        raise PermissionDenied("只能编制本单位及下级网站的政府网站工作年度报表")


@transaction.atomic
def website_report_generate(
    *, actor: User, year: int, site: HostedSite | None = None
) -> WebsiteReport:
    """Create the year's report of ``site`` (None: the installation's own website), or
    refresh a draft's figures from the data; rows the office edited keep the office's
    value."""
    _check(actor, site)
    this_year = timezone.localdate().year
    if not 2000 <= year <= this_year:
        raise ValidationError(f"年度应在2000年至{this_year}年之间")
    report, created = WebsiteReport.objects.select_for_update().get_or_create(year=year, site=site)
    if report.is_published:
        raise ValidationError("该年度报表已发布，不能重新生成")
    figures, notes = website.compute(year, site)
    for key in report.edited:
        if key in report.figures:
            figures[key] = report.figures[key]
            notes.pop(key, None)
    report.figures, report.notes = figures, notes
    report.generated_at = timezone.now()
    report.save()
    audit_record(
        actor=actor,
        action="reports.website_report_generate",
        obj=report,
        unit=site.root if site else None,
        summary=f"{'生成' if created else '重新生成'}{report.title}",
    )
    return report


@transaction.atomic
def website_report_update(*, actor: User, report: WebsiteReport, values: dict) -> WebsiteReport:
    """Office corrections: ``values`` maps row keys to the text typed in the form."""
    report = (
        WebsiteReport.objects.select_for_update(of=("self",))
        .select_related("site")
        .get(pk=report.pk)
    )
    _check(actor, report.site)
    if report.is_published:
        raise ValidationError("该年度报表已发布，不能修改")
    errors: dict[str, str] = {}
    changes = {}
    for key, raw in values.items():
        if key not in website.TYPES:
            continue
        try:
            value = website.parse(key, raw)
        except ValueError as exc:
            errors[key] = str(exc)
            continue
        if report.figures.get(key) != value:
            changes[key] = [report.figures.get(key), value]
            report.figures[key] = value
            report.notes.pop(key, None)
            if key not in report.edited:
                report.edited.append(key)
    if errors:
        raise ValidationError(errors)
    report.save()
    audit_record(
        actor=actor,
        action="reports.website_report_update",
        obj=report,
        summary=f"修改{report.title}的{len(changes)}项数据",
        changes=changes,
    )
    return report


@transaction.atomic
def website_report_publish(*, actor: User, report: WebsiteReport) -> WebsiteReport:
    report = (
        WebsiteReport.objects.select_for_update(of=("self",))
        .select_related("site")
        .get(pk=report.pk)
    )
    _check(actor, report.site)
    if report.is_published:
        raise ValidationError("该年度报表已发布")
    missing = [
        website.LABELS[k] for k in ("leader", "filler", "phone") if not report.figures.get(k)
    ]
    if missing:
        raise ValidationError(f"发布前请填写：{'、'.join(missing)}")
    report.status = WebsiteReport.Status.PUBLISHED
    report.published_at = timezone.now()
    report.published_by = actor
    report.save()
    audit_record(
        actor=actor,
        action="reports.website_report_publish",
        obj=report,
        summary=f"发布{report.title}",
    )
    return report
