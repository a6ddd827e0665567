"""The count stops at ``COUNT_CAP`` on both engines: above it the page says "超过 N 条",
lists only the first N results, and the API says the total is a lower bound."""

import pytest

from gongkai.search import backends
from gongkai.search.selectors import search


@pytest.fixture
def corpus(shared_corpus):
    return shared_corpus


@pytest.fixture
def cap30(monkeypatch):
    monkeypatch.setattr(backends, "COUNT_CAP", 30)
    monkeypatch.setattr(backends, "RANK_MAX", 30)
    return 30


def _matches(q):
    """Documents with ``q`` in their title or kept text (a lower bound of the matches)."""
    from gongkai.search.models import SearchDocument

    return [d for d in SearchDocument.objects.all() if q in d.title + d.text]


def test_the_default_cap_is_two_hundred_and_ranking_stays_within_the_count():
    assert backends.COUNT_CAP == 200
    assert backends.RANK_MAX <= backends.COUNT_CAP  # bm25's IDF scan is bounded by the count


def test_a_query_with_more_matches_than_the_cap_counts_to_the_cap(corpus, cap30):
    assert len(_matches("公开")) > 30  # the seed corpus has more: the test means something
    result = search(q="公开")
    assert (result.total, result.capped) == (30, True)
    assert result.page.paginator.num_pages == 2  # 30 results at 20 a page
    last = search(q="公开", page=9)  # past the listed results: the last page
    assert last.page.number == 2 and len(last.page.object_list) == 10
    listed = [h.doc.pk for h in search(q="公开", page=1).page.object_list]
    listed += [h.doc.pk for h in last.page.object_list]
    assert len(set(listed)) == 30


def test_a_query_under_the_cap_is_counted_exactly(corpus, cap30):
    exact = search(q="泸政办发〔2021〕56号", per_page=50)
    assert not exact.capped
    assert 0 < exact.total == len(exact.page.object_list) < 30


def test_the_page_and_the_api_say_more_than_the_cap(client, corpus, cap30):
    html = client.get("/search/", {"q": "公开"}).content.decode()
    assert "找到 超过 30 条" in html
    assert "列出其中最相关的 30 条" in html
    assert "第 1 页，超过 30 条" in html  # the pagination does not claim a total
    assert "共 30 条" not in html
    body = client.get("/api/v1/search", {"q": "公开"}).json()
    assert (body["total"], body["total_is_lower_bound"], body["pages"]) == (30, True, 2)
    under = client.get("/api/v1/search", {"q": "泸政办发〔2021〕56号"}).json()
    assert under["total_is_lower_bound"] is False and 0 < under["total"] < 30


def test_sort_by_date_orders_the_counted_set(corpus, cap30):
    hits = search(q="公开", sort="date").page.object_list
    dates = [h.doc.date for h in hits if h.doc.date]
    assert dates == sorted(dates, reverse=True)
