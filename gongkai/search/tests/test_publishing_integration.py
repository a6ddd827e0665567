"""The real publishing workflow drives the index: publish → found; withdraw → gone."""

import pytest
from django.utils import timezone

from gongkai.publishing import services as pub
from gongkai.publishing.models import InformationItem as Item
from gongkai.search.selectors import search

pytestmark = pytest.mark.django_db
CHECKS = ("secrecy", "privacy", "accuracy", "attribute")


def _titles(q):
    result = search(q=q)
    return [hit.doc.title for hit in result.page] if result.page else []


def test_published_item_is_found_and_withdrawn_item_is_not(
    editor_a, reviewer_a, django_capture_on_commit_callbacks
):
    title = "关于调整城乡最低生活保障标准的通知"
    with django_capture_on_commit_callbacks(execute=True):
        item = pub.item_create(
            actor=editor_a,
            unit=editor_a.unit,
            title=title,
            body="<p>自2026年1月起，城乡低保标准每人每月提高50元。</p>",
            attribute=Item.Attribute.PROACTIVE,
            kind=Item.Kind.NOTICE,
            formed_on=timezone.localdate(),
            doc_number="测民发〔2026〕3号",
        )
        item = pub.item_submit(actor=editor_a, item=item)
    assert title not in _titles("低保")  # a draft in review is never searchable

    with django_capture_on_commit_callbacks(execute=True):
        pub.item_approve(actor=reviewer_a, item=item, checks=CHECKS)  # returns the review
        item = pub.item_publish(actor=reviewer_a, item=item)
    assert title in _titles("低保")
    assert title in _titles("测民发[2026]3号")  # the document number however bracketed

    with django_capture_on_commit_callbacks(execute=True):
        pub.item_withdraw(actor=reviewer_a, item=item, note="内容有误")
    assert title not in _titles("低保")
    assert title not in _titles("最低生活保障")


@pytest.mark.slow
def test_demo_load_leaves_the_seeds_searchable():
    from django.core.management import call_command

    call_command("demo_load")
    titles = _titles("政务公开工作要点")
    assert any("泸水市" in t for t in titles)
    # document numbers of the imported seeds, typed with ASCII brackets
    assert any("泸水市" in t for t in _titles("泸政办发[2021]56号"))
