"""Known hits over a corpus cut from the seed documents (demo/seeds).

Expected hits come from a naive substring scan of the normalised text (the oracle): for a
single term, the index must return exactly the documents that contain it. The same file
runs on SQLite (FTS5) and PostgreSQL (tsvector) and asserts the same top results."""

import pytest

from gongkai.search.analysis import normalize
from gongkai.search.backends import Filters
from gongkai.search.selectors import search
from gongkai.search.testing import oracle_text


@pytest.fixture
def corpus(shared_corpus):
    """The seed corpus, indexed once for this module (a test that adds a document
    does so in its own savepoint and its own source)."""
    return shared_corpus


def query_words(q):
    """The words a long term is split into for scattered matching."""
    import jieba

    from gongkai.search.analysis import _merge_single_chars

    return _merge_single_chars(jieba.lcut(q, HMM=False)) if len(q) > 2 else [q]


def hits(q, **kw):
    result = search(q=q, per_page=500, **kw)
    return [h.doc.object_pk for h in result.page.object_list] if result.page else []


def oracle(corpus, *terms, pred=lambda d: True):
    terms = [normalize(t) for t in terms]
    return {
        pk
        for pk, d in corpus.items.items()
        if pk in corpus.public and pred(d) and all(t in oracle_text(d) for t in terms)
    }


@pytest.mark.parametrize(
    "q",
    [
        "低保",
        "公开",
        "税",
        "政务公开",
        "信息发布",
        "保密审查",
        "政策解读",
        "依申请公开",
        "政府信息公开申请",
        "12345",
    ],
)
def test_term_finds_exactly_the_documents_containing_it(corpus, q):
    """Every document containing the term, first; then (for a term that jieba splits into
    words) documents containing all its words apart, and nothing else."""
    expected = oracle(corpus, q)
    assert expected, f"the seed corpus should contain {q}"
    found = hits(q)
    assert set(found[: len(expected)]) == expected
    words = query_words(q)
    assert set(found[len(expected) :]) == oracle(corpus, *words) - expected


def matching(corpus, q):
    """Documents a term should find: containing it, or all its jieba words."""
    words = query_words(q)
    return oracle(corpus, q) | oracle(corpus, *words)


def test_two_character_word_in_long_text(corpus):
    # 低保 appears once, in the middle of a long sentence of seed 003.
    found = hits("低保")
    assert len(found) == 1
    assert "低保" in corpus.items[found[0]].body


@pytest.mark.parametrize(
    "q",
    [
        "泸政办发〔2021〕56号",
        "泸政办发[2021]56号",
        "泸政办发2021 56号",
        "泸政办发（2021）56号",
        "泸政办发【2021】56号",
        "泸政办发〔2021〕第56号",
    ],
)
def test_document_number_however_typed(corpus, q):
    found = hits(q)
    assert found[0] == 1001  # the notice that carries this number, first
    assert all("56号" in oracle_text(corpus.items[pk]) for pk in found)


def test_document_number_cited_in_body(corpus):
    expected = oracle(corpus, "辽政办发〔2018〕55号")
    assert expected
    assert set(hits("辽政办发[2018]55号")) == expected
    assert hits("辽政办发[2018]56号") == []  # a different number is not a match


def test_traditional_query_finds_simplified_text_and_reverse(corpus):
    assert hits("政務公開") == hits("政务公开")
    assert set(hits("政务公开")) == matching(corpus, "政务公开")
    # document 1002 is written in traditional characters
    assert 1002 in hits("政策解读")
    assert 1002 in hits("政策解讀")


def test_full_width_and_half_width_digits_match(corpus):
    assert 1003 in hits("12345")
    assert set(hits("１２３４５")) == set(hits("12345"))


def test_phrase_above_scattered_terms(corpus):
    q = "政府信息公开申请"
    found = hits(q)
    exact = oracle(corpus, q)
    assert exact and len(found) > len(exact)  # scattered matches are found too
    assert set(found[: len(exact)]) == exact


def test_title_above_body(corpus):
    found = hits("政务公开")
    in_title = [pk for pk in found if "政务公开" in normalize(corpus.items[pk].title)]
    assert in_title and len(in_title) < len(found)
    assert set(found[: len(in_title)]) == set(in_title)


def test_recent_above_old_for_equal_relevance(corpus):
    import datetime as dt

    from django.db import transaction

    from gongkai.search import backends
    from gongkai.search.contract import SearchDocumentData

    for pk, year in ((2001, 2019), (2002, 2024), (2003, 2021)):
        corpus.add(
            pk,
            SearchDocumentData(
                title="城乡医保缴费指引",
                body="参加城乡居民医保。",
                url="/",
                date=dt.date(year, 1, 1),
            ),
        )
        with transaction.atomic():
            backends.index_batch(corpus.name, [(pk, corpus.document(pk))])
    assert hits("医保") == [2002, 2003, 2001]


def test_sort_by_date(corpus):
    found = hits("政务公开", sort="date")
    dates = [corpus.items[pk].date for pk in found]
    assert dates == sorted(dates, reverse=True)
    assert set(found) == matching(corpus, "政务公开")


def test_several_terms_all_required(corpus):
    expected = oracle(corpus, "公开", "低保")
    assert expected and set(hits("公开 低保")) == expected
    exact = oracle(corpus, "政策解读", "信息发布")
    found = hits("政策解读，信息发布")
    assert exact and set(found[: len(exact)]) == exact  # both phrases whole: first
    assert set(found) == oracle(corpus, "政策", "解读", "信息", "发布")
    assert hits("低保 12345") == [] == sorted(oracle(corpus, "低保", "12345"))


@pytest.mark.parametrize(
    "field,value_of",
    [
        ("unit_id", lambda c: c.units["a"].pk),
        ("topic", lambda c: "综合政务"),
        ("year", lambda c: 2021),
        ("kind", lambda c: "通知"),
        ("validity", lambda c: "失效"),
    ],
)
def test_filters(corpus, field, value_of):
    value = value_of(corpus)

    def pred(d):
        if field == "year":
            return d.date.year == value
        return getattr(d, field) == value

    expected = oracle(corpus, "公开", pred=pred)
    assert expected
    assert set(hits("公开", filters=Filters(**{field: value}))) == expected


def test_highlight_escapes_html_then_marks(corpus):
    import datetime as dt

    from django.db import transaction

    from gongkai.search import backends
    from gongkai.search.contract import SearchDocumentData

    corpus.add(
        3001,
        SearchDocumentData(
            title="<script>低保</script>公示",
            body="关于<b>低保</b>的说明",
            url="/",
            date=dt.date(2020, 1, 1),
        ),
    )
    with transaction.atomic():
        backends.index_batch(corpus.name, [(3001, corpus.document(3001))])
    hit = next(h for h in search(q="低保").page.object_list if h.doc.object_pk == 3001)
    assert hit.title_html == "&lt;script&gt;<mark>低保</mark>&lt;/script&gt;公示"
    assert "&lt;b&gt;<mark>低保</mark>&lt;/b&gt;" in hit.snippet_html


def test_pagination(corpus):
    total = len(oracle(corpus, "公开"))
    first = search(q="公开", per_page=10, page=1)
    second = search(q="公开", per_page=10, page=2)
    assert first.total == total and first.page.paginator.num_pages == -(-total // 10)
    a = [h.doc.pk for h in first.page.object_list]
    b = [h.doc.pk for h in second.page.object_list]
    assert len(a) == 10 and len(b) == 10 and not set(a) & set(b)
    assert a + b == [h.doc.pk for h in search(q="公开", per_page=20).page.object_list]
