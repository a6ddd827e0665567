"""Public pages in the 政府信息公开 section: the registers' index, each register's list and
an entry's page (a draw with its seed and how to verify it, a clean-up's result list)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse
from django.shortcuts import render

from gongkai.core.inputs import parse_id
from gongkai.registers import selectors
from gongkai.registers.registry import groups, spec


def home(request):
    return render(request, "registers/public_home.html", {"groups": groups()})


def entry_list(request, key: str):
    s = spec(key)
    q = request.GET.get("q", "").strip()[:50]
    unit = parse_id(request.GET.get("unit"))
    page = Paginator(selectors.public_entries(s, q=q, unit=unit), 20).get_page(
        request.GET.get("page")
    )
    ctx = {"spec": s, "page": page, "q": q}
    if key == "powers":
        ctx["editions"] = selectors.public_editions()[:50]
    return render(request, "registers/public_list.html", ctx)


def power_edition(request, pk: int):
    e = selectors.public_edition(pk)
    return render(
        request,
        "registers/public_edition.html",
        {"spec": spec("powers"), "e": e, "groups": selectors.edition_groups(e)},
    )


def entry_detail(request, key: str, pk: int):
    s = spec(key)
    entry = selectors.public_entry(s, pk)
    ctx = {
        "spec": s,
        "entry": entry,
        "rows": selectors.fields_rows(entry, s.public_fields),
        "history": selectors.history(entry),
    }
    if key == "draws":
        ctx["doc"] = selectors.draw_document(entry)
    elif key == "cleanups":
        ctx["lines"] = selectors.public_campaign_lines(entry)
    elif key == "negative":
        ctx["reviews"] = selectors.negative_reviews(entry)
    elif key == "gazette":
        ctx["contents"] = entry.contents
    elif key == "datasets":
        ctx["files"] = selectors.dataset_files(entry)
    return render(request, "registers/public_detail.html", ctx)


def gazette_pdf(request, pk: int):
    from gongkai.registers.services import gazette_pdf as render_issue

    issue = selectors.public_entry(spec("gazette"), pk)
    response = HttpResponse(render_issue(issue), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="gazette-{issue.year}-{issue.number}.pdf"'
    return response


def dataset_file(request, pk: int, file_id: int):
    f = selectors.public_dataset_file(pk, file_id)
    return FileResponse(f.file.open("rb"), as_attachment=True, filename=f.name)


def draw_snapshot(request, pk: int):
    """The candidate snapshot as the exact bytes that were hashed (SHA-256 = 名录内容摘要)."""
    response = HttpResponse(
        selectors.draw_snapshot(pk), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="draw-{pk}-snapshot.json"'
    return response
