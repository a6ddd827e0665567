"""Public pages: the 政务公开工作 column's task tables, progress history and the published
replies to representatives' suggestions."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from gongkai.supervision import selectors, suggestions
from gongkai.supervision.periods import period_label


def public_list(request):
    page = Paginator(selectors.published_plans(), 20).get_page(request.GET.get("page"))
    return render(request, "supervision/public_list.html", {"page": page, "plans": page})


def public_plan(request, pk: int):
    plan = selectors.published_plan(pk)
    pubs = [(p, period_label(p.period)) for p in selectors.plan_publications(plan)]
    return render(
        request,
        "supervision/public_plan.html",
        {"plan": plan, "tasks": selectors.plan_table(plan), "publications": pubs},
    )


def public_progress(request, pk: int, pub: int):
    plan = selectors.published_plan(pk)
    publication = selectors.plan_publication(plan, pub)
    if publication is None:
        raise Http404("未找到该期进展")
    return render(
        request,
        "supervision/public_progress.html",
        {"plan": plan, "pub": publication, "label": period_label(publication.period)},
    )


def public_suggestions(request):
    page = Paginator(suggestions.published_suggestions(), 20).get_page(request.GET.get("page"))
    return render(request, "supervision/public_suggestions.html", {"page": page, "items": page})


def public_suggestion(request, pk: int):
    s = suggestions.published_suggestion(pk)
    if s is None:
        raise Http404("未找到该建议提案")
    return render(request, "supervision/public_suggestion.html", {"s": s})
