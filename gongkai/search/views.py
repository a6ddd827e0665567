from django.core.exceptions import ValidationError
from django.shortcuts import render

from gongkai.search.forms import SearchForm
from gongkai.search.selectors import facet_choices, search

SUGGESTIONS = ["政务公开", "低保", "政策解读", "依申请公开", "年度报告"]


def search_page(request):
    """全站检索：公开的信息、解读等；过滤项与分页。"""
    form = SearchForm(request.GET or None)
    result, error = None, ""
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        try:
            result = search(
                q=form.cleaned_data["q"],
                filters=form.filters(),
                sort=form.cleaned_data.get("sort") or "relevance",
                page=request.GET.get("page", 1),
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
    elif form.is_bound and not form.is_valid():
        error = " ".join(m for msgs in form.errors.values() for m in msgs)
    status = 400 if error else 200
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "q": request.GET.get("q", "")[:200],
            "result": result,
            "error": error,
            "facets": facet_choices(),
            "suggestions": SUGGESTIONS,
            "filtered": bool(
                form.is_bound
                and form.is_valid()
                and any(
                    form.cleaned_data.get(k) for k in ("unit", "topic", "year", "kind", "validity")
                )
            ),
        },
        status=status,
    )
