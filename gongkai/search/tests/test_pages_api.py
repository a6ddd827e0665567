"""The portal search page and GET /api/v1/search, including hostile queries (never a 500)."""

import pytest

BAD_QUERIES = [
    "",
    " ",
    "x" * 10000,
    "公" * 101,
    "。，！？",
    '"',
    '""',
    "*",
    "公开*",
    "NEAR(",
    "NEAR(公开 政务, 5)",
    '公开" OR "政务',
    "title:公开",
    "{title body}: 低保",
    "公开 NOT 政务",
    "公开 AND OR",
    "^低保",
    "-低保",
    "(((",
    "'; DROP TABLE search_searchdocument; --",
    "\\",
    "%_%",
    "\x00低保",
    "😀",
]


@pytest.fixture
def corpus(shared_corpus):
    """The seed corpus, indexed once for this module (every test only searches it)."""
    return shared_corpus


@pytest.mark.parametrize("q", BAD_QUERIES)
def test_bad_queries_never_500_on_the_page(client, corpus, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "检索词" in response.content.decode()


@pytest.mark.parametrize("q", BAD_QUERIES)
def test_bad_queries_never_500_in_the_api(client, corpus, q):
    response = client.get("/api/v1/search", {"q": q})
    assert response.status_code in (200, 400), response.content
    if response.status_code == 400:
        assert response.json()["message"]


def test_long_query_gets_a_chinese_message(client, corpus):
    response = client.get("/api/v1/search", {"q": "公" * 10000})
    assert response.status_code == 400
    assert "检索词过长" in response.json()["message"]
    page = client.get("/search/", {"q": "公" * 10000})
    assert "检索词过长" in page.content.decode()


def test_syntax_characters_are_searched_as_text(client, corpus):
    # Quotes and operators are separators, not FTS syntax: the words still match.
    plain = client.get("/api/v1/search", {"q": "低保"}).json()
    quoted = client.get("/api/v1/search", {"q": '"低保" NEAR('}).json()
    assert plain["total"] == 1
    assert quoted["total"] == 0  # "near" is a word that no document contains
    assert client.get("/api/v1/search", {"q": '"低保"*'}).json()["total"] == 1


def test_page_shows_highlighted_results_with_metadata(client, corpus):
    response = client.get("/search/", {"q": "泸政办发[2021]56号"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "泸水市人民政府办公室关于印发" in html
    assert "泸政办发〔2021〕56号" in html
    assert "015281722-2021-186067" in html
    assert "<mark>" in html
    assert 'href="/documents/1001/"' in html


def test_empty_result_page_suggests_what_to_try(client, corpus):
    html = client.get("/search/", {"q": "火星探测器"}).content.decode()
    assert "没有找到与“火星探测器”相关的结果" in html
    assert "申请政府信息公开" in html
    assert "?q=%E4%BD%8E%E4%BF%9D" in html  # a suggested search (低保)


def test_empty_result_with_filters_offers_to_drop_them(client, corpus):
    html = client.get("/search/", {"q": "低保", "year": "1999"}).content.decode()
    assert "去掉筛选条件再搜" in html


def test_page_filters_and_pagination(client, corpus):
    unit = corpus.units["a"]
    response = client.get("/search/", {"q": "公开", "unit": unit.pk, "page": 2})
    assert response.status_code == 200
    html = response.content.decode()
    assert "第 2 /" in html
    assert html.count('class="search-hit"') == 20 or "下一页" not in html
    other = corpus.units["b"].name
    hits_html = html.split('class="search-results"')[1].split("</ol>")[0]
    assert other not in hits_html


def test_bad_filter_values_give_messages(client, corpus):
    assert client.get("/search/", {"q": "公开", "year": "abc"}).status_code == 400
    response = client.get("/api/v1/search", {"q": "公开", "year": "abc"})
    assert response.status_code == 400
    assert "年份" in response.json()["message"]
    response = client.get("/api/v1/search", {"q": "公开", "page": "-1"})
    assert response.status_code == 400


def test_api_returns_the_contract_fields(client, corpus):
    body = client.get("/api/v1/search", {"q": "泸政办发〔2021〕56号"}).json()
    first = body["results"][0]
    assert first["title"].startswith("泸水市人民政府办公室关于印发")
    assert first["url"] == "/documents/1001/"
    assert first["index_number"] == "015281722-2021-186067"
    assert first["unit"] == corpus.units["a"].name
    assert first["date"] == "2021-09-30"
    assert "<mark>" in first["snippet"] or first["snippet"]


def test_api_filters_and_pages(client, corpus):
    all_ = client.get("/api/v1/search", {"q": "公开"}).json()
    y2021 = client.get("/api/v1/search", {"q": "公开", "year": 2021}).json()
    assert 0 < y2021["total"] < all_["total"]
    assert all(r["date"].startswith("2021") for r in y2021["results"])
    topic = client.get("/api/v1/search", {"q": "公开", "topic": "综合政务"}).json()
    assert 0 < topic["total"] < all_["total"]
    p1 = client.get("/api/v1/search", {"q": "公开", "page": 1}).json()
    p2 = client.get("/api/v1/search", {"q": "公开", "page": 2}).json()
    assert p1["pages"] >= 2 and p2["page"] == 2
    assert {r["url"] for r in p1["results"]}.isdisjoint({r["url"] for r in p2["results"]})
