"""The standard-catalogue coverage of one unit as a Word document (the page is
``views_stats.coverage``)."""

from __future__ import annotations

from urllib.parse import quote

from django.http import HttpResponse

from gongkai.core.decorators import staff_required
from gongkai.reports import selectors


@staff_required
def coverage_docx(request):
    from gongkai.reports import standard_coverage, standard_coverage_docx

    units = selectors.staff_units(request.user)
    raw = request.GET.get("unit", "")
    unit = selectors.unit_among(units, int(raw)) if raw.isdigit() else None
    unit = unit or request.user.unit or units.first()
    if unit is None:
        return HttpResponse(
            "没有可查看的机构", status=404, content_type="text/plain; charset=utf-8"
        )
    data = standard_coverage_docx.render(standard_coverage.report(unit))
    response = HttpResponse(
        data,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    name = quote(f"{unit.name}标准目录落实情况.docx")
    response["Content-Disposition"] = (
        f"attachment; filename=\"coverage.docx\"; filename*=UTF-8''{name}"
    )
    return response
