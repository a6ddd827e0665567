"""Abbreviations and full names find each other (editable synonym list), and a document
number typed without brackets finds the document."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.search import analysis, backends, synonyms
from gongkai.search.models import SynonymGroup
from gongkai.search.registry import SearchDocumentData
from gongkai.search.selectors import search

DOCS = {
    1: ("关于调整城乡最低生活保障标准的通知", "城乡最低生活保障标准每月提高五十元。", ""),
    2: ("低保对象认定办法", "低保对象由乡镇审核。", ""),
    3: ("住房公积金提取指南", "职工提取住房公积金须提供材料。", ""),
    4: ("城乡居民医疗保障待遇通知", "医疗保障待遇包括门诊和住院。", ""),
    5: ("关于推进政务服务一网通办的实施意见", "全面推进一网通办。", "示政办发〔2021〕56号"),
    6: ("关于另一件事的通知", "与本件无关。", "示政办发〔2021〕57号"),
}


@pytest.fixture
def indexed(source, gov):
    cache.delete(synonyms.CACHE_KEY)
    for pk, (title, body, number) in DOCS.items():
        source.add(
            pk,
            SearchDocumentData(title=title, body=body, url=f"/d/{pk}/", doc_number=number),
        )
    with transaction.atomic():
        backends.index_batch(source.name, [(pk, source.items[pk]) for pk in DOCS])
    yield source
    cache.delete(synonyms.CACHE_KEY)


def hits(q):
    result = search(q=q, per_page=50)
    return {h.doc.object_pk for h in result.page.object_list} if result.page else set()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("低保", {1, 2}),
        ("最低生活保障", {1, 2}),
        ("城乡低保", {1}),
        ("医保", {4}),
        ("医疗保障", {4}),
        ("公积金", {3}),
        ("住房公积金", {3}),
        ("一网通办", {5}),
    ],
)
def test_abbreviation_and_full_name_find_each_other(indexed, q, expected):
    assert hits(q) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q", ["2021 56号", "示政办发2021 56号", "示政办发〔2021〕56号", "〔2021〕56号"]
)
def test_document_number_without_brackets(indexed, q):
    assert hits(q) == {5}


@pytest.mark.django_db
def test_the_list_is_editable_and_takes_effect_at_once(indexed, office):
    assert hits("养老金") == set()
    synonyms.synonym_group_save(actor=office, words="养老金，公积金", enabled=True)
    assert hits("养老金") == {3}
    group = SynonymGroup.objects.get(words="低保、最低生活保障")
    synonyms.synonym_group_save(actor=office, group=group, words=group.words, enabled=False)
    assert hits("低保") == {2}
    with pytest.raises(ValidationError) as exc:
        synonyms.synonym_group_save(actor=office, words="只有一个词")
    assert "至少要有两个词" in str(exc.value)


def test_build_map_is_symmetric_and_normalised():
    m = synonyms.build_map(["低保、最低生活保障", "醫保 医疗保障"])
    assert m["低保"] == ("最低生活保障",)
    assert m["最低生活保障"] == ("低保",)
    assert m["医保"] == ("医疗保障",)  # traditional typed, simplified stored


def test_longest_contained_word_is_rewritten():
    m = synonyms.build_map(["公积金、住房公积金"])
    term = analysis.parse_query("住房公积金提取", synonyms=m).terms[0]
    assert [a.text for a in term.alternatives] == ["公积金提取"]
    expr = analysis.fts_expression(
        analysis.parse_query("城乡低保", synonyms={"低保": ("最低生活保障",)}), loose=False
    )
    assert " OR " in expr and "保障" in expr


@pytest.mark.django_db
def test_office_page(client, office, editor_a):
    client.force_login(editor_a)
    assert client.get("/workspace/search/synonyms/").status_code == 403
    client.force_login(office)
    page = client.get("/workspace/search/synonyms/").content.decode()
    assert "低保、最低生活保障" in page
    resp = client.post("/workspace/search/synonyms/", {"words": "一个"})
    assert "至少要有两个词" in resp.content.decode()
    resp = client.post("/workspace/search/synonyms/", {"words": "养老金、养老保险金"})
    assert resp.status_code == 302
    assert SynonymGroup.objects.filter(words="养老金、养老保险金").exists()
