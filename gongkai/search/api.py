"""Public search API: GET /api/v1/search?q=...&unit=&topic=&year=&kind=&validity=&page="""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from ninja import Field, Router, Schema

from gongkai.search.backends import COUNT_CAP
from gongkai.search.forms import SearchForm
from gongkai.search.selectors import search

router = Router(tags=["全文检索"])


class SearchHitOut(Schema):
    title: str
    title_html: str
    url: str
    index_number: str
    doc_number: str
    unit: str
    date: dt.date | None
    snippet: str
    source: str


class SearchOut(Schema):
    query: str
    total: int = Field(
        description=f"匹配的条数，最多计到 {COUNT_CAP} 条；超过时为 {COUNT_CAP}，"
        "且 total_is_lower_bound 为 true（不再精确计数，以免文档越多检索越慢）"
    )
    total_is_lower_bound: bool = Field(description=f"为 true 时匹配超过 {COUNT_CAP} 条")
    page: int
    pages: int = Field(description=f"页数：只列出前 {COUNT_CAP} 条结果，每页 20 条")
    results: list[SearchHitOut]


@router.get("", response=SearchOut, summary="全文检索公开信息", url_name="search")
def search_api(
    request,
    q: str = "",
    unit: str = "",
    topic: str = "",
    year: str = "",
    kind: str = "",
    validity: str = "",
    sort: str = "",
    page: str = "1",
):
    """Snippets and titles are HTML: text escaped, matches in ``<mark>``."""
    form = SearchForm(
        {
            "q": q,
            "unit": unit,
            "topic": topic,
            "year": year,
            "kind": kind,
            "validity": validity,
            "sort": sort,
        }
    )
    if not form.is_valid():
        raise ValidationError({field: list(msgs) for field, msgs in form.errors.items()})
    if not form.cleaned_data["q"].strip():
        raise ValidationError({"q": ["请输入检索词"]})
    if not page.isdigit() or int(page) < 1:
        raise ValidationError({"page": ["页码应为正整数"]})
    result = search(
        q=form.cleaned_data["q"],
        filters=form.filters(),
        sort=form.cleaned_data.get("sort") or "relevance",
        page=int(page),
    )
    hits = result.page.object_list if result.page else []
    return {
        "query": q,
        "total": result.total,
        "total_is_lower_bound": result.capped,
        "page": result.page.number if result.page else 1,
        "pages": result.page.paginator.num_pages if result.page else 0,
        "results": [
            {
                "title": h.doc.title,
                "title_html": str(h.title_html),
                "url": h.doc.url,
                "index_number": h.doc.index_number,
                "doc_number": h.doc.doc_number,
                "unit": h.doc.unit_name,
                "date": h.doc.date,
                "snippet": str(h.snippet_html),
                "source": h.source_label,
            }
            for h in hits
        ],
    }


routers = [("search", router)]
