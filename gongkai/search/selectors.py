"""Reading the search index: parse the user's text, fetch one page, highlight it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.utils.safestring import mark_safe

from gongkai.core import sites
from gongkai.core.plugs import search_sources as sources
from gongkai.search import analysis, backends
from gongkai.search.models import SearchDocument
from gongkai.search.synonyms import synonym_map

PER_PAGE = 20
SNIPPET_CHARS = 120


@dataclass
class Hit:
    doc: SearchDocument
    source_label: str
    title_html: str
    snippet_html: str


class _LazyHits:
    """A sequence for Django's Paginator: counting and slicing run the index query."""

    def __init__(self, query, filters, sort):
        self.query, self.filters, self.sort = query, filters, sort
        self._count: int | None = None
        self.capped = False
        self._memo: dict = {}  # the backend's scan, shared by the count and the page

    def count(self) -> int:
        if self._count is None:
            page = backends.search_ids(
                self.query, self.filters, sort=self.sort, limit=0, memo=self._memo
            )
            self._count, self.capped = page.total, page.capped
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop = item.start or 0, item.stop or 0
        known = None
        if self._count is not None:
            known = backends.COUNT_CAP + 1 if self.capped else self._count
        result = backends.search_ids(
            self.query,
            self.filters,
            sort=self.sort,
            offset=start,
            limit=max(0, stop - start),
            known_total=known,
            memo=self._memo,
        )
        docs = SearchDocument.objects.defer("tokens").in_bulk(result.ids)
        strings = self.query.highlight_strings()
        labels = {name: s.label for name, s in sources().items()}
        hits = []
        for pk in result.ids:
            doc = docs.get(pk)
            if doc is None:  # removed between the two queries
                continue
            hits.append(
                Hit(
                    doc=doc,
                    source_label=labels.get(doc.source, ""),
                    title_html=mark_safe(analysis.highlight(doc.title, strings)),  # noqa: S308
                    snippet_html=mark_safe(  # noqa: S308
                        analysis.highlight(doc.text, strings, width=SNIPPET_CHARS)
                    ),
                )
            )
        return hits


@dataclass
class SearchResult:
    query: analysis.Query
    page: Page | None
    total: int
    capped: bool


class _HitsPaginator(Paginator):
    """Django's paginator over the lazy hits. Above the cap only the first ``COUNT_CAP``
    results are listed; ``capped`` and ``cap`` let the shared pagination say "超过 N 条"
    (as for ``core.paging.CappedPaginator``) rather than a total it does not know."""

    def __init__(self, hits: _LazyHits, per_page: int):
        super().__init__(hits, per_page)  # type: ignore[arg-type]  # a lazy sequence
        self.hits = hits

    @property
    def capped(self) -> bool:
        return self.hits.capped

    @property
    def cap(self) -> int:
        return backends.COUNT_CAP


def parse(q: str) -> analysis.Query:
    try:
        return analysis.parse_query(q, analysis.current_mode(), synonyms=synonym_map())
    except analysis.QueryTooLong:
        raise ValidationError(
            "检索词过长：最多 %(max)s 个字，请缩短后再试。",
            code="too_long",
            params={"max": analysis.MAX_QUERY_CHARS},
        )


def search(
    *,
    q: str,
    filters: backends.Filters | None = None,
    sort: str = "relevance",
    page: int | str = 1,
    per_page: int = PER_PAGE,
) -> SearchResult:
    """One page of results. Raises ValidationError (with a Chinese message) for a query
    too long to be meaningful; a query with nothing searchable gives an empty result."""
    query = parse(q)
    if query.empty:
        return SearchResult(query=query, page=None, total=0, capped=False)
    filters = filters or backends.Filters()
    site_units = sites.unit_ids()
    if site_units is not None:
        filters = dataclasses.replace(filters, unit_ids=site_units)
    hits = _LazyHits(query, filters, "date" if sort == "date" else "relevance")
    paginator = _HitsPaginator(hits, per_page)
    page_obj = paginator.get_page(page)
    return SearchResult(query=query, page=page_obj, total=paginator.count, capped=hits.capped)


def facet_choices() -> dict[str, list]:
    """Values offered in the filter lists (units, topics, kinds, validity, years); cached
    for a few minutes, as they scan the whole table."""
    from django.core.cache import cache

    site = sites.current()
    key = f"search:facets:{site.site_id or ''}{'x' if site.nothing else ''}"
    cached = cache.get(key)
    if cached is None:
        cached = _facet_choices()
        cache.set(key, cached, 300)
    return cached


def _facet_choices() -> dict[str, list]:
    qs = SearchDocument.objects.all()
    site_units = sites.unit_ids()
    if site_units is not None:
        qs = qs.filter(unit_id__in=site_units)
    units = list(
        qs.exclude(unit_id=None)
        .values_list("unit_id", "unit_name")
        .distinct()
        .order_by("unit_name")
    )
    return {
        "units": units,
        "topics": list(
            qs.exclude(topic="").values_list("topic", flat=True).distinct().order_by("topic")
        ),
        "kinds": list(
            qs.exclude(kind="").values_list("kind", flat=True).distinct().order_by("kind")
        ),
        "validities": list(
            qs.exclude(validity="")
            .values_list("validity", flat=True)
            .distinct()
            .order_by("validity")
        ),
        "years": list(
            qs.exclude(year=None).values_list("year", flat=True).distinct().order_by("-year")
        ),
    }


def synonym_groups():
    """Every synonym group, in the order they were made (the office's page)."""
    from gongkai.search.models import SynonymGroup

    return SynonymGroup.objects.order_by("id")


def synonym_group_or_404(pk: int):
    from django.shortcuts import get_object_or_404

    from gongkai.search.models import SynonymGroup

    return get_object_or_404(SynonymGroup, pk=pk)
